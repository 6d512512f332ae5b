import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { userError } from '../errors';
import { ListArgs } from '../../../graph/read.repository';
import { isParagraphId } from '../../../core/model/ids';
import { GraphContext } from '../context';
import { readPageArgs, toConnection } from '../pagination';
import { Body } from '../types/body.type';
import { BodyConnection, DocumentConnection, EventConnection, InstrumentConnection, ResolutionConnection } from '../types/connections';
import { Document } from '../types/document.type';
import { Entity } from '../types/entity.interface';
import { BodyKind, DocumentKind, EventKind, InstrumentKind } from '../types/enums';
import { Instrument } from '../types/instrument.type';
import { EntityOrder, PageArgs, ResolutionFilter } from '../types/inputs';
import { Node } from '../types/node.interface';
import { Resolution } from '../types/resolution.type';
import { lookup, LookupKeys } from './lookup';
import { prefetchRoot } from '../planner/prefetch';
import { operationProjection } from '../planner/projection';

@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity or paragraph by its stable id, e.g. "instrument:icmw" or "un:E/CN.4/RES/2003/48#op5". Null if unknown.' })
  async node(@Arg('id', () => ID, { description: 'The stable id.' }) id: string, @Ctx() ctx: GraphContext) {
    if (id.length === 0 || id.length > 300) throw userError('BAD_USER_INPUT', '"id" must be a non-empty string of at most 300 characters.');
    return isParagraphId(id) ? ctx.loaders.paragraph.load(id) : ctx.loaders.entity.load(id);
  }

  @Query(() => Entity, { nullable: true, description: 'Any entity with this UN document symbol, e.g. "A/CONF.157/23". Null if unknown.' })
  bySymbol(@Arg('symbol', { description: 'A UN document symbol, exactly as printed.' }) symbol: string, @Ctx() ctx: GraphContext) {
    if (symbol.trim().length === 0 || symbol.length > 300) throw userError('BAD_USER_INPUT', '"symbol" must be a non-empty string of at most 300 characters.');
    return ctx.loaders.bySymbol.load(symbol.trim());
  }

  @Query(() => Resolution, { nullable: true, description: 'A resolution by id or by UN symbol, e.g. resolution(symbol: "E/CN.4/RES/2003/48"). Null if unknown.' })
  resolution(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { nullable: true, description: 'The stable id.' }) id?: string,
    @Arg('symbol', { nullable: true, description: 'The UN document symbol, exactly as printed, e.g. "E/CN.4/RES/2003/48".' }) symbol?: string,
  ) {
    return plannedLookup(ctx, info, { id, symbol }, 'Resolution');
  }

  @Query(() => Instrument, { nullable: true, description: 'An instrument by id, by UN symbol or by abbreviation (e.g. "ICCPR"). Null if unknown.' })
  instrument(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { nullable: true, description: 'The stable id.' }) id?: string,
    @Arg('symbol', { nullable: true, description: 'The UN document symbol, exactly as printed, e.g. "E/CN.4/RES/2003/48".' }) symbol?: string,
    @Arg('abbreviation', { nullable: true, description: 'The usual abbreviation, exactly as stored, e.g. "ICCPR" or "CMW".' }) abbreviation?: string,
  ) {
    return plannedLookup(ctx, info, { id, symbol, abbreviation }, 'Instrument');
  }

  @Query(() => Body, { nullable: true, description: 'A body by id or by abbreviation (e.g. "CMW"). Bodies have no UN symbol. Null if unknown.' })
  body(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { nullable: true, description: 'The stable id.' }) id?: string,
    @Arg('abbreviation', { nullable: true, description: 'The usual abbreviation, exactly as stored, e.g. "ICCPR" or "CMW".' }) abbreviation?: string,
  ) {
    return plannedLookup(ctx, info, { id, abbreviation }, 'Body');
  }

  @Query(() => Document, { nullable: true, description: 'A document other than a resolution (a report, a draft) by id or UN symbol. Null if unknown.' })
  document(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { nullable: true, description: 'The stable id.' }) id?: string,
    @Arg('symbol', { nullable: true, description: 'The UN document symbol, exactly as printed, e.g. "E/CN.4/RES/2003/48".' }) symbol?: string,
  ) {
    return plannedLookup(ctx, info, { id, symbol }, 'Document');
  }

  @Query(() => ResolutionConnection, { description: 'Resolutions, filtered and ordered (newest first by default; `orderBy: {field: CITED_BY_COUNT, direction: DESC}` for the most cited), a page at a time.' })
  resolutions(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => ResolutionFilter, { nullable: true, description: 'Conditions the resolutions must meet.' }) filter?: ResolutionFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Order of the list.' }) orderBy?: EntityOrder | null,
  ) {
    return listPage(ctx, info, 'Resolution', page, orderBy ?? { field: 'DATE', direction: 'DESC' }, {
      adoptedBy: filter?.adoptedBy ?? null,
      from: filter?.adoptedFrom ?? null,
      to: filter?.adoptedTo ?? null,
      cites: filter?.cites ?? null,
      kinds: filter?.kinds ?? null,
    });
  }

  @Query(() => InstrumentConnection, { description: 'Instruments, by title unless ordered otherwise (`orderBy: {field: CITED_BY_COUNT, direction: DESC}` for the most cited), a page at a time.' })
  instruments(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('kinds', () => [InstrumentKind], { nullable: true, description: 'Only these kinds.' }) kinds?: string[] | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Order of the list.' }) orderBy?: EntityOrder | null,
  ) {
    return listPage(ctx, info, 'Instrument', page, orderBy ?? null, { kinds });
  }

  @Query(() => BodyConnection, { description: 'Bodies, by title unless ordered otherwise (`orderBy: {field: CITED_BY_COUNT, direction: DESC}` for the most cited), a page at a time.' })
  bodies(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('kinds', () => [BodyKind], { nullable: true, description: 'Only these kinds.' }) kinds?: string[] | null,
    @Arg('curated', () => Boolean, { nullable: true, description: 'Only curated (true) or only not-yet-curated (false) bodies.' }) curated?: boolean | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Order of the list.' }) orderBy?: EntityOrder | null,
  ) {
    return listPage(ctx, info, 'Body', page, orderBy ?? null, { kinds, curated });
  }

  @Query(() => DocumentConnection, { description: 'Documents other than resolutions, by symbol unless ordered otherwise (`orderBy: {field: CITED_BY_COUNT, direction: DESC}` for the most cited), a page at a time.' })
  documents(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('kinds', () => [DocumentKind], { nullable: true, description: 'Only these kinds.' }) kinds?: string[] | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Order of the list.' }) orderBy?: EntityOrder | null,
  ) {
    return listPage(ctx, info, 'Document', page, orderBy ?? { field: 'SYMBOL', direction: 'ASC' }, { kinds, excludeResolutions: true });
  }

  @Query(() => EventConnection, { description: 'Events (meetings, sessions, entries into force), oldest first unless ordered otherwise.' })
  events(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('kinds', () => [EventKind], { nullable: true, description: 'Only these kinds.' }) kinds?: string[] | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Order of the list.' }) orderBy?: EntityOrder | null,
  ) {
    return listPage(ctx, info, 'Event', page, orderBy ?? { field: 'DATE', direction: 'ASC' }, { kinds });
  }
}

/** A root lookup, with everything selected under it read first in one statement (see planner/prefetch.ts). */
async function plannedLookup(ctx: GraphContext, info: GraphQLResolveInfo, keys: LookupKeys, expected: string) {
  await prefetchRoot(ctx, info, keys);
  return lookup(ctx, keys, expected);
}

async function listPage(
  ctx: GraphContext,
  info: GraphQLResolveInfo,
  type: string,
  page: PageArgs,
  orderBy: EntityOrder | null,
  filter: Partial<Omit<ListArgs, 'type'>> & { excludeResolutions?: boolean },
) {
  const { skip, limit } = readPageArgs(page, ctx.maxPageSize);
  const result = await ctx.repo.list({
    type,
    kinds: filter.kinds?.length ? filter.kinds : null,
    curated: filter.curated ?? null,
    adoptedBy: filter.adoptedBy ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    cites: filter.cites ?? null,
    excludeResolutions: filter.excludeResolutions ?? false,
    orderField: (orderBy?.field as ListArgs['orderField']) ?? 'TITLE',
    descending: orderBy?.direction === 'DESC',
    skip,
    limit,
  }, operationProjection(ctx, info).entity);
  return toConnection(result.page, result.totalCount, skip);
}
