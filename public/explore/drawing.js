// How the drawing looks: node colours by kind, edge labels by relation.

/** Node colours by EntityType; the same colours are in explore.css (.swatch.kind-*). */
export const KIND_COLOURS = {
  Resolution: '#1f6fb4',
  Document: '#8a8f98',
  Instrument: '#2e9a47',
  Body: '#e07b16',
  Provision: '#9ccc65',
  Event: '#8e5cc0',
};

/** The cytoscape.js stylesheet. `.filtered` hides what the filters untick. */
export const DRAWING_STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': (node) => KIND_COLOURS[node.data('kind')] || '#555',
      color: '#1d2433',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': 84,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': 1,
      width: 22,
      height: 22,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.root', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1d2433', 'font-weight': 'bold' } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2433' } },
  {
    selector: 'edge',
    style: {
      // Edge labels only on hover and selection: 60 labels on one ring cannot be read anyway.
      label: '',
      width: 1.5,
      'line-color': '#a9b0bc',
      'target-arrow-color': '#a9b0bc',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'font-size': 8,
      color: '#5b6474',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': 1,
    },
  },
  { selector: 'edge[?quote]', style: { 'line-color': '#7d8fb3', 'target-arrow-color': '#7d8fb3' } },
  { selector: 'edge.hover, edge:selected', style: { label: 'data(relation)', 'font-size': 10, color: '#1d2433', 'z-index': 10 } },
  {
    selector: 'edge.bundle',
    style: { label: 'data(bundleLabel)', width: 3.5, 'line-color': '#5f6f8f', 'target-arrow-color': '#5f6f8f', 'font-size': 9, color: '#1d2433' },
  },
  { selector: '.bundled', style: { display: 'none' } },
  { selector: ':selected', style: { 'overlay-color': '#0b5cad', 'overlay-opacity': 0.25, 'line-color': '#0b5cad', 'target-arrow-color': '#0b5cad' } },
  { selector: '.filtered', style: { display: 'none' } },
];
