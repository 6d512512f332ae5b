import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { NodeRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';
import { readPageArgs, toConnection } from '../pagination';
import { CitationConnection } from '../types/connections';
import { Entity } from '../types/entity.interface';
import { CitationFilter, CitationOrder, PageArgs } from '../types/inputs';
import { typeNameOf } from '../types/type-name';
import { labelOf } from './follow';

/** Fields every entity has, answered once for all implementing types. */
@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => String)
  entityType(@Root() node: NodeRecord): string {
    return typeNameOf(node);
  }

  @FieldResolver(() => String)
  label(@Root() node: NodeRecord): string {
    return labelOf(node);
  }

  @FieldResolver(() => Boolean)
  curated(@Root() node: NodeRecord): boolean {
    return node.curated !== false;
  }

  /** The stored count; an entity written before counts were stored (none should be: `npm run graph:recount`) is counted now. */
  @FieldResolver(() => Int)
  async citedByCount(@Root() node: NodeRecord, @Ctx() ctx: GraphContext): Promise<number> {
    if (typeof node.citedByCount === 'number') return node.citedByCount;
    return (await citedByConnection(ctx, node.id, { first: 0 }, null, null)).totalCount;
  }

  @FieldResolver(() => CitationConnection, {
    description: 'The paragraphs of resolutions that cite this entity: each with its relation, quote and paragraph. Newest resolution first by default.',
  })
  async citedBy(
    @Root() node: NodeRecord,
    @Ctx() ctx: GraphContext,
    @Args() page: PageArgs,
    @Arg('filter', () => CitationFilter, { nullable: true, description: 'Which citations to return.' }) filter?: CitationFilter | null,
    @Arg('orderBy', () => CitationOrder, { nullable: true, description: 'Order of the citations (default: newest resolution first).' }) orderBy?: CitationOrder | null,
  ) {
    return citedByConnection(ctx, node.id, page, filter ?? null, orderBy ?? null);
  }
}

/** One page of the citations of an entity; shared by `citedBy` and `Body.addressedBy`. */
export async function citedByConnection(
  ctx: GraphContext,
  id: string,
  page: PageArgs,
  filter: CitationFilter | null,
  orderBy: CitationOrder | null,
  roles: string[] | null = filter?.roles ?? null,
) {
  const { skip, limit } = readPageArgs(page, ctx.maxPageSize);
  let resolutionId: string | null = null;
  if (filter?.resolutionSymbol) {
    const resolution = await ctx.loaders.bySymbol.load(filter.resolutionSymbol);
    if (!resolution) return toConnection([], 0, skip);
    resolutionId = resolution.id;
  }
  const result = await ctx.loaders.citedBy.load({
    id,
    args: {
      relations: filter?.relations?.length ? filter.relations : null,
      roles: roles?.length ? roles : null,
      resolutionId,
      adoptedBy: filter?.adoptedBy ?? null,
      adoptedFrom: filter?.adoptedFrom ?? null,
      adoptedTo: filter?.adoptedTo ?? null,
      orderField: orderBy?.field === 'SYMBOL' ? 'SYMBOL' : 'DATE',
      descending: (orderBy?.direction ?? 'DESC') === 'DESC',
      skip,
      limit,
    },
  });
  return toConnection(result.page, result.totalCount, skip);
}
