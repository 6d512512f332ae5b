import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CitationRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';
import { Citation } from '../types/citation.type';
import { Entity } from '../types/entity.interface';
import { Paragraph } from '../types/paragraph.type';
import { Resolution } from '../types/resolution.type';

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Paragraph, { description: 'The citing paragraph, with its number and full text.' })
  paragraph(@Root() c: CitationRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.paragraph.load(c.paragraphId);
  }

  @FieldResolver(() => Resolution, { description: 'The citing resolution.' })
  resolution(@Root() c: CitationRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.entity.load(c.resolutionId);
  }

  @FieldResolver(() => Entity, { description: 'The cited entity.' })
  target(@Root() c: CitationRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.entity.load(c.targetId);
  }
}
