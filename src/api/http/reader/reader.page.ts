import { ENTITY_CARD_FRAGMENT, EntityCard } from './card-fields';
import { agendaItemsFact } from './agenda.page';
import { renderCard } from './card';
import { html, join, SafeHtml } from './html';
import { dateLabel, entityHref, kindLabel, paragraphAnchor, paragraphLabel, relationLabel } from './labels';

/** The reader's one GraphQL operation: the header facts, every paragraph with its clauses and citations, and a card per cited entity. */
export const READER_QUERY = `
query ReaderPage($symbol: String!) {
  resolution(symbol: $symbol) {
    id symbol title number kind adoptedOn votingOutcome sponsors paragraphCount
    vote { inFavour against abstentions }
    adoptedBy { id label title }
    adoptedAt { id label date }
    session { id label }
    reportedIn { id symbol title }
    agendaItems { id item title }
    citedByCount
    paragraphs {
      id kind number part chapeau leadingPhrase relation text
      clauses { phrase relation start }
      citations { start end quote relation role target { id } }
      footnotes { marker at text }
    }
    cites { id entity { ...EntityCard } citations { relation paragraph { id } } }
  }
}
${ENTITY_CARD_FRAGMENT}`;

/** What else has a symbol that is not a resolution's (a report, a draft, an instrument). */
export const BY_SYMBOL_QUERY = `query EntityBySymbol($symbol: String!) { bySymbol(symbol: $symbol) { id } }`;

interface Clause {
  phrase: string;
  relation: string;
  start: number;
}
interface Citation {
  start: number;
  end: number;
  quote: string;
  relation: string;
  role: string;
  target: { id: string };
}
interface Paragraph {
  id: string;
  kind: 'PREAMBULAR' | 'OPERATIVE';
  number: string | null;
  part: string | null;
  chapeau?: string | null;
  leadingPhrase: string;
  relation: string;
  text: string;
  clauses: Clause[];
  citations: Citation[];
  footnotes?: { marker: number; at: number; text: string }[];
}
export interface ReaderData {
  id: string;
  symbol: string;
  title: string | null;
  number: string | null;
  kind: string | null;
  adoptedOn: string | null;
  votingOutcome: string | null;
  sponsors: string[] | null;
  paragraphCount: number | null;
  vote: { inFavour: number; against: number; abstentions: number } | null;
  adoptedBy: { id: string; label: string; title: string | null } | null;
  adoptedAt: { id: string; label: string; date: string | null } | null;
  session: { id: string; label: string } | null;
  reportedIn: { id: string; symbol: string; title: string | null } | null;
  /** Absent in data rendered without it (older callers); the header shows none then. */
  agendaItems?: { id: string; item: string; title: string | null }[];
  citedByCount: number;
  paragraphs: Paragraph[];
  cites: { id: string; entity: EntityCard; citations: { relation: string; paragraph: { id: string } }[] }[];
}

/** The resolution as a reader reads it: facts, then paragraphs with marked phrases and linked citations, then what it cites. */
export function renderReader(r: ReaderData): SafeHtml {
  const cardIds = new Map(r.cites.map((c, i) => [c.id, `card-${i + 1}`]));
  const cards = r.cites.map((c) => renderCard(c.entity, cardIds.get(c.id)!));
  const labels = new Map(r.cites.map((c) => [c.id, c.entity]));
  const preambular = r.paragraphs.filter((p) => p.kind === 'PREAMBULAR');
  const operative = r.paragraphs.filter((p) => p.kind === 'OPERATIVE');
  return html`<article class="reader">
<div class="reader-text">
<header class="doc-head">
  <p class="eyebrow">${r.kind === 'DRAFT' ? 'Draft resolution' : 'Resolution'} ${r.symbol}</p>
  <h1>${r.title ?? r.symbol}</h1>
  ${renderFacts(r)}
  ${renderLegend()}
</header>
${r.paragraphs.length === 0 ? html`<p class="notice">The graph knows this resolution only from the texts that cite it: it has no paragraphs of its own yet. <a href="${entityHref(r.id)}">See what cites it</a>.</p>` : ''}
${preambular.length ? html`<section aria-labelledby="pp-h"><h2 id="pp-h" class="visually-hidden">Preamble</h2><ol class="paragraphs preambular">${preambular.map((p) => renderParagraph(p, cardIds, labels))}</ol></section>` : ''}
${operative.length ? html`<section aria-labelledby="op-h"><h2 id="op-h" class="visually-hidden">Operative paragraphs</h2>${renderOperative(operative, cardIds, labels)}</section>` : ''}
</div>
${renderSidePanel(r)}
<div class="cards">${cards}</div>
</article>`;
}

function renderFacts(r: ReaderData): SafeHtml {
  const rows: [string, SafeHtml | string][] = [];
  if (r.adoptedBy) rows.push(['Adopted by', html`<a href="${entityHref(r.adoptedBy.id)}">${r.adoptedBy.title ?? r.adoptedBy.label}</a>`]);
  if (r.adoptedOn) rows.push(['Date', dateLabel(r.adoptedOn)]);
  if (r.session) rows.push(['Session', html`<a href="${entityHref(r.session.id)}">${r.session.label}</a>`]);
  if (r.adoptedAt) rows.push(['Meeting', html`<a href="${entityHref(r.adoptedAt.id)}">${r.adoptedAt.label}</a>`]);
  if (r.vote) rows.push(['Vote', `${r.vote.inFavour} in favour, ${r.vote.against} against, ${r.vote.abstentions} abstentions`]);
  else if (r.votingOutcome && r.votingOutcome !== 'UNKNOWN') rows.push(['Vote', kindLabel(r.votingOutcome)]);
  if (r.agendaItems?.length) rows.push([r.agendaItems.length === 1 ? 'Agenda item' : 'Agenda items', agendaItemsFact(r.agendaItems)]);
  if (r.reportedIn) rows.push(['Report or draft', html`<a href="${entityHref(r.reportedIn.id)}">${r.reportedIn.symbol}</a>${r.reportedIn.title ? ` (${r.reportedIn.title})` : ''}`]);
  if (r.sponsors?.length) rows.push(['Sponsors', r.sponsors.join(', ')]);
  rows.push(['Paragraphs', String(r.paragraphs.length)]);
  rows.push(['Cited by', html`<a href="${entityHref(r.id)}">${r.citedByCount} paragraph${r.citedByCount === 1 ? '' : 's'} of other resolutions</a>`]);
  return html`<dl class="facts">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

function renderLegend(): SafeHtml {
  const kinds = ['Instrument', 'Body', 'Resolution', 'Document', 'Provision', 'Event'];
  return html`<p class="legend">Citations by kind: ${kinds.map((k) => html`<span class="cite kind-${k}">${k.toLowerCase()}</span> `)}<span class="legend-note">Hover or focus a citation for its card; the margin shows each clause's relation.</span></p>`;
}

/**
 * Operative paragraphs, under part headings ("A", "II") when the resolution has parts, and under their chapeau
 * ("Resolves that:") printed once above the numbered paragraphs it governs, as the text prints it.
 */
function renderOperative(paragraphs: Paragraph[], cardIds: Map<string, string>, labels: Map<string, EntityCard>): SafeHtml {
  const runs: { part: string | null; chapeau: string | null; newPart: boolean; items: Paragraph[] }[] = [];
  for (const p of paragraphs) {
    const last = runs[runs.length - 1];
    const chapeau = p.chapeau ?? null;
    if (last && last.part === p.part && last.chapeau === chapeau) last.items.push(p);
    else runs.push({ part: p.part, chapeau, newPart: !last || last.part !== p.part, items: [p] });
  }
  return join(
    runs.map(
      ({ part, chapeau, newPart, items }) =>
        html`${part && newPart ? html`<h3 class="part" id="part-${part}">${part}</h3>` : ''}${chapeau ? html`<p class="chapeau">${chapeau}</p>` : ''}<ol class="paragraphs operative">${items.map((p) => renderParagraph(p, cardIds, labels))}</ol>`,
    ),
  );
}

interface Mark {
  start: number;
  end: number;
  render: (inner: string) => SafeHtml;
}

/** One paragraph: its anchor, label and relation in the margin, the text with leading phrases marked and citations linked. */
function renderParagraph(p: Paragraph, cardIds: Map<string, string>, labels: Map<string, EntityCard>): SafeHtml {
  const anchor = paragraphAnchor(p.id);
  const marks: Mark[] = [];
  for (const clause of p.clauses) {
    const start = clause.start;
    const end = start + clause.phrase.length;
    // A chapeau's verb governs the paragraph but is printed above it, not in its text: nothing to mark.
    if (start < 0 || end > p.text.length || p.text.slice(start, end) !== clause.phrase) continue;
    marks.push({ start, end, render: (inner) => html`<strong class="phrase" data-relation="${clause.relation}" title="${relationLabel(clause.relation)}">${inner}</strong>` });
  }
  // One span can cite several entities ("International Covenants on Human Rights"): one link each.
  const spans = new Map<string, Citation[]>();
  for (const c of p.citations) {
    const key = `${c.start}:${c.end}`;
    spans.set(key, [...(spans.get(key) ?? []), c]);
  }
  const extras: SafeHtml[] = [];
  for (const group of spans.values()) {
    const [first, ...others] = group;
    if (first.start < 0 || first.end > p.text.length || first.end <= first.start) continue;
    marks.push({
      start: first.start,
      end: first.end,
      render: (inner) => html`${citationLink(first, inner, cardIds, labels)}${others.map((o) => html`<sup class="also">${citationLink(o, labels.get(o.target.id)?.label ?? o.target.id, cardIds, labels)}</sup>`)}`,
    });
  }
  // Longest first, then leftmost: a span inside another (an instrument named inside a body's name) is listed after the paragraph.
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Mark[] = [];
  for (const m of marks) {
    const last = chosen[chosen.length - 1];
    if (last && m.start < last.end) {
      const nested = p.citations.filter((c) => c.start === m.start && c.end === m.end);
      for (const c of nested) extras.push(citationLink(c, labels.get(c.target.id)?.label ?? c.quote, cardIds, labels));
      continue;
    }
    chosen.push(m);
  }
  // Footnote markers where the text printed them (after a span that ends there), each linked to its note below.
  const notes = p.footnotes ?? [];
  const markerAt = (from: number, to: number) =>
    notes
      .filter((f) => f.at > from && f.at <= to)
      .map((f) => html`<sup class="fn-ref"><a href="#${anchor}-fn${String(f.marker)}" id="${anchor}-ref${String(f.marker)}" aria-label="Footnote ${String(f.marker)}">${String(f.marker)}</a></sup>`.value)
      .join('');
  const plain = (from: number, to: number) => {
    let s = '';
    let k = from;
    for (const f of notes.filter((n) => n.at > from && n.at < to)) {
      s += html`${p.text.slice(k, f.at)}`.value + markerAt(f.at - 1, f.at);
      k = f.at;
    }
    return s + html`${p.text.slice(k, to)}`.value;
  };
  let out = markerAt(-1, 0);
  let at = 0;
  for (const m of chosen) {
    out += plain(at, m.start) + (m.start > at ? markerAt(m.start - 1, m.start) : '') + m.render(p.text.slice(m.start, m.end)).value + markerAt(m.start, m.end);
    at = m.end;
  }
  out += plain(at, p.text.length) + (p.text.length > at ? markerAt(p.text.length - 1, p.text.length) : '');
  const number = p.kind === 'OPERATIVE' ? `${p.number ?? ''}.` : '';
  const relations = [...new Set(p.clauses.map((c) => c.relation))];
  return html`<li class="para" id="${anchor}">
<div class="margin"><a class="anchor" href="#${anchor}" aria-label="Link to paragraph ${paragraphLabel(p.id)}">${paragraphLabel(p.id)}</a>${relations.map((rel) => html`<span class="rel rel-${rel}">${relationLabel(rel)}</span>`)}</div>
<p class="text">${number ? html`<span class="num">${number}</span> ` : ''}${new SafeHtml(out)}${extras.length ? html` <span class="nested">(also cites ${extras.map((e, i) => html`${i ? ', ' : ''}${e}`)})</span>` : ''}</p>
${notes.length ? html`<ol class="footnotes" aria-label="Footnotes of paragraph ${paragraphLabel(p.id)}">${notes.map((f) => html`<li id="${anchor}-fn${String(f.marker)}" value="${String(f.marker)}">${f.text} <a href="#${anchor}-ref${String(f.marker)}" aria-label="Back to the text">↩</a></li>`)}</ol>` : ''}
</li>`;
}

function citationLink(c: Citation, inner: string, cardIds: Map<string, string>, labels: Map<string, EntityCard>): SafeHtml {
  const entity = labels.get(c.target.id);
  const kind = entity?.entityType ?? 'Entity';
  const card = cardIds.get(c.target.id);
  return html`<a class="cite kind-${kind}${c.role === 'ADDRESSEE' ? ' addressee' : ''}" href="${entityHref(c.target.id)}" data-target="${c.target.id}"${card ? html` aria-describedby="${card}"` : ''}>${inner}</a>`;
}

/** What the resolution cites, grouped by relation in order of first appearance; each entity jumps to its paragraphs. */
function renderSidePanel(r: ReaderData): SafeHtml {
  const groups = new Map<string, Map<string, { entity: EntityCard; paragraphs: string[] }>>();
  const firstOrder = new Map(r.paragraphs.map((p, i) => [p.id, i]));
  const rows = r.cites.flatMap((c) => c.citations.map((cit) => ({ c, cit })));
  rows.sort((a, b) => (firstOrder.get(a.cit.paragraph.id) ?? 0) - (firstOrder.get(b.cit.paragraph.id) ?? 0));
  for (const { c, cit } of rows) {
    const group = groups.get(cit.relation) ?? new Map();
    groups.set(cit.relation, group);
    const item = group.get(c.id) ?? { entity: c.entity, paragraphs: [] };
    group.set(c.id, item);
    if (!item.paragraphs.includes(cit.paragraph.id)) item.paragraphs.push(cit.paragraph.id);
  }
  return html`<aside class="side" aria-labelledby="cites-h">
<h2 id="cites-h">What it cites <span class="count">${r.cites.length}</span></h2>
${groups.size === 0 ? html`<p class="muted">No citations found in its text.</p>` : ''}
${[...groups.entries()].map(
  ([relation, items]) => html`<section class="group"><h3><span class="rel rel-${relation}">${relationLabel(relation)}</span> <span class="count">${items.size}</span></h3><ul>
${[...items.values()].map(
  ({ entity, paragraphs }) =>
    html`<li><a href="${entityHref(entity.id)}" class="kind-dot-link"><span class="kind-dot kind-${entity.entityType}"></span>${entity.label}</a> ${paragraphs.map((id) => html`<a class="jump" href="#${paragraphAnchor(id)}" aria-label="${entity.label} in paragraph ${paragraphLabel(id)}">${paragraphLabel(id)}</a> `)}</li>`,
)}</ul></section>`,
)}
</aside>`;
}
