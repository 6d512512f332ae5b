import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';
import { Body } from '../types/body.type';
import { CitationConnection } from '../types/connections';
import { Entity } from '../types/entity.interface';
import { CitationFilter, CitationOrder, PageArgs } from '../types/inputs';
import { Instrument } from '../types/instrument.type';
import { citedByConnection } from './entity.resolver';
import { followMany, followOne } from './follow';

@Resolver(() => Body)
export class BodyResolver {
  @FieldResolver(() => Body, { nullable: true, description: 'The parent body (e.g. the Economic and Social Council for the Commission on Human Rights).' })
  parent(@Root() b: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, b.id, 'PART_OF', 'OUT');
  }

  @FieldResolver(() => [Body], { description: 'Bodies under this one.' })
  children(@Root() b: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, b.id, 'PART_OF', 'IN');
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'What established the body: a resolution, or a provision of a treaty.' })
  establishedBy(@Root() b: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, b.id, 'ESTABLISHED_BY', 'OUT');
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body that replaced this one.' })
  succeededBy(@Root() b: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, b.id, 'SUCCEEDED_BY', 'OUT');
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body this one replaced.' })
  precededBy(@Root() b: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, b.id, 'SUCCEEDED_BY', 'IN');
  }

  @FieldResolver(() => [Instrument], { description: 'The instruments this treaty body monitors.' })
  monitors(@Root() b: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, b.id, 'MONITORED_BY', 'IN');
  }

  @FieldResolver(() => CitationConnection, {
    description: 'Clauses addressed to this body: what resolutions request of it, call upon it or invite it to do. Newest first by default.',
  })
  addressedBy(
    @Root() b: NodeRecord,
    @Ctx() ctx: GraphContext,
    @Args() page: PageArgs,
    @Arg('filter', () => CitationFilter, { nullable: true, description: 'Which citations to return.' }) filter?: CitationFilter | null,
    @Arg('orderBy', () => CitationOrder, { nullable: true, description: 'Order of the citations (default: newest resolution first).' }) orderBy?: CitationOrder | null,
  ) {
    return citedByConnection(ctx, b.id, page, filter ?? null, orderBy ?? null, ['ADDRESSEE']);
  }
}
