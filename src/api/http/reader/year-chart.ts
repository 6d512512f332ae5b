import { html, SafeHtml } from './html';

/** A bar chart of counts per year as inline SVG (no library, no style attributes: the page's CSP forbids them). */
export function renderYearChart(counts: Map<number, number>): SafeHtml | string {
  if (counts.size === 0) return '';
  const years = [...counts.keys()].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  const span = last - first + 1;
  const max = Math.max(...counts.values());
  const width = 640;
  const height = 120;
  const bar = Math.max(2, Math.floor((width - 40) / span));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const bars: SafeHtml[] = [];
  for (let y = first; y <= last; y++) {
    const n = counts.get(y) ?? 0;
    if (!n) continue;
    const h = Math.max(2, Math.round((n / max) * (height - 30)));
    const x = 20 + (y - first) * bar;
    bars.push(html`<rect class="bar" x="${x}" y="${height - 20 - h}" width="${Math.max(1, bar - 1)}" height="${h}"><title>${y}: ${n} resolution${n === 1 ? '' : 's'}</title></rect>`);
  }
  const summary = `Resolutions citing it per year, ${first} to ${last}: ${total} in all, most in one year ${max}.`;
  return html`<figure class="chart">
<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${summary}" xmlns="http://www.w3.org/2000/svg">
${bars}
<line class="axis" x1="20" y1="${height - 20}" x2="${width - 20}" y2="${height - 20}"></line>
<text class="tick" x="20" y="${height - 5}">${first}</text>
<text class="tick" x="${width - 20}" y="${height - 5}" text-anchor="end">${last}</text>
<text class="tick" x="20" y="12">${max}</text>
</svg>
<figcaption>${summary}</figcaption>
</figure>`;
}
