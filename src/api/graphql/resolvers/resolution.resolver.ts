import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CitedEntityRecord, NodeRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';
import { Body } from '../types/body.type';
import { CitedEntity } from '../types/cited-entity.type';
import { Document } from '../types/document.type';
import { Entity } from '../types/entity.interface';
import { ClauseRelation, EntityType, ParagraphKind } from '../types/enums';
import { Event } from '../types/event.type';
import { Instrument } from '../types/instrument.type';
import { Paragraph } from '../types/paragraph.type';
import { Resolution, VoteCount } from '../types/resolution.type';
import { typeNameOf } from '../types/type-name';
import { followMany, followOne, labelOf } from './follow';

@Resolver(() => Resolution)
export class ResolutionResolver {
  @FieldResolver(() => [Paragraph], { description: 'The paragraphs in order: preambular first, then operative.' })
  paragraphs(
    @Root() r: NodeRecord,
    @Ctx() ctx: GraphContext,
    @Arg('kind', () => ParagraphKind, { nullable: true, description: 'Only preambular or only operative paragraphs.' }) kind?: string | null,
  ) {
    return ctx.loaders.paragraphsOf.load({ id: r.id, args: { kind: kind ?? null } });
  }

  @FieldResolver(() => [CitedEntity], {
    description: 'What guides this resolution: the instruments its "Guided by" paragraphs cite, each with paragraph, relation and quote.',
  })
  guidedBy(@Root() r: NodeRecord, @Ctx() ctx: GraphContext) {
    return citedEntities(ctx, r.id, ['GUIDED_BY'], null);
  }

  @FieldResolver(() => [CitedEntity], { description: 'Everything this resolution cites, grouped by entity in order of first mention, with provenance.' })
  cites(
    @Root() r: NodeRecord,
    @Ctx() ctx: GraphContext,
    @Arg('relations', () => [ClauseRelation], { nullable: true, description: 'Only citations under these clause relations.' }) relations?: string[] | null,
    @Arg('types', () => [EntityType], { nullable: true, description: 'Only entities of these types.' }) types?: string[] | null,
  ) {
    return citedEntities(ctx, r.id, relations?.length ? relations : null, types?.length ? types : null);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body that adopted the resolution.' })
  adoptedBy(@Root() r: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, r.id, 'ADOPTED_BY', 'OUT');
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The meeting at which it was adopted.' })
  adoptedAt(@Root() r: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, r.id, 'ADOPTED_AT', 'OUT');
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The session during which it was adopted.' })
  session(@Root() r: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, r.id, 'IN_SESSION', 'OUT');
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The report or draft the resolution is published in (see its chapter).' })
  reportedIn(@Root() r: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, r.id, 'REPORTED_IN', 'OUT');
  }

  @FieldResolver(() => [Entity], { description: 'What the resolution is about, e.g. the convention it concerns.' })
  about(@Root() r: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, r.id, 'ABOUT', 'OUT');
  }

  @FieldResolver(() => VoteCount, { nullable: true, description: 'The counts of a recorded vote, where the text gives them.' })
  vote(@Root() r: NodeRecord): VoteCount | null {
    const [inFavour, against, abstentions] = [r.votesInFavour, r.votesAgainst, r.abstentions] as (number | undefined)[];
    return inFavour !== undefined && against !== undefined && abstentions !== undefined ? { inFavour, against, abstentions } : null;
  }

  @FieldResolver(() => [Instrument], { description: 'Instruments adopted by this resolution (e.g. a convention in its annex).' })
  adoptedInstruments(@Root() r: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, r.id, 'ADOPTED_IN', 'IN');
  }
}

async function citedEntities(ctx: GraphContext, id: string, relations: string[] | null, types: string[] | null): Promise<CitedEntity[]> {
  const rows: CitedEntityRecord[] = await ctx.loaders.citedEntities.load({ id, args: { relations, types } });
  return rows.map(({ node, citations }) => ({
    id: node.id,
    label: labelOf(node),
    title: (node.title as string | undefined) ?? null,
    entityType: typeNameOf(node),
    entity: node,
    citations,
  }));
}
