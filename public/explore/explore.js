// The graph explorer at /explore: plain modern JS modules (no build step), cytoscape.js served by this server.
// It only talks to this server's /graphql (see api.js).
import { BY_SYMBOL_QUERY, graphql, ideUrl, NEIGHBOURHOOD_QUERY, SEARCH_QUERY, VOCABULARY_QUERY } from './api.js';
import { DRAWING_STYLE, KIND_COLOURS } from './drawing.js';
import { exportCsv, exportPng, exportSvg } from './export.js';
import { showEdge, showNode } from './panel.js';

/* global cytoscape -- the UMD build, loaded by index.html before this module */

const DEPTH = 1;
/** Nodes per neighbourhood; ?limit=N in the page URL changes it (up to the server's MAX_GRAPH_NODES). */
const LIMIT = Number(new URLSearchParams(window.location.search).get('limit')) || 100;

/** Ids as the README describes them ("Identifiers"): typed prefix, or a UN symbol behind "un:". */
const ID_PATTERN = /^(un|instrument|body|event):\S+$/;
/** A UN document symbol: series letters, then parts separated by "/", e.g. E/CN.4/RES/2003/48, A/CONF.157/23. */
const SYMBOL_PATTERN = /^[A-Z]{1,10}(\.\d+)?(\/[A-Za-z0-9.()-]+)+$/;

/** What the explorer draws first without ?id=: what guides the seed resolution (its "Guided by" citations). */
const START = { id: 'un:E/CN.4/RES/2003/48', relations: ['GUIDED_BY'] };

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'),
  input: $('search-input'),
  status: $('status'),
  results: $('results'),
  kindFilters: $('kind-filters'),
  relationFilters: $('relation-filters'),
  truncated: $('truncated'),
  details: $('details-body'),
  ideLink: $('ide-link'),
  linkMode: $('link-mode'),
  exportPng: $('export-png'),
  exportSvg: $('export-svg'),
  exportCsv: $('export-csv'),
};

const state = {
  rootId: null,
  expanded: new Set(),
  hiddenKinds: new Set(),
  hiddenRelations: new Set(),
  allRelations: [],
  allKinds: Object.keys(KIND_COLOURS),
  busy: 0,
  lastQuery: null,
  /** Only edges that are citations (a paragraph cites the target); catalogue links hidden. */
  citationsOnly: false,
  /** Node pairs whose parallel edges the user expanded (a click on their bundle). */
  unbundled: new Set(),
};

const cy = cytoscape({
  container: $('graph'),
  wheelSensitivity: 0.3,
  minZoom: 0.1,
  maxZoom: 4,
  style: DRAWING_STYLE,
});

function setBusy(delta) {
  state.busy += delta;
  document.body.dataset.busy = String(state.busy > 0);
}

function say(message, isError) {
  ui.status.textContent = message;
  ui.status.classList.toggle('error', Boolean(isError));
}

// ---- the neighbourhood -----------------------------------------------------------------------------------

function neighbourhoodVariables(id) {
  const variables = { id, depth: DEPTH, limit: LIMIT };
  // Only send filters that narrow something: without them the server returns every relation and kind.
  if (state.hiddenRelations.size) variables.relations = state.allRelations.filter((r) => !state.hiddenRelations.has(r));
  if (state.hiddenKinds.size) variables.kinds = state.allKinds.filter((k) => !state.hiddenKinds.has(k));
  return variables;
}

/** Asks the server for a neighbourhood; on failure says why in the status line and gives null. */
async function fetchNeighbourhood(variables) {
  try {
    return (await graphql(NEIGHBOURHOOD_QUERY, variables, setBusy)).neighbourhood;
  } catch (error) {
    say(error.message, true);
    return null;
  }
}

/**
 * Draws the neighbourhood of `id` afresh: the starting point of a new exploration. `only` narrows this one drawing
 * (e.g. to GUIDED_BY) without touching the filters. An id the server does not know leaves an empty drawing.
 */
async function load(id, only = {}) {
  const variables = { ...neighbourhoodVariables(id), ...only };
  let view;
  try {
    view = (await graphql(NEIGHBOURHOOD_QUERY, variables, setBusy)).neighbourhood;
  } catch (error) {
    cy.elements().remove();
    state.rootId = null;
    say(error.message, true);
    return null;
  }
  cy.elements().remove();
  state.unbundled = new Set();
  state.expanded = new Set([view.rootId]);
  state.rootId = view.rootId;
  merge(view);
  rememberQuery(variables);
  showTruncation(view);
  const root = cy.getElementById(view.rootId);
  root.addClass('root expanded');
  selectNode(root);
  say(`${view.nodes.length} nodes, ${view.edges.length} edges around ${root.data('label') || view.rootId}.`);
  const url = new URL(window.location.href);
  url.searchParams.set('id', view.rootId);
  if (LIMIT !== 100) url.searchParams.set('limit', String(LIMIT));
  window.history.replaceState(null, '', url);
  layout();
  return view;
}

/** Adds the neighbours of a drawn node to the drawing (nothing already drawn is added twice). */
async function expand(id) {
  const variables = neighbourhoodVariables(id);
  const view = await fetchNeighbourhood(variables);
  if (!view) return null;
  state.expanded.add(id);
  const added = merge(view);
  cy.getElementById(id).addClass('expanded');
  rememberQuery(variables);
  showTruncation(view);
  say(`Expanded ${cy.getElementById(id).data('label') || id}: ${added} new elements, ${cy.nodes().length} nodes drawn.`);
  if (added) layout();
  return view;
}

/** Merges a GraphView into the drawing. Returns how many elements were added. */
function merge(view) {
  const additions = [];
  for (const node of view.nodes) {
    if (cy.getElementById(node.id).length) continue;
    additions.push({
      group: 'nodes',
      data: { id: node.id, label: node.label, kind: node.kind, title: node.title, symbol: node.symbol, date: node.date },
    });
  }
  const drawn = new Set(additions.map((a) => a.data.id));
  const isDrawn = (id) => drawn.has(id) || cy.getElementById(id).length > 0;
  for (const edge of view.edges) {
    if (cy.getElementById(edge.id).length || !isDrawn(edge.source) || !isDrawn(edge.target)) continue;
    drawn.add(edge.id);
    additions.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        relation: edge.relation,
        paragraphId: edge.paragraphId,
        paragraphLabel: edge.paragraphLabel,
        quote: edge.quote,
        phrase: edge.phrase,
      },
    });
  }
  cy.add(additions);
  applyFilters();
  renderRelationFilters();
  return additions.length;
}

/**
 * Rings around the root, one per hop: readable for the star a neighbourhood is, and the same drawing every time. Each
 * ring is made long enough for its nodes with their labels (nodeDimensionsIncludeLabels), so labels do not collide.
 */
function layout() {
  const visible = cy.elements(':visible');
  const root = cy.getElementById(state.rootId);
  const depth = new Map();
  if (root.length) {
    visible.breadthFirstSearch({ root, directed: false, visit: (node, _edge, _previous, _i, d) => void depth.set(node.id(), d) });
  }
  const deepest = Math.max(0, ...depth.values());
  visible
    .layout({
      name: 'concentric',
      concentric: (node) => deepest + 1 - (depth.has(node.id()) ? depth.get(node.id()) : deepest + 1),
      levelWidth: () => 1,
      minNodeSpacing: 4,
      nodeDimensionsIncludeLabels: true,
      avoidOverlap: true,
      startAngle: (3 / 2) * Math.PI,
      padding: 20,
      animate: false,
    })
    .run();
}

function showTruncation(view) {
  if (!view.truncated) {
    ui.truncated.hidden = true;
    ui.truncated.textContent = '';
    return;
  }
  const root = cy.getElementById(view.rootId);
  ui.truncated.textContent =
    `Truncated: the server stopped at ${view.limit} nodes around ${root.data('label') || view.rootId}, so some neighbours are not drawn. ` +
    'Untick relations or kinds to narrow the next expansion, or open the query in the IDE and raise its limit.';
  ui.truncated.hidden = false;
}

function rememberQuery(variables) {
  state.lastQuery = { query: NEIGHBOURHOOD_QUERY, variables };
  ui.ideLink.href = ideUrl(NEIGHBOURHOOD_QUERY, variables);
}

// ---- filters ---------------------------------------------------------------------------------------------

async function loadVocabulary() {
  try {
    const data = await graphql(VOCABULARY_QUERY, {}, setBusy);
    if (data.kinds) state.allKinds = data.kinds.enumValues.map((v) => v.name);
    state.allRelations = data.relations ? data.relations.enumValues.map((v) => v.name) : [];
  } catch (error) {
    say(`Could not read the relations and kinds: ${error.message}`, true);
  }
  fillFilters(ui.kindFilters, state.allKinds, state.hiddenKinds, 'kind');
  renderRelationFilters();
}

/** One box per relation drawn (the full list is long), plus any the user has unticked. */
function renderRelationFilters() {
  const counts = new Map();
  cy.edges().not('.bundle').forEach((edge) => counts.set(edge.data('relation'), (counts.get(edge.data('relation')) || 0) + 1));
  const known = state.allRelations.concat([...counts.keys()].filter((r) => !state.allRelations.includes(r)));
  const names = known.filter((r) => counts.has(r) || state.hiddenRelations.has(r));
  ui.relationFilters.querySelectorAll('label, p').forEach((element) => element.remove());
  if (!names.length) {
    const note = document.createElement('p');
    note.className = 'muted';
    note.textContent = 'The relations of the drawn edges appear here.';
    ui.relationFilters.append(note);
  }
  fillFilters(ui.relationFilters, names, state.hiddenRelations, 'relation', counts);
}

function fillFilters(fieldset, names, hidden, what, counts) {
  for (const name of names) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = !hidden.has(name);
    box.value = name;
    box.dataset.filter = what;
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(name);
      else hidden.add(name);
      applyFilters();
      // The IDE link follows the filters: it is the query the next expansion would send.
      if (state.lastQuery) rememberQuery(neighbourhoodVariables(state.lastQuery.variables.id));
    });
    label.append(box);
    if (what === 'kind') {
      const swatch = document.createElement('span');
      swatch.className = `swatch kind-${name}`;
      label.append(swatch);
    }
    label.append(document.createTextNode(counts ? `${name} (${counts.get(name) || 0})` : name));
    fieldset.append(label);
  }
}

/**
 * Hides nodes of unticked kinds, edges of unticked relations (and catalogue links in "citations only"), and nodes left
 * without a visible edge; then draws the parallel edges between two nodes as one bundle with a count.
 */
function applyFilters() {
  cy.batch(() => {
    cy.remove(cy.edges('.bundle'));
    cy.elements().removeClass('filtered bundled');
    cy.nodes().forEach((node) => {
      if (node.id() !== state.rootId && state.hiddenKinds.has(node.data('kind'))) node.addClass('filtered');
    });
    cy.edges().forEach((edge) => {
      const hiddenLink = state.citationsOnly && !edge.data('paragraphId');
      if (hiddenLink || state.hiddenRelations.has(edge.data('relation')) || edge.source().hasClass('filtered') || edge.target().hasClass('filtered')) {
        edge.addClass('filtered');
      }
    });
    cy.nodes().forEach((node) => {
      if (node.id() === state.rootId || state.expanded.has(node.id())) return;
      if (node.connectedEdges().not('.filtered').length === 0) node.addClass('filtered');
    });
    bundleParallelEdges();
  });
}

/** The key of the unordered pair of nodes an edge joins. */
const pairOf = (edge) => [edge.data('source'), edge.data('target')].sort().join('|');

/** Two or more visible edges between the same two nodes become one drawn edge, "RECALLS ×3" or "4 links"; a click expands it. */
function bundleParallelEdges() {
  const pairs = new Map();
  cy.edges().not('.filtered').forEach((edge) => {
    const key = pairOf(edge);
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(edge);
  });
  const bundles = [];
  for (const [key, edges] of pairs) {
    if (edges.length < 2 || state.unbundled.has(key)) continue;
    edges.forEach((edge) => edge.addClass('bundled'));
    const relations = [...new Set(edges.map((edge) => edge.data('relation')))];
    bundles.push({
      group: 'edges',
      classes: 'bundle',
      data: {
        id: `bundle:${key}`,
        source: edges[0].data('source'),
        target: edges[0].data('target'),
        pair: key,
        count: edges.length,
        bundleLabel: relations.length === 1 ? `${relations[0]} ×${edges.length}` : `${edges.length} links`,
      },
    });
  }
  cy.add(bundles);
}

/** The side panel for a node, with the actions behind its buttons. */
function selectNode(node) {
  const id = node.id();
  showNode(ui.details, node, {
    expanded: state.expanded.has(id),
    expand: () => expand(id).then(() => selectNode(cy.getElementById(id))),
    startHere: () => load(id),
  });
}

// ---- search ----------------------------------------------------------------------------------------------

/** Ids and UN symbols are drawn at once; anything else is a full-text search whose hits can be picked. */
async function find(text) {
  const input = text.trim();
  ui.results.replaceChildren();
  if (!input) return;
  if (ID_PATTERN.test(input)) return load(input);
  if (SYMBOL_PATTERN.test(input)) {
    try {
      const entity = (await graphql(BY_SYMBOL_QUERY, { symbol: input }, setBusy)).bySymbol;
      if (entity) return load(entity.id);
      say(`No document with the symbol ${input} in the graph; searching the words instead.`);
    } catch (error) {
      say(error.message, true);
      return;
    }
  }
  return search(input);
}

async function search(text) {
  let result;
  try {
    result = (await graphql(SEARCH_QUERY, { text }, setBusy)).search;
  } catch (error) {
    say(error.message, true);
    return;
  }
  ui.ideLink.href = ideUrl(SEARCH_QUERY, { text });
  if (!result.nodes.length) {
    say(`Nothing matches "${text}".`);
    return;
  }
  say(`${result.totalCount} matches${result.totalCount > result.nodes.length ? `, the best ${result.nodes.length} shown` : ''}. Pick one to draw it.`);
  for (const hit of result.nodes) {
    const isParagraph = hit.node.__typename === 'Paragraph';
    // A paragraph is drawn through its resolution: paragraph ids are "<resolution id>#op5".
    const target = isParagraph ? hit.node.id.split('#')[0] : hit.node.id;
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link';
    button.textContent = isParagraph ? `Paragraph ${hit.node.id.split('#')[1]} of ${target.replace(/^un:/, '')}` : `${hit.node.label || hit.node.id} (${hit.node.__typename})`;
    button.addEventListener('click', () => load(target));
    const snippet = document.createElement('span');
    snippet.className = 'snippet';
    snippet.textContent = hit.snippet;
    item.append(button, snippet);
    ui.results.append(item);
  }
}

// ---- wiring ----------------------------------------------------------------------------------------------

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  find(ui.input.value);
});

cy.on('tap', 'node', (event) => {
  const node = event.target;
  selectNode(node);
  if (!state.expanded.has(node.id())) expand(node.id()).then(() => selectNode(cy.getElementById(node.id())));
});
cy.on('select', 'edge', (event) => {
  if (!event.target.hasClass('bundle')) showEdge(ui.details, event.target);
});
cy.on('tap', 'edge', (event) => {
  const edge = event.target;
  if (!edge.hasClass('bundle')) return showEdge(ui.details, edge);
  // A bundle opens into its edges, each with its own relation and quote.
  state.unbundled.add(edge.data('pair'));
  say(`Expanded ${edge.data('count')} links between ${edge.source().data('label')} and ${edge.target().data('label')}.`);
  applyFilters();
});
cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));

ui.linkMode.addEventListener('change', (event) => {
  state.citationsOnly = event.target.value === 'citations';
  applyFilters();
  layout();
});
const exportName = () => (state.rootId || 'graph').replace(/^un:/, '').replace(/[^\w.-]+/g, '_');
ui.exportPng.addEventListener('click', () => exportPng(cy, exportName()));
ui.exportSvg.addEventListener('click', () => exportSvg(cy, exportName()));
ui.exportCsv.addEventListener('click', () => exportCsv(cy, exportName()));

// For tests and the browser console: the drawing and the actions behind the buttons.
window.explorer = { cy, load, expand, find, state };

loadVocabulary().then(async () => {
  const start = new URLSearchParams(window.location.search).get('id');
  if (start) {
    ui.input.value = start;
    load(start);
  } else {
    // A first look that says something: the instruments that guide the seed resolution, from its own words.
    const view = await load(START.id, { relations: START.relations });
    if (view) say(`What guides resolution ${START.id.replace(/^un:/, '')}: the instruments its "Guided by" paragraph cites. Click a node to expand it, or search above.`);
  }
  document.body.dataset.ready = 'true';
});
