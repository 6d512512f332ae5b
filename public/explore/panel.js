// The side panel: what a selected node or edge is, built with textContent only (data never becomes HTML).
import { ideUrl, PARAGRAPH_QUERY } from './api.js';

/**
 * Shows a node: its kind, title, symbol, date and id, with buttons to expand it or start a new drawing from it.
 * `actions` = { expanded: boolean, expand(), startHere() }.
 */
export function showNode(panel, node, actions) {
  const d = node.data();
  const list = definitionList([
    ['Kind', d.kind],
    ['Label', d.label],
    ['Title', d.title],
    ['Symbol', d.symbol],
    ['Date', d.date],
    ['Id', d.id],
    ['Neighbours drawn', String(node.neighborhood('node').length)],
  ]);
  const expandButton = document.createElement('button');
  expandButton.type = 'button';
  expandButton.textContent = actions.expanded ? 'Expanded' : 'Expand neighbours';
  expandButton.disabled = actions.expanded;
  expandButton.addEventListener('click', actions.expand);
  const startHere = document.createElement('button');
  startHere.type = 'button';
  startHere.className = 'link';
  startHere.textContent = 'Start a new drawing from here';
  startHere.addEventListener('click', actions.startHere);
  const block = document.createElement('p');
  block.append(expandButton, document.createElement('br'), startHere);
  panel.replaceChildren(heading(d.label || d.id), list, block);
}

/** Shows an edge: its relation, ends and, for a citation, the paragraph, the clause's phrase and the quoted words. */
export function showEdge(panel, edge) {
  const d = edge.data();
  const items = [
    ['Relation', d.relation],
    ['From', edge.source().data('label')],
    ['To', edge.target().data('label')],
    ['Paragraph', d.paragraphLabel],
    ['Paragraph id', d.paragraphId],
    ['Phrase', d.phrase],
  ];
  const parts = [heading(`${edge.source().data('label')} ${d.relation} ${edge.target().data('label')}`), definitionList(items)];
  if (d.quote) {
    const caption = document.createElement('p');
    caption.className = 'muted';
    caption.textContent = 'The words that cite:';
    const quote = document.createElement('blockquote');
    quote.dataset.field = 'quote';
    quote.textContent = d.quote;
    parts.push(caption, quote);
  }
  if (d.paragraphId) {
    const link = document.createElement('a');
    link.href = ideUrl(PARAGRAPH_QUERY, { id: d.paragraphId });
    link.textContent = 'Read the whole paragraph in the IDE';
    const p = document.createElement('p');
    p.append(link);
    parts.push(p);
  }
  panel.replaceChildren(...parts);
}

function heading(text) {
  const h = document.createElement('h3');
  h.textContent = text;
  return h;
}

/** A <dl> of the items that have a value; each <dd> carries data-field (e.g. "paragraph-id") for tests. */
function definitionList(items) {
  const dl = document.createElement('dl');
  for (const [term, value] of items) {
    if (value === null || value === undefined || value === '') continue;
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.dataset.field = term.toLowerCase().replace(/\s+/g, '-');
    dl.append(dt, dd);
  }
  return dl;
}
