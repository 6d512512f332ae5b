import { CLAUSE_RELATION_NAMES } from '../../../core/model/vocabulary';
import { ENTITY_CARD_FRAGMENT, EntityCard } from './card-fields';
import { citedSummary } from './card';
import { html, join, SafeHtml } from './html';
import { dateLabel, entityHref, kindLabel, paragraphLabel, readerHref, relationLabel } from './labels';
import { renderYearChart } from './year-chart';

/** How many citations a page of the entity page shows. */
export const ENTITY_PAGE_SIZE = 20;

/** The entity page's operation: the facts, one page of what cites it (filtered), and for a body what it is asked to do. */
export const ENTITY_QUERY = `
query EntityPage($id: ID!, $first: Int!, $after: String, $filter: CitationFilter, $askedAfter: String) {
  node(id: $id) {
    ...EntityCard
    ... on Entity {
      note curated
      citedBy(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { ...CitingParagraph } }
    }
    ... on Instrument {
      shortTitle signedOn adoptingBody { id label } adoptingResolution { id label symbol }
      treatySeries { volume number page } externalIds { wikidata wikidataUrl treatyCollectionChapter treatyCollectionUrl }
      provisions { id label }
    }
    ... on Body {
      shortTitle establishedBy { id label } precededBy { id label } succeededBy { id label } monitors { id label } children { id label }
      externalIds { wikidata wikidataUrl }
      asked: addressedBy(first: 10, after: $askedAfter) { totalCount pageInfo { hasNextPage endCursor } nodes { ...CitingParagraph } }
    }
    ... on Resolution { adoptedAt { id label } session { id label } }
    ... on Document { contains { id label symbol } }
    ... on Event { heldBy { id label } partOf { id label } sessionResolutions { id label symbol adoptedOn } }
  }
}
fragment CitingParagraph on Citation {
  relation phrase quote role start end
  paragraph { id text }
  resolution { id symbol label title adoptedOn adoptedBy { id label } paragraphCount }
}
${ENTITY_CARD_FRAGMENT}`;

/** Resolutions citing the entity, for the chart: only their dates. */
export const CITING_YEARS_QUERY = `
query CitingYears($id: String!, $after: String) {
  resolutions(first: 100, after: $after, filter: { cites: $id }) { totalCount pageInfo { hasNextPage endCursor } nodes { adoptedOn } }
}`;

/** Organs whose resolutions the filter offers. */
export const ORGANS = [
  { id: 'body:general-assembly', label: 'General Assembly' },
  { id: 'body:chr', label: 'Commission on Human Rights' },
  { id: 'body:hrc', label: 'Human Rights Council' },
  { id: 'body:ecosoc', label: 'Economic and Social Council' },
  { id: 'body:security-council', label: 'Security Council' },
];

interface Citing {
  relation: string;
  phrase: string;
  quote: string;
  role: string;
  start: number;
  end: number;
  paragraph: { id: string; text: string };
  resolution: { id: string; symbol: string | null; label: string; title: string | null; adoptedOn: string | null; adoptedBy: { id: string; label: string } | null; paragraphCount: number | null };
}
interface Ref {
  id: string;
  label: string;
}
interface CitationPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Citing[];
}
export type EntityData = EntityCard & {
  note: string | null;
  curated: boolean;
  citedBy: CitationPage;
  shortTitle?: string | null;
  signedOn?: string | null;
  adoptingBody?: Ref | null;
  adoptingResolution?: (Ref & { symbol: string | null }) | null;
  treatySeries?: { volume: number; number: number; page: number | null } | null;
  externalIds?: { wikidata: string | null; wikidataUrl: string | null; treatyCollectionChapter?: string | null; treatyCollectionUrl?: string | null };
  provisions?: Ref[];
  establishedBy?: Ref | null;
  precededBy?: Ref | null;
  succeededBy?: Ref | null;
  monitors?: Ref[];
  children?: Ref[];
  asked?: CitationPage;
  adoptedAt?: Ref | null;
  session?: Ref | null;
  contains?: (Ref & { symbol: string | null })[];
  heldBy?: Ref | null;
  partOf?: Ref | null;
  sessionResolutions?: (Ref & { symbol: string | null; adoptedOn: string | null })[];
};

/** The filters of the entity page, read from its query string. */
export interface EntityFilters {
  relation: string | null;
  organ: string | null;
  from: number | null;
  to: number | null;
  after: string | null;
  askedAfter: string | null;
}

/** Reads the filters from the query string; anything not understood is dropped, never passed on. */
export function readEntityFilters(query: Record<string, unknown>): EntityFilters {
  const text = (v: unknown) => (typeof v === 'string' && v.length <= 200 ? v : null);
  const year = (v: unknown) => (typeof v === 'string' && /^\d{4}$/.test(v) ? Number(v) : null);
  const relation = text(query.relation);
  const organ = text(query.organ);
  return {
    relation: relation && (CLAUSE_RELATION_NAMES as string[]).includes(relation) ? relation : null,
    organ: organ && /^body:[\w.-]+$/.test(organ) ? organ : null,
    from: year(query.from),
    to: year(query.to),
    after: text(query.after),
    askedAfter: text(query.asked),
  };
}

/** The variables of ENTITY_QUERY for an id and filters. */
export function entityVariables(id: string, f: EntityFilters): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (f.relation) filter.relations = [f.relation];
  if (f.organ) filter.adoptedBy = f.organ;
  if (f.from) filter.adoptedFrom = `${f.from}-01-01`;
  if (f.to) filter.adoptedTo = `${f.to}-12-31`;
  const variables: Record<string, unknown> = { id, first: ENTITY_PAGE_SIZE };
  if (Object.keys(filter).length) variables.filter = filter;
  if (f.after) variables.after = f.after;
  if (f.askedAfter) variables.askedAfter = f.askedAfter;
  return variables;
}

/** The entity: facts, a chart of citing resolutions per year, then what cites it by year, filterable and paged. */
export function renderEntity(e: EntityData, f: EntityFilters, years: Map<number, number>): SafeHtml {
  const isResolutionWithText = e.entityType === 'Resolution' && (e.paragraphCount ?? 0) > 0 && e.symbol;
  return html`<article class="entity">
<header class="doc-head">
  <p class="eyebrow"><span class="kind-dot kind-${e.entityType}"></span> ${e.entityType}${e.kind && e.kind.toLowerCase() !== e.entityType.toLowerCase() ? ` · ${kindLabel(e.kind)}` : ''}${e.curated ? '' : ' · not yet curated'}</p>
  <h1>${e.title ?? e.label}</h1>
  ${isResolutionWithText ? html`<p><a class="button" href="${readerHref(e.symbol!)}">Read its ${e.paragraphCount} paragraphs</a></p>` : ''}
  ${renderFacts(e)}
</header>
${renderAsked(e, f)}
${renderLists(e)}
<section aria-labelledby="cited-h" class="cited">
<h2 id="cited-h">What cites it <span class="count">${citedSummary(e, [...years.values()].reduce((a, b) => a + b, 0))}</span></h2>
${renderYearChart(years)}
${renderFilterForm(e, f)}
${renderCitationPage(e, e.citedBy, f, 'after')}
</section>
</article>`;
}

function link(ref: Ref | null | undefined): SafeHtml | string {
  return ref ? html`<a href="${entityHref(ref.id)}">${ref.label}</a>` : '';
}

function renderFacts(e: EntityData): SafeHtml {
  const rows: [string, SafeHtml | string][] = [['Id', html`<code>${e.id}</code>`]];
  if (e.abbreviation) rows.push(['Abbreviation', e.abbreviation]);
  if (e.shortTitle) rows.push(['Short title', e.shortTitle]);
  if (e.symbol) rows.push(['Symbol', e.symbol]);
  if (e.signedOn) rows.push(['Signed', dateLabel(e.signedOn)]);
  if (e.adoptedOn) rows.push(['Adopted', dateLabel(e.adoptedOn)]);
  if (e.adoptedBy) rows.push(['Adopted by', link(e.adoptedBy)]);
  if (e.adoptingBody) rows.push(['Adopted by', link(e.adoptingBody)]);
  if (e.adoptingResolution) rows.push(['Adopted in', link(e.adoptingResolution)]);
  if (e.entryIntoForce) rows.push(['Entry into force', dateLabel(e.entryIntoForce)]);
  if (e.establishedOn) rows.push(['Established', dateLabel(e.establishedOn)]);
  if (e.establishedBy) rows.push(['Established by', link(e.establishedBy)]);
  if (e.date || e.year) rows.push(['Date', dateLabel(e.date ?? String(e.year))]);
  if (e.session) rows.push(['Session', link(e.session)]);
  if (e.adoptedAt) rows.push(['Meeting', link(e.adoptedAt)]);
  if (e.heldBy) rows.push(['Held by', link(e.heldBy)]);
  if (e.partOf) rows.push(['Part of', link(e.partOf)]);
  if (e.parent) rows.push(['Part of', link(e.parent)]);
  if (e.instrument) rows.push(['Article of', link(e.instrument)]);
  if (e.authoredBy) rows.push(['Author', link(e.authoredBy)]);
  if (e.precededBy) rows.push(['Replaced', link(e.precededBy)]);
  if (e.succeededBy) rows.push(['Replaced by', link(e.succeededBy)]);
  if (e.monitoredBy?.length) rows.push(['Monitored by', join(e.monitoredBy.map((b, i) => html`${i ? ', ' : ''}${link(b)}`))]);
  if (e.monitors?.length) rows.push(['Monitors', join(e.monitors.map((b, i) => html`${i ? ', ' : ''}${link(b)}`))]);
  if (e.treatySeries) rows.push(['UN Treaty Series', `vol. ${e.treatySeries.volume}, No. ${e.treatySeries.number}${e.treatySeries.page ? `, p. ${e.treatySeries.page}` : ''}`]);
  const ext = e.externalIds;
  if (ext?.treatyCollectionChapter) rows.push(['UN Treaty Collection', ext.treatyCollectionUrl ? html`<a href="${ext.treatyCollectionUrl}" rel="noreferrer">${ext.treatyCollectionChapter}</a>` : ext.treatyCollectionChapter]);
  if (ext?.wikidata) rows.push(['Wikidata', ext.wikidataUrl ? html`<a href="${ext.wikidataUrl}" rel="noreferrer">${ext.wikidata}</a>` : ext.wikidata]);
  if (e.note) rows.push(['Source and notes', e.note]);
  rows.push(['Catalogue', e.curated ? 'curated entry (facts checked against the sources above)' : 'first met in a text, not yet checked']);
  return html`<dl class="facts">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

function renderLists(e: EntityData): SafeHtml {
  const lists: [string, (Ref & { symbol?: string | null })[]][] = [];
  if (e.provisions?.length) lists.push(['Provisions in the graph', e.provisions]);
  if (e.children?.length) lists.push(['Bodies under it', e.children]);
  if (e.contains?.length) lists.push(['Resolutions in this document', e.contains]);
  if (e.sessionResolutions?.length) lists.push(['Resolutions adopted during this session', e.sessionResolutions]);
  return join(
    lists.map(
      ([title, items]) => html`<section class="list"><h2>${title} <span class="count">${items.length}</span></h2><ul class="columns">${items.map(
        (i) => html`<li><a href="${i.symbol ? readerHref(i.symbol) : entityHref(i.id)}">${i.symbol ?? i.label}</a>${i.symbol && i.label !== i.symbol ? html` <span class="muted">${i.label}</span>` : ''}</li>`,
      )}</ul></section>`,
    ),
  );
}

/** For a body: the clauses addressed to it ("Requests the Secretary-General ..."), newest first. */
function renderAsked(e: EntityData, f: EntityFilters): SafeHtml | string {
  if (!e.asked) return '';
  return html`<section aria-labelledby="asked-h" class="asked">
<h2 id="asked-h">What it is asked to do <span class="count">${e.asked.totalCount} clause${e.asked.totalCount === 1 ? '' : 's'} addressed to it</span></h2>
${e.asked.totalCount === 0 ? html`<p class="muted">No clause in the graph requests, calls upon or invites it.</p>` : ''}
<ol class="citing">${e.asked.nodes.map((c) => html`<li>${citingItem(c, true)}</li>`)}</ol>
${e.asked.pageInfo.hasNextPage ? html`<p><a href="${pageHref(e.id, { ...f, askedAfter: e.asked.pageInfo.endCursor })}#asked-h">More requests</a></p>` : ''}
</section>`;
}

function renderFilterForm(e: EntityData, f: EntityFilters): SafeHtml {
  const relations = CLAUSE_RELATION_NAMES.slice().sort();
  return html`<form class="filters" method="get" action="${entityHref(e.id)}" aria-label="Filter the citations">
<label>Relation <select name="relation"><option value="">any</option>${relations.map((r) => html`<option value="${r}"${f.relation === r ? ' selected' : ''}>${relationLabel(r)}</option>`)}</select></label>
<label>Organ <select name="organ"><option value="">any</option>${ORGANS.map((o) => html`<option value="${o.id}"${f.organ === o.id ? ' selected' : ''}>${o.label}</option>`)}</select></label>
<label>From <input name="from" inputmode="numeric" pattern="[0-9]{4}" size="4" maxlength="4" value="${f.from ?? ''}" placeholder="1948"></label>
<label>To <input name="to" inputmode="numeric" pattern="[0-9]{4}" size="4" maxlength="4" value="${f.to ?? ''}" placeholder="2024"></label>
<button type="submit">Filter</button> ${f.relation || f.organ || f.from || f.to ? html`<a href="${entityHref(e.id)}">Clear</a>` : ''}
</form>`;
}

/** One page of citing paragraphs, grouped by year, then by resolution. */
function renderCitationPage(e: EntityData, page: CitationPage, f: EntityFilters, cursorName: 'after'): SafeHtml {
  const byYear = new Map<string, Map<string, Citing[]>>();
  for (const c of page.nodes) {
    const year = c.resolution.adoptedOn?.slice(0, 4) ?? 'Date not known';
    const group = byYear.get(year) ?? new Map<string, Citing[]>();
    byYear.set(year, group);
    group.set(c.resolution.id, [...(group.get(c.resolution.id) ?? []), c]);
  }
  const shown = page.nodes.length;
  return html`<p class="page-status" role="status">${page.totalCount === 0 ? 'No citing paragraph matches.' : `${page.totalCount} citing paragraph${page.totalCount === 1 ? '' : 's'}${shown < page.totalCount ? `; ${shown} on this page` : ''}.`}</p>
${[...byYear.entries()].map(
  ([year, resolutions]) => html`<section class="year"><h3>${year}</h3><ul class="resolutions">${[...resolutions.values()].map(
    (items) => html`<li><p class="res-title"><a href="${items[0].resolution.symbol && items[0].resolution.paragraphCount ? readerHref(items[0].resolution.symbol) : entityHref(items[0].resolution.id)}">${items[0].resolution.symbol ?? items[0].resolution.label}</a> ${items[0].resolution.title ? html`<span class="muted">${items[0].resolution.title}</span>` : ''}${items[0].resolution.adoptedBy ? html` · ${items[0].resolution.adoptedBy.label}` : ''}${items[0].resolution.adoptedOn ? html` · ${dateLabel(items[0].resolution.adoptedOn)}` : ''}</p>
<ol class="citing">${items.map((c) => html`<li>${citingItem(c, false)}</li>`)}</ol></li>`,
  )}</ul></section>`,
)}
<nav class="pager" aria-label="Pages of citations">${f.after ? html`<a href="${pageHref(e.id, { ...f, after: null })}#cited-h">First page</a> ` : ''}${page.pageInfo.hasNextPage ? html`<a href="${pageHref(e.id, { ...f, [cursorName]: page.pageInfo.endCursor })}#cited-h" rel="next">Next page</a>` : ''}</nav>`;
}

/** A citing paragraph: relation, paragraph label (a link into the reader) and the quoted words in their sentence. */
function citingItem(c: Citing, withResolution: boolean): SafeHtml {
  const text = c.paragraph.text;
  const start = Math.max(0, Math.min(c.start, text.length));
  const end = Math.max(start, Math.min(c.end, text.length));
  const before = text.slice(Math.max(0, start - 160), start);
  const after = text.slice(end, end + 160);
  const href = c.resolution.symbol && c.resolution.paragraphCount ? readerHref(c.resolution.symbol, c.paragraph.id) : entityHref(c.resolution.id);
  return html`<span class="rel rel-${c.relation}">${relationLabel(c.relation)}</span> <a class="para-link" href="${href}">${withResolution ? `${c.resolution.symbol ?? c.resolution.label} ` : ''}${paragraphLabel(c.paragraph.id)}</a>${withResolution ? html` <span class="muted">${[c.resolution.adoptedBy?.label, dateLabel(c.resolution.adoptedOn)].filter(Boolean).join(' · ')}</span>` : ''}
<blockquote>${start - 160 > 0 ? '… ' : ''}${before}<mark>${text.slice(start, end)}</mark>${after}${end + 160 < text.length ? ' …' : ''}</blockquote>`;
}

function pageHref(id: string, f: EntityFilters): string {
  const params = new URLSearchParams();
  if (f.relation) params.set('relation', f.relation);
  if (f.organ) params.set('organ', f.organ);
  if (f.from) params.set('from', String(f.from));
  if (f.to) params.set('to', String(f.to));
  if (f.after) params.set('after', f.after);
  if (f.askedAfter) params.set('asked', f.askedAfter);
  const qs = params.toString();
  return `${entityHref(id)}${qs ? `?${qs}` : ''}`;
}
