import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { userError } from '../errors';
import { TimelineRow } from '../../../graph/explore.repository';
import { GraphContext } from '../context';
import { checkId, checkRange, MAX_NEIGHBOURHOOD_DEPTH, MAX_PATH_HOPS, MAX_PATHS, readDateRange, splitRelations } from '../explore-input';
import { selectPaths, sortEdges, toGraphEdge, toGraphNode } from '../graph-view';
import { readPageArgs, toConnection } from '../pagination';
import { EntityType } from '../types/enums';
import { GraphPath, GraphRelation, GraphView } from '../types/graph-view.type';
import { PageArgs } from '../types/inputs';
import { TimelineConnection, TimelineKind } from '../types/timeline.type';
import { labelOf } from './follow';

const HOW_TO_FIND_IDS =
  'Find ids with search(text: "...") or bySymbol(symbol: "..."); they look like "instrument:icmw", "body:ilo" or "un:E/CN.4/RES/2003/48".';

/** Exploration for drawings and researchers: the neighbourhood of an entity, the paths between two, the timeline. */
@Resolver()
export class ExploreResolver {
  @Query(() => GraphView, {
    description:
      'The entities within `depth` hops of one entity, walking citations (a resolution and what its paragraphs cite, collapsed into one edge) and catalogue links in both directions, with the edges between them. Nearest first; at most `limit` nodes, with `truncated` set when more existed.',
  })
  async neighbourhood(
    @Ctx() ctx: GraphContext,
    @Arg('id', () => ID, { description: 'The entity at the centre, e.g. "instrument:icmw".' }) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: 'How many hops to walk, 1 to 3.' }) depth: number,
    @Arg('relations', () => [GraphRelation], { nullable: true, description: 'Walk and draw only edges of these relations; all when omitted.' })
    relations: string[] | null | undefined,
    @Arg('kinds', () => [EntityType], { nullable: true, description: 'Reach only entities of these kinds (the root is always included); all when omitted.' })
    kinds: string[] | null | undefined,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'The most nodes to return, root included: 1 to the server maximum (MAX_GRAPH_NODES, 500 by default).' })
    limit: number,
  ): Promise<GraphView> {
    const rootId = checkId('id', id);
    checkRange('depth', depth, 1, MAX_NEIGHBOURHOOD_DEPTH, 'Walk further by asking again from a node at the edge of the drawing.');
    checkRange('limit', limit, 1, ctx.maxGraphNodes, 'A drawing larger than that is unreadable; narrow it with relations or kinds.');
    const found = await ctx.explore.neighbourhood({
      id: rootId,
      depth,
      ...splitRelations(relations),
      kinds: kinds?.length ? kinds : null,
      limit,
    });
    if (!found) throw userError('NOT_FOUND', `No entity has the id "${rootId}". ${HOW_TO_FIND_IDS}`);
    return {
      rootId,
      nodes: found.nodes.map((n) => toGraphNode(n.node, n.depth)),
      edges: sortEdges(found.edges.map(toGraphEdge)),
      truncated: found.truncated,
      limit,
    };
  }

  @Query(() => [GraphPath], {
    description:
      'The shortest connections between two entities, each hop with its relation, paragraph and quote, and a readable explanation. All are equally short in stored steps; fewest hops first. An empty list when none is within `maxHops`.',
  })
  async paths(
    @Ctx() ctx: GraphContext,
    @Arg('from', () => ID, { description: 'Where the paths start, e.g. "un:E/CN.4/RES/2003/48".' }) from: string,
    @Arg('to', () => ID, { description: 'Where the paths end, e.g. "body:ilo".' }) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: 'The longest path to consider, 1 to 6 hops; a citation through a paragraph is one hop.' }) maxHops: number,
    @Arg('limit', () => Int, { defaultValue: 3, description: 'How many paths to return, 1 to 10.' }) limit: number,
  ): Promise<GraphPath[]> {
    const a = checkId('from', from);
    const b = checkId('to', to);
    if (a === b) throw userError('BAD_USER_INPUT', '"from" and "to" are the same entity; give two different ids (neighbourhood(id:) shows what surrounds one).');
    checkRange('maxHops', maxHops, 1, MAX_PATH_HOPS);
    checkRange('limit', limit, 1, MAX_PATHS);
    const found = await ctx.explore.paths(a, b, maxHops);
    const missing = [!found.fromFound && `"from" (${a})`, !found.toFound && `"to" (${b})`].filter(Boolean);
    if (missing.length > 0) throw userError('NOT_FOUND', `No entity has the id given as ${missing.join(' and ')}. ${HOW_TO_FIND_IDS}`);
    return selectPaths(found.paths, maxHops, limit);
  }

  @Query(() => TimelineConnection, {
    description:
      'Adoptions, entries into force, establishments, meetings and sessions in date order (oldest first), a page at a time. Entities without a known date are absent.',
  })
  async timeline(
    @Ctx() ctx: GraphContext,
    @Args() page: PageArgs,
    @Arg('from', () => String, { nullable: true, description: 'Earliest date, inclusive: "1990", "1990-12" or "1990-12-18".' }) from: string | null | undefined,
    @Arg('to', () => String, { nullable: true, description: 'Latest date, inclusive: "2003", "2003-07" or "2003-07-01" (a year or month includes all of it).' })
    to: string | null | undefined,
    @Arg('kinds', () => [TimelineKind], { nullable: true, description: 'Only these kinds of entries; all when omitted.' }) kinds: string[] | null | undefined,
  ) {
    const range = readDateRange(from, to);
    const { skip, limit } = readPageArgs(page, ctx.maxPageSize);
    const result = await ctx.explore.timeline({ ...range, kinds: kinds?.length ? kinds : null, skip, limit });
    return toConnection(result.page.map(toTimelineEntry), result.totalCount, skip);
  }
}

const CAPTIONS: Record<string, (label: string) => string> = {
  ADOPTION: (l) => `${l} adopted`,
  ENTRY_INTO_FORCE: (l) => `${l} enters into force`,
  ESTABLISHMENT: (l) => `${l} established`,
};

function toTimelineEntry(row: TimelineRow) {
  const label = labelOf(row.node);
  return { date: row.date, kind: row.kind, label: CAPTIONS[row.kind]?.(label) ?? label, entity: row.node };
}
