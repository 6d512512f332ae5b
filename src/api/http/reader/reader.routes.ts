import { join } from 'node:path';
import express from 'express';
import { Logger } from '../logger';
import { AGENDA_ITEM_QUERY, AGENDA_ITEMS_QUERY, renderAgendaItem, renderAgendaList } from './agenda.page';
import { renderBrowse, renderSearch, renderStart, RESOLUTIONS_PAGE_QUERY, SEARCH_QUERY, START_QUERY } from './browse.page';
import { CITING_YEARS_QUERY, ENTITY_QUERY, entityVariables, readEntityFilters, renderEntity } from './entity.page';
import { normaliseCard } from './card-fields';
import { entityHref, readerHref } from './labels';
import { PageParts, renderLayout, renderProblemPage } from './layout';
import { PageQueryError, RunPageQuery } from './page-query';
import { BY_SYMBOL_QUERY, READER_QUERY, renderReader } from './reader.page';

/** The strict policy of every reader page: this origin only, no inline script or style, no framing. */
export const READER_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** The longest symbol or id a path may carry; real ones are under 60 characters. */
const MAX_KEY_LENGTH = 200;
/** Characters of UN symbols ("A/RES/2200 A (XXI)", "E/CN.4/RES/2003/48") and of ids ("instrument:udhr"). */
const KEY_PATTERN = /^[\p{L}\p{N} ./:()_,'+-]+$/u;
const MAX_CITING_YEAR_PAGES = 10;

class BadPathError extends Error {}

/**
 * The reader pages: `/` (start), `/browse`, `/browse/agenda`, `/agenda/<id>`, `/search`, `/read/<symbol>`, `/entity/<id>`,
 * and their assets under /reader.
 * Each page is rendered on the server from GraphQL operations run through the API's own Apollo server.
 */
export function createReaderRouter(run: RunPageQuery, publicDir: string, logger: Logger): express.Router {
  const router = express.Router();

  const send = (res: express.Response, status: number, body: string) => {
    res.status(status).set({ 'content-security-policy': READER_CONTENT_SECURITY_POLICY, 'cache-control': 'no-cache' }).type('html').send(body);
  };
  const page = (handler: (req: express.Request, res: express.Response) => Promise<PageParts | string | null>) =>
    (async (req: express.Request, res: express.Response) => {
      try {
        const parts = await handler(req, res);
        if (parts === null) return;
        send(res, 200, typeof parts === 'string' ? parts : renderLayout(parts));
      } catch (error) {
        if (error instanceof BadPathError) return send(res, 400, renderProblemPage(400, 'Bad address', error.message));
        if (error instanceof PageQueryError && error.status < 500) return send(res, error.status, renderProblemPage(error.status, error.status === 404 ? 'Not found' : 'Bad request', error.message));
        const requestId = res.locals.requestId as string;
        if (error instanceof PageQueryError && error.status === 503) return send(res, 503, renderProblemPage(503, 'Not available', `${error.message} Try again in a few seconds.`));
        logger.error({ err: error, requestId }, 'page failed');
        send(res, 500, renderProblemPage(500, 'Internal error', `It has been logged; if it persists, report it with the request id ${requestId}.`));
      }
    }) as express.RequestHandler;

  router.get('/', (req, res, next) => {
    // curl and scripts (Accept: */*) keep getting the plain-text hint; browsers ask for HTML.
    if (req.accepts(['text/plain', 'text/html']) !== 'text/html') return next();
    return page(async () => ({ title: 'Start', main: renderStart(await run(START_QUERY, {}, res.locals.requestId)), query: { text: START_QUERY, variables: {} } }))(req, res, next);
  });

  router.get(
    '/browse',
    page(async (_req, res) => {
      const { nodes } = await readPages(run, RESOLUTIONS_PAGE_QUERY, {}, res.locals.requestId, (data) => data.resolutions);
      return { title: 'Resolutions by session', main: renderBrowse(nodes), query: { text: RESOLUTIONS_PAGE_QUERY, variables: {} } };
    }),
  );

  router.get(
    '/browse/agenda',
    page(async (_req, res) => {
      const { nodes } = await readPages(run, AGENDA_ITEMS_QUERY, {}, res.locals.requestId, (data) => data.agendaItems);
      return { title: 'Resolutions by agenda item', main: renderAgendaList(nodes), query: { text: AGENDA_ITEMS_QUERY, variables: {} } };
    }),
  );

  router.get(
    /^\/agenda\/(.+)$/,
    page(async (req, res) => {
      const id = readPathKey(req.path.slice('/agenda/'.length));
      const variables = { id };
      const { nodes: resolutions, first } = await readPages(run, AGENDA_ITEM_QUERY, variables, res.locals.requestId, (data) => data.agendaItem?.resolutions);
      const item = first.agendaItem;
      if (!item) throw new PageQueryError(`No resolution in the graph was considered under the agenda item ${id}. Agenda item ids look like agenda:ga:78:71(b); see all agenda items at /browse/agenda.`, 404, 'NOT_FOUND');
      return { title: `Agenda item ${item.item}`, main: renderAgendaItem({ ...item, resolutions }), query: { text: AGENDA_ITEM_QUERY, variables } };
    }),
  );

  router.get(
    '/search',
    page(async (req, res) => {
      const raw = typeof req.query.q === 'string' ? req.query.q.trim() : '';
      if (raw.length > MAX_KEY_LENGTH) throw new BadPathError(`The search text is too long (at most ${MAX_KEY_LENGTH} characters).`);
      if (!raw) return { title: 'Search', main: renderSearch('', null) };
      const bySymbol = raw.includes('/') && KEY_PATTERN.test(raw);
      const byId = /^[a-z]+:\S+$/.test(raw);
      const variables = { text: raw, symbol: raw, id: raw, bySymbol, byId };
      let data: any;
      try {
        data = await run(SEARCH_QUERY, variables, res.locals.requestId);
      } catch (error) {
        if (error instanceof PageQueryError && error.status === 400) return { title: 'Search', main: renderSearch(raw, { totalCount: 0, nodes: [] }), searchText: raw };
        throw error;
      }
      const hit = data.bySymbol ?? data.node;
      if (hit) {
        res.redirect(303, hit.__typename === 'Resolution' && hit.paragraphCount ? readerHref(hit.symbol) : entityHref(hit.id));
        return null;
      }
      return { title: `Search: ${raw}`, main: renderSearch(raw, data.search), searchText: raw, query: { text: SEARCH_QUERY, variables } };
    }),
  );

  router.get(
    /^\/read\/(.+)$/,
    page(async (req, res) => {
      const symbol = readPathKey(req.path.slice('/read/'.length));
      const variables = { symbol };
      let data: any;
      try {
        data = await run(READER_QUERY, variables, res.locals.requestId);
      } catch (error) {
        // The API refuses resolution(symbol:) for a report, a draft or an instrument's symbol: open its entity page.
        if (!(error instanceof PageQueryError) || error.code !== 'BAD_USER_INPUT') throw error;
        const other = (await run(BY_SYMBOL_QUERY, variables, res.locals.requestId)).bySymbol;
        if (!other) throw error;
        res.redirect(303, entityHref(other.id));
        return null;
      }
      if (!data.resolution) throw new PageQueryError(`No resolution with the symbol ${symbol} is in the graph. Search for it, or check the symbol as printed (e.g. A/RES/78/202).`, 404, 'NOT_FOUND');
      return { title: data.resolution.symbol, main: renderReader({ ...data.resolution, cites: data.resolution.cites.map((c: any) => ({ ...c, entity: normaliseCard(c.entity) })) }), query: { text: READER_QUERY, variables }, exploreId: data.resolution.id };
    }),
  );

  router.get(
    /^\/entity\/(.+)$/,
    page(async (req, res) => {
      const id = readPathKey(req.path.slice('/entity/'.length));
      const filters = readEntityFilters(req.query as Record<string, unknown>);
      const variables = entityVariables(id, filters);
      const [data, years] = await Promise.all([run(ENTITY_QUERY, variables, res.locals.requestId), citingYears(run, id, res.locals.requestId)]);
      if (!data.node || !data.node.entityType) throw new PageQueryError(`Nothing with the id ${id} is in the graph. Ids look like instrument:udhr, body:secretary-general or un:A/RES/70/1.`, 404, 'NOT_FOUND');
      return { title: data.node.label, main: renderEntity(normaliseCard(data.node), filters, years), query: { text: ENTITY_QUERY, variables }, exploreId: id };
    }),
  );

  const ownFiles = { index: false, fallthrough: true, cacheControl: false, setHeaders: (res: express.Response) => res.set('cache-control', 'no-cache') };
  router.use('/reader', express.static(join(publicDir, 'reader'), ownFiles));
  return router;
}

/** The last handler: a page that says the address is unknown, with the way back. */
export function pageNotFound(): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res
      .status(404)
      .set({ 'content-security-policy': READER_CONTENT_SECURITY_POLICY, 'cache-control': 'no-cache' })
      .type('html')
      .send(renderProblemPage(404, 'Not found', 'There is no page at this address. A resolution is read under /read/ with its symbol (/read/A/RES/78/202), an entity under /entity/ with its id (/entity/instrument:udhr), an agenda item under /agenda/ with its id (/agenda/agenda:ga:78:71(b)).'));
  };
}

/** A symbol or id from a path: percent-decoded once, checked against the characters real ones use. */
function readPathKey(raw: string): string {
  if (raw.length > MAX_KEY_LENGTH * 3) throw new BadPathError('The address is too long for a UN symbol or an id.');
  let key: string;
  try {
    key = decodeURIComponent(raw).trim();
  } catch {
    throw new BadPathError('The address is not validly percent-encoded.');
  }
  if (key.length > MAX_KEY_LENGTH) throw new BadPathError('The address is too long for a UN symbol or an id.');
  if (!KEY_PATTERN.test(key)) throw new BadPathError('A UN symbol or an id has only letters, digits, spaces and . / : ( ) - _ , characters.');
  return key;
}

/** Resolutions citing an entity, counted per year of adoption (for the chart). */
async function citingYears(run: RunPageQuery, id: string, requestId: string): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  const { nodes } = await readPages<{ adoptedOn?: string | null }>(run, CITING_YEARS_QUERY, { id }, requestId, (data) => data.resolutions, MAX_CITING_YEAR_PAGES);
  for (const r of nodes) {
    const year = Number(r.adoptedOn?.slice(0, 4));
    if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every node of a paged list, asked page after page (at most `maxPages`): `list` picks the page out of an answer, and
 * gives null or undefined when there is none (an unknown id). The first answer comes back too, for what stands beside
 * the list.
 */
async function readPages<T = any>(
  run: RunPageQuery,
  query: string,
  variables: Record<string, unknown>,
  requestId: string,
  list: (data: any) => Page<T> | null | undefined,
  maxPages = 20,
): Promise<{ nodes: T[]; first: any }> {
  const nodes: T[] = [];
  let first: any;
  let after: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const data: any = await run(query, after ? { ...variables, after } : variables, requestId);
    first ??= data;
    const page = list(data);
    if (!page) break;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, first };
}

