// Exports of the current view: the drawing as PNG (cytoscape.js renders it) and as SVG (written here: nodes, edges and
// labels at their drawn positions), and its citations as CSV. Everything happens in the browser; nothing is sent.
import { KIND_COLOURS } from './drawing.js';

function download(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

const escapeXml = (text) => String(text == null ? '' : text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);

/** The drawn view as a PNG (twice the screen resolution, white background). */
export function exportPng(cy, name) {
  download(cy.png({ full: true, scale: 2, maxWidth: 4000, maxHeight: 4000, bg: '#ffffff', output: 'blob' }), `${name}.png`);
}

/** The drawn view as an SVG: what is visible, where it is drawn, with each edge's relation as its tooltip. */
export function svgOf(cy) {
  const visible = cy.elements(':visible');
  const box = visible.boundingBox({ includeLabels: true });
  const pad = 20;
  const lines = [];
  lines.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x1 - pad} ${box.y1 - pad} ${box.w + 2 * pad} ${box.h + 2 * pad}" font-family="sans-serif">`);
  lines.push('<rect x="-100000" y="-100000" width="200000" height="200000" fill="#ffffff"/>');
  visible.edges().forEach((edge) => {
    const s = edge.source().position();
    const t = edge.target().position();
    const label = edge.data('bundleLabel') || edge.data('relation');
    lines.push(`<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="#8a93a3" stroke-width="${edge.hasClass('bundle') ? 3 : 1.5}"><title>${escapeXml(label)}${edge.data('quote') ? `: ${escapeXml(edge.data('quote'))}` : ''}</title></line>`);
    if (edge.hasClass('bundle')) lines.push(`<text x="${(s.x + t.x) / 2}" y="${(s.y + t.y) / 2}" font-size="9" fill="#2c3a52" text-anchor="middle">${escapeXml(label)}</text>`);
  });
  visible.nodes().forEach((node) => {
    const p = node.position();
    const r = node.hasClass('root') ? 17 : 11;
    lines.push(`<circle cx="${p.x}" cy="${p.y}" r="${r}" fill="${KIND_COLOURS[node.data('kind')] || '#555555'}" stroke="#1d2433" stroke-width="${node.hasClass('root') ? 3 : 1}"><title>${escapeXml(node.data('title') || node.data('label'))}</title></circle>`);
    lines.push(`<text x="${p.x}" y="${p.y + r + 12}" font-size="11" fill="#1d2433" text-anchor="middle">${escapeXml(node.data('label'))}</text>`);
  });
  lines.push('</svg>');
  return lines.join('\n');
}

export function exportSvg(cy, name) {
  download(new Blob([svgOf(cy)], { type: 'image/svg+xml' }), `${name}.svg`);
}

const csvField = (value) => {
  const text = String(value == null ? '' : value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The citations in view (also those drawn inside a bundle), one row each: who cites what, where, with which words. */
export function citationsCsv(cy) {
  const rows = [['resolution', 'target', 'relation', 'paragraph', 'phrase', 'quote']];
  cy.edges()
    .not('.filtered')
    .not('.bundle')
    .filter((edge) => Boolean(edge.data('paragraphId')))
    .forEach((edge) => {
      rows.push([edge.data('source'), edge.data('target'), edge.data('relation'), edge.data('paragraphId'), edge.data('phrase'), edge.data('quote')]);
    });
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function exportCsv(cy, name) {
  download(new Blob([citationsCsv(cy)], { type: 'text/csv' }), `${name}-citations.csv`);
}
