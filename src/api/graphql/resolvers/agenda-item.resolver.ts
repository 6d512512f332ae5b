import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ORGANS } from '../../../core/ingest/organs';
import { AgendaItemRecord, AgendaRepository } from '../../../graph/agenda.repository';
import { NodeRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';
import { userError } from '../errors';
import { readPageArgs, toConnection } from '../pagination';
import { AgendaItem, AgendaItemConnection } from '../types/agenda-item.type';
import { ResolutionConnection } from '../types/connections';
import { PageArgs } from '../types/inputs';
import { Resolution } from '../types/resolution.type';

/** The organs whose agenda items the parser reads. */
const ORGAN_KEYS: readonly string[] = ORGANS.map((o) => o.key);
const SESSION = /^(?:\d{1,4}|S-\d{1,3}|ES-\d{1,3})$/;
export const AGENDA_ITEM_ID = /^agenda:[a-z]+:(?:\d{1,4}|S-\d{1,3}|ES-\d{1,3}):\d{1,3}(?:\([a-z]{1,3}\))?$/;

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @Query(() => AgendaItemConnection, {
    description:
      'Agenda items (of one organ or all, of one session or all), by organ, then session, then item (71, 71 (a), 71 (b) …), each with its title and how many resolutions were considered under it; a page at a time. E.g. agendaItems(organ: "ga", session: "78").',
  })
  agendaItems(
    @Ctx() ctx: GraphContext,
    @Args() page: PageArgs,
    @Arg('session', () => String, { nullable: true, description: 'Only this session, e.g. "78" (the seventy-eighth), "ES-10", or a year for ECOSOC ("2044"); every session when omitted.' }) session?: string | null,
    @Arg('organ', () => String, { nullable: true, description: 'Only this organ: "ga" (General Assembly), "hrc", "chr", "ecosoc" or "sc"; every organ when omitted.' }) organ?: string | null,
  ) {
    const o = organ ?? null;
    if (o !== null && !ORGAN_KEYS.includes(o)) throw userError('BAD_USER_INPUT', `"organ" must be one of ${ORGAN_KEYS.join(', ')} (lowercase); got "${o.slice(0, 40)}".`);
    if (session != null && !SESSION.test(session)) {
      throw userError('BAD_USER_INPUT', `"session" must be a session number such as "78", a special session such as "S-27" or "ES-10", or a year such as "2044"; got "${session.slice(0, 40)}".`);
    }
    const { skip, limit } = readPageArgs(page, ctx.maxPageSize);
    return new AgendaRepository(ctx.repo.executor).list({ organ: o, session: session ?? null, skip, limit }).then((r) => toConnection(r.page, r.totalCount, skip));
  }

  @Query(() => AgendaItem, { nullable: true, description: 'An agenda item by its id, e.g. agendaItem(id: "agenda:ga:78:71(b)"). Null if no resolution in the graph was considered under it.' })
  async agendaItem(@Arg('id', () => ID, { description: 'The stable id, e.g. "agenda:ga:78:71(b)".' }) id: string, @Ctx() ctx: GraphContext) {
    if (!AGENDA_ITEM_ID.test(id)) {
      throw userError('BAD_USER_INPUT', `"id" must be an agenda item id such as "agenda:ga:78:71(b)" or "agenda:ga:78:13" (organ, session, item); got "${id.slice(0, 60)}".`);
    }
    return (await new AgendaRepository(ctx.repo.executor).byIds([id])).get(id) ?? null;
  }

  @FieldResolver(() => ResolutionConnection, { description: 'The resolutions (and drafts) considered under this item, by date of adoption then symbol, a page at a time.' })
  async resolutions(@Root() item: AgendaItemRecord, @Ctx() ctx: GraphContext, @Args() page: PageArgs) {
    const { skip, limit } = readPageArgs(page, ctx.maxPageSize);
    const result = await new AgendaRepository(ctx.repo.executor).resolutionsOf(item.id, skip, limit);
    return toConnection(result.page, result.totalCount, skip);
  }
}

@Resolver(() => Resolution)
export class ResolutionAgendaResolver {
  @FieldResolver(() => [AgendaItem], {
    description: 'The agenda item(s) it was considered under, in the order its header names them ("Agenda items 13 and 117"); empty when the text has no agenda line (e.g. a Commission resolution).',
  })
  agendaItems(@Root() r: NodeRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.agendaItemsOf.load(r.id);
  }
}
