import { html, SafeHtml } from './html';
import { dateLabel, entityHref, kindLabel } from './labels';
import { EntityCard } from './card-fields';

/** The facts of a card as definition-list rows: kind, dates, monitoring body, how often it is cited. */
export function cardFacts(e: EntityCard): SafeHtml[] {
  const rows: [string, SafeHtml | string][] = [];
  rows.push(['Kind', [e.entityType === 'Resolution' ? 'resolution' : e.entityType.toLowerCase(), e.kind ? ` (${kindLabel(e.kind)})` : ''].join('')]);
  if (e.symbol) rows.push(['Symbol', e.symbol]);
  if (e.adoptedOn) rows.push(['Adopted', dateLabel(e.adoptedOn)]);
  if (e.adoptedBy) rows.push(['By', e.adoptedBy.label]);
  if (e.entryIntoForce) rows.push(['In force', dateLabel(e.entryIntoForce)]);
  if (e.establishedOn) rows.push(['Established', dateLabel(e.establishedOn)]);
  if (e.date || e.year) rows.push(['Date', dateLabel(e.date ?? String(e.year))]);
  if (e.monitoredBy?.length) rows.push(['Monitored by', e.monitoredBy.map((b) => b.label).join(', ')]);
  if (e.parent) rows.push(['Part of', e.parent.label]);
  if (e.instrument) rows.push(['Of', e.instrument.label]);
  if (e.authoredBy) rows.push(['Author', e.authoredBy.label]);
  rows.push(['Cited', citedSummary(e)]);
  return rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`);
}

/** "in 63 paragraphs", or "in 63 paragraphs of 41 resolutions" where the page counted the resolutions. */
export function citedSummary(e: EntityCard, resolutions?: number): string {
  const paragraphs = e.citedByCount;
  const p = `in ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`;
  return resolutions === undefined ? p : `${p} of ${resolutions} resolution${resolutions === 1 ? '' : 's'}`;
}

/** A card that a citation's aria-describedby points at; reader.js shows it on hover and focus. */
export function renderCard(e: EntityCard, domId: string): SafeHtml {
  return html`<div class="card" role="tooltip" id="${domId}" hidden>
<p class="card-title"><span class="kind-dot kind-${e.entityType}"></span> ${e.title ?? e.label}</p>
<dl>${cardFacts(e)}</dl>
<p class="card-more"><a href="${entityHref(e.id)}" tabindex="-1">All that cites it</a></p>
</div>`;
}
