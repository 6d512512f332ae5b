import { html, SafeHtml } from './html';
import { dateLabel, entityHref, paragraphLabel, readerHref } from './labels';

/** The start page's operation: the most cited instruments and bodies (stored citedByCount, an index-ordered read) and the latest resolutions. */
export const START_QUERY = `
query StartPage {
  instruments(first: 12, orderBy: { field: CITED_BY_COUNT, direction: DESC }) { totalCount nodes { id label title citedByCount } }
  bodies(first: 12, orderBy: { field: CITED_BY_COUNT, direction: DESC }) { totalCount nodes { id label title citedByCount } }
  latest: resolutions(first: 12, filter: { adoptedFrom: "1900-01-01" }) { totalCount nodes { id symbol title adoptedOn adoptedBy { label } paragraphCount } }
}`;

/** Dated resolutions, 100 at a time, for the lists by session and by report. */
export const RESOLUTIONS_PAGE_QUERY = `
query ResolutionsBySession($after: String) {
  resolutions(first: 100, after: $after, filter: { adoptedFrom: "1900-01-01" }) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id symbol title adoptedOn paragraphCount session { id label } reportedIn { id symbol kind } }
  }
}`;

/** Words, a UN symbol or an id: one search answers all three. */
export const SEARCH_QUERY = `
query SearchPage($text: String!, $symbol: String!, $id: ID!, $bySymbol: Boolean!, $byId: Boolean!) {
  bySymbol(symbol: $symbol) @include(if: $bySymbol) { __typename id ... on Resolution { symbol paragraphCount } }
  node(id: $id) @include(if: $byId) { __typename id }
  search(text: $text, first: 30) {
    totalCount
    nodes { matchedField snippet node { __typename id ... on Entity { label title entityType } ... on Paragraph { resolution { id symbol label title } } } }
  }
}`;

interface Ranked {
  id: string;
  label: string;
  title: string | null;
  citedByCount: number;
}
interface Latest {
  id: string;
  symbol: string;
  title: string | null;
  adoptedOn: string | null;
  adoptedBy: { label: string } | null;
  paragraphCount: number | null;
}
export interface StartData {
  instruments: { totalCount: number; nodes: Ranked[] };
  bodies: { totalCount: number; nodes: Ranked[] };
  latest: { totalCount: number; nodes: Latest[] };
}


function rankedList(items: Ranked[]): SafeHtml {
  return html`<ol class="ranked">${items.map(
    (r) => html`<li><a href="${entityHref(r.id)}">${r.label}</a>${r.title && r.title !== r.label ? html` <span class="muted">${r.title}</span>` : ''} <span class="count">${r.citedByCount} paragraphs</span></li>`,
  )}</ol>`;
}

/** The start page: search, the most cited instruments and bodies, the latest resolutions, and where to browse further. */
export function renderStart(d: StartData): SafeHtml {
  return html`<section class="hero">
<h1>Read UN resolutions with what they cite</h1>
<p>Each resolution paragraph by paragraph, every citation linked to the instrument, body or document it names; each of those with every paragraph that cites it.</p>
<form class="search big" role="search" action="/search" method="get">
<label for="q2">Search by words, a UN symbol (<code>A/RES/78/202</code>) or an id (<code>instrument:udhr</code>)</label>
<div><input id="q2" name="q" type="search" maxlength="200" placeholder="migrant workers"><button type="submit">Search</button></div>
</form>
<p>Start with the seed resolution: <a href="${readerHref('E/CN.4/RES/2003/48')}">E/CN.4/RES/2003/48</a> (Commission on Human Rights, 2003, on the Migrant Workers Convention), or <a href="/browse">all resolutions by session and by report</a>, or <a href="/browse/agenda">by agenda item</a>.</p>
</section>
<div class="columns3">
<section aria-labelledby="mi-h"><h2 id="mi-h">Most cited instruments</h2>${rankedList(d.instruments.nodes)}</section>
<section aria-labelledby="mb-h"><h2 id="mb-h">Most cited bodies</h2>${rankedList(d.bodies.nodes)}</section>
<section aria-labelledby="lr-h"><h2 id="lr-h">Latest resolutions</h2><ol class="latest">${d.latest.nodes.map(
    (r) => html`<li><a href="${r.paragraphCount ? readerHref(r.symbol) : entityHref(r.id)}">${r.symbol}</a> <span class="muted">${r.title ?? ''}</span> <span class="date">${dateLabel(r.adoptedOn)}</span></li>`,
  )}</ol><p><a href="/browse">All ${d.latest.totalCount} dated resolutions</a></p></section>
</div>`;
}

interface Listed {
  id: string;
  symbol: string;
  title: string | null;
  adoptedOn: string | null;
  paragraphCount: number | null;
  session: { id: string; label: string } | null;
  reportedIn: { id: string; symbol: string; kind: string } | null;
}

/** Resolutions by session, then by the report or draft they were adopted from (a committee's report names its committee). */
export function renderBrowse(resolutions: Listed[]): SafeHtml {
  const sessions = new Map<string, { label: string; id: string | null; items: Listed[] }>();
  for (const r of resolutions) {
    const key = r.session?.id ?? '';
    const s = sessions.get(key) ?? { label: r.session?.label ?? 'Session not recorded', id: r.session?.id ?? null, items: [] };
    sessions.set(key, s);
    s.items.push(r);
  }
  const ordered = [...sessions.values()].sort((a, b) => b.items.length - a.items.length);
  return html`<h1>Resolutions by session and by report</h1>
<p>${resolutions.length} resolutions with a known date. Within a session, resolutions are grouped by the report or draft they were adopted from: reports of a Main Committee (for the General Assembly, e.g. <code>A/78/481/Add.2</code> of the Third Committee) or plenary drafts (<code>A/78/L.…</code>). Also: <a href="/browse/agenda">resolutions by agenda item</a>.</p>
<nav aria-label="Sessions"><ul>${ordered.map((s, i) => html`<li><a href="#s${i}">${s.label}</a> <span class="count">${s.items.length}</span></li>`)}</ul></nav>
${ordered.map((s, i) => {
  const byReport = new Map<string, Listed[]>();
  for (const r of s.items) byReport.set(r.reportedIn?.symbol ?? 'Report not recorded', [...(byReport.get(r.reportedIn?.symbol ?? 'Report not recorded') ?? []), r]);
  const reports = [...byReport.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  return html`<section class="session" aria-labelledby="s${i}"><h2 id="s${i}">${s.label}${s.id ? html` <a class="small" href="${entityHref(s.id)}">(session page)</a>` : ''}</h2>
${reports.map(([report, items]) => html`<details${reports.length <= 3 ? ' open' : ''}><summary>${report} <span class="count">${items.length}</span></summary><ul>${items
    .sort((a, b) => a.symbol.localeCompare(b.symbol, 'en', { numeric: true }))
    .map((r) => html`<li><a href="${r.paragraphCount ? readerHref(r.symbol) : entityHref(r.id)}">${r.symbol}</a> ${r.title ?? ''} <span class="date">${dateLabel(r.adoptedOn)}</span></li>`)}</ul></details>`)}
</section>`;
})}`;
}

interface Hit {
  matchedField: string;
  snippet: string;
  node: { __typename: string; id: string; label?: string; title?: string | null; entityType?: string; resolution?: { id: string; symbol: string | null; label: string; title: string | null } };
}

/** Search results: entities by title, paragraphs by text (each opening the reader at that paragraph). */
export function renderSearch(text: string, hits: { totalCount: number; nodes: Hit[] } | null): SafeHtml {
  if (!text) return html`<h1>Search</h1><p>Type words, a UN symbol (<code>A/RES/78/202</code>) or an id (<code>instrument:udhr</code>) in the box above.</p>`;
  const nodes = hits?.nodes ?? [];
  return html`<h1>Search: ${text}</h1>
<p role="status">${hits?.totalCount ?? 0} match${hits?.totalCount === 1 ? '' : 'es'}${nodes.length < (hits?.totalCount ?? 0) ? `, best ${nodes.length} shown` : ''}.</p>
<ol class="hits">${nodes.map((h) => {
    const n = h.node;
    if (n.__typename === 'Paragraph' && n.resolution) {
      const r = n.resolution;
      return html`<li><a href="${r.symbol ? readerHref(r.symbol, n.id) : entityHref(r.id)}">${r.symbol ?? r.label} ${paragraphLabel(n.id)}</a> <span class="muted">${r.title ?? ''}</span><blockquote>${h.snippet}</blockquote></li>`;
    }
    return html`<li><span class="kind-dot kind-${n.entityType ?? n.__typename}"></span> <a href="${entityHref(n.id)}">${n.label ?? n.id}</a> <span class="muted">${n.entityType ?? n.__typename}${n.title && n.title !== n.label ? ` · ${n.title}` : ''}</span></li>`;
  })}</ol>`;
}
