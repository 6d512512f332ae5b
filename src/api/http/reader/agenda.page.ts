import { ordinalWord } from '../../../core/ingest/organs';
import { html, SafeHtml } from './html';
import { dateLabel, encodePath, entityHref, readerHref } from './labels';

/** Agenda items of every organ and session, 100 at a time (the list by agenda item). */
export const AGENDA_ITEMS_QUERY = `
query AgendaItems($after: String) {
  agendaItems(first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id organ session item title resolutionCount }
  }
}`;

/** One agenda item with a page of the resolutions considered under it. */
export const AGENDA_ITEM_QUERY = `
query AgendaItemPage($id: ID!, $after: String) {
  agendaItem(id: $id) {
    id organ session number subItem item title resolutionCount
    resolutions(first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id symbol title kind adoptedOn paragraphCount }
    }
  }
}`;

export interface AgendaItemSummary {
  id: string;
  organ: string;
  session: string;
  item: string;
  title: string | null;
  resolutionCount: number;
}

interface ListedResolution {
  id: string;
  symbol: string | null;
  title: string | null;
  kind: string | null;
  adoptedOn: string | null;
  paragraphCount: number | null;
}

export interface AgendaItemData extends AgendaItemSummary {
  number: number;
  subItem: string | null;
  resolutions: ListedResolution[];
}

const ORGAN_NAMES: Record<string, string> = {
  ga: 'General Assembly',
  hrc: 'Human Rights Council',
  chr: 'Commission on Human Rights',
  ecosoc: 'Economic and Social Council',
  sc: 'Security Council',
};

/** Where an agenda item's page is: `/agenda/agenda:ga:78:71(b)`. */
export function agendaHref(id: string): string {
  return `/agenda/${encodePath(id)}`;
}

/** "Seventy-eighth session of the General Assembly", "Tenth emergency special session of …", "2044 session of …". */
export function sessionLabel(organ: string, session: string): string {
  const of = ORGAN_NAMES[organ] ?? organ;
  const special = /^(ES|S)-(\d+)$/.exec(session);
  const n = /^\d{1,3}$/.test(session) ? Number(session) : special ? Number(special[2]) : undefined;
  const name = n === undefined ? session : capital(ordinalWord(n)) + (special ? (special[1] === 'ES' ? ' emergency special' : ' special') : '');
  return `${name} session of the ${of}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The agenda items of a resolution's header, for its facts: each linked to its page. */
export function agendaItemsFact(items: { id: string; item: string; title: string | null }[]): SafeHtml {
  return html`<ul class="agenda-facts">${items.map((a) => html`<li><a href="${agendaHref(a.id)}">Item ${a.item}</a>${a.title ? html` <span class="muted">${a.title}</span>` : ''}</li>`)}</ul>`;
}

/** Every session's agenda items in item order, each with its title, a link to its page and its number of resolutions. */
export function renderAgendaList(items: AgendaItemSummary[]): SafeHtml {
  const sessions = new Map<string, AgendaItemSummary[]>();
  for (const a of items) {
    const key = `${a.organ}:${a.session}`;
    sessions.set(key, [...(sessions.get(key) ?? []), a]);
  }
  const groups = [...sessions.values()];
  const total = items.reduce((n, a) => n + a.resolutionCount, 0);
  return html`<h1>Resolutions by agenda item</h1>
<p>Each resolution's header names the agenda item(s) it was considered under ("Agenda item 71 (b)"). ${items.length} agenda items, ${total} resolution${total === 1 ? '' : 's'} under them (a resolution under two items counts under each). Also: <a href="/browse">resolutions by session and by report</a>.</p>
${groups.length > 1 ? html`<nav aria-label="Sessions"><ul>${groups.map((g, i) => html`<li><a href="#a${i}">${sessionLabel(g[0].organ, g[0].session)}</a> <span class="count">${g.length} items</span></li>`)}</ul></nav>` : ''}
${groups.map(
  (g, i) => html`<section class="session" aria-labelledby="a${i}"><h2 id="a${i}">${sessionLabel(g[0].organ, g[0].session)}</h2>
<table class="agenda">
<caption class="visually-hidden">Agenda items of the ${sessionLabel(g[0].organ, g[0].session)}, in item order</caption>
<thead><tr><th scope="col">Item</th><th scope="col">Title</th><th scope="col">Resolutions</th></tr></thead>
<tbody>${g.map(
    (a) => html`<tr><th scope="row"><a href="${agendaHref(a.id)}">${a.item}</a></th><td>${a.title ?? html`<span class="muted">(title not printed apart in its texts)</span>`}</td><td class="num-col">${a.resolutionCount}</td></tr>`,
  )}</tbody>
</table>
</section>`,
)}
${items.length === 0 ? html`<p class="notice">No resolution in the graph names an agenda item.</p>` : ''}`;
}

/** One agenda item: what it is, and the resolutions (and drafts) considered under it, by date. */
export function renderAgendaItem(a: AgendaItemData): SafeHtml {
  const session = sessionLabel(a.organ, a.session);
  return html`<article class="agenda-item">
<p class="eyebrow">Agenda item ${a.item} · ${session}</p>
<h1>${a.title ?? `Agenda item ${a.item}`}</h1>
<dl class="facts"><dt>Id</dt><dd><code>${a.id}</code></dd><dt>Session</dt><dd>${session}</dd><dt>Resolutions</dt><dd>${a.resolutionCount}</dd></dl>
<h2 id="res-h">Resolutions considered under item ${a.item}</h2>
<ol class="agenda-resolutions" aria-labelledby="res-h">${a.resolutions.map(
    (r) => html`<li><a href="${r.symbol && r.paragraphCount ? readerHref(r.symbol) : entityHref(r.id)}">${r.symbol ?? r.id}</a>${r.kind === 'DRAFT' ? ' (draft)' : ''} ${r.title ?? ''} <span class="date">${dateLabel(r.adoptedOn)}</span></li>`,
  )}</ol>
<p><a href="/browse/agenda">All agenda items</a> · <a href="/browse">Resolutions by session and by report</a></p>
</article>`;
}
