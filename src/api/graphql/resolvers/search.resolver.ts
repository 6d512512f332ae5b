import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { LABEL_PROPERTIES } from '../../../core/model/explore';
import { operationProjection } from '../planner/projection';
import { userError } from '../errors';
import { NodeRecord, ParagraphRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';
import { readPageArgs, toConnection } from '../pagination';
import { SearchHitConnection } from '../types/connections';
import { EntityType } from '../types/enums';
import { PageArgs } from '../types/inputs';
import { SearchHit } from '../types/search-hit.type';

const MAX_QUERY_LENGTH = 200;
/** Hits fetched from each index before merging; beyond this, totalCount is capped. */
const MAX_HITS = 1000;

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      'Full-text search over entity titles (instruments, bodies, documents, events) and the text of every paragraph. ' +
      'All words must match; matching ignores case. Best hits first.',
  })
  async search(
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('text', { description: 'Words to look for, e.g. "migrant workers Secretary-General".' }) text: string,
    @Args() page: PageArgs,
    @Arg('types', () => [EntityType], { nullable: true, description: 'Only entities of these types; paragraphs are included unless types is given.' })
    types?: string[] | null,
  ) {
    const { skip, limit } = readPageArgs(page, ctx.maxPageSize);
    const words = wordsOf(text);
    const lucene = words.join(' AND ');
    const wantParagraphs = !types?.length;
    // Ranked, counted and paged in Neo4j, the page's records read with it: one round trip.
    const projection = searchProjection(ctx, info);
    const { totalCount, page: shown } = await ctx.repo.search(lucene, types?.length ? types : null, wantParagraphs, MAX_HITS, skip, limit, projection);
    const hits: SearchHit[] = shown.map((h) => {
      if (h.field === 'title') ctx.loaders.entity.prime(h.id, h.record as NodeRecord);
      else ctx.loaders.paragraph.prime(h.id, h.record as ParagraphRecord);
      const text = h.field === 'title' ? entityText(h.record as NodeRecord) : (h.record as ParagraphRecord).text;
      return { score: h.score, matchedField: h.field, snippet: snippetOf(text, words), node: h.record as NodeRecord | ParagraphRecord };
    });
    return toConnection(hits, totalCount, skip);
  }
}

/** The words of a search, as plain letters and digits: Lucene syntax in user input is never interpreted. */
export function wordsOf(text: string): string[] {
  if (text.length > MAX_QUERY_LENGTH) {
    throw userError('BAD_USER_INPUT', `Search text is limited to ${MAX_QUERY_LENGTH} characters; shorten it.`);
  }
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !LUCENE_WORDS.has(w));
  if (words.length === 0) throw userError('BAD_USER_INPUT', 'Search text needs at least one word made of letters or digits.');
  return words.slice(0, 20);
}

const LUCENE_WORDS = new Set(['and', 'or', 'not', 'to']);

/** What the operation reads of the hits' records, plus what the snippet is made from (entityText, a paragraph's text). */
function searchProjection(ctx: GraphContext, info: GraphQLResolveInfo): { entity: readonly string[] | null; paragraph: readonly string[] | null } {
  const { entity, paragraph } = operationProjection(ctx, info);
  return {
    entity: entity ? [...new Set([...entity, ...LABEL_PROPERTIES])] : null,
    paragraph: paragraph ? [...new Set([...paragraph, 'text'])] : null,
  };
}

function entityText(n: NodeRecord): string {
  return [n.title, n.shortTitle, n.abbreviation, n.symbol].filter((v) => typeof v === 'string').join(' · ');
}

/** About 200 characters around the first matching word. */
export function snippetOf(text: string, words: string[], width = 200): string {
  const lower = text.toLowerCase();
  const at = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), text.length);
  const start = at === text.length ? 0 : Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
