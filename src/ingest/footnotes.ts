import { CatalogueIndex } from './catalogue-index';
import { Mention } from './citations';

/** A footnote marker removed from a paragraph: where it stood in the cleaned text, and its number. */
export interface Marker {
  at: number;
  number: number;
}

/**
 * Removes footnote markers glued to words or set after punctuation ("Human Rights,3", "Punishment, 12"),
 * but only numbers the footnote block actually has, so "article 72" or "on 1 July" are never touched.
 */
export function stripMarkers(text: string, footnotes: Map<number, string>): { text: string; markers: Marker[] } {
  if (footnotes.size === 0) return { text, markers: [] };
  const markers: Marker[] = [];
  let out = '';
  let last = 0;
  const pattern = /(?<=[\p{L})\]”’.,;:])(\d{1,3})(?=[\s,;.:)]|$)|(?<=[,;]) (\d{1,3})(?= [a-z]|[,;.])/gu;
  for (const m of text.matchAll(pattern)) {
    const number = Number(m[1] ?? m[2]);
    if (!footnotes.has(number)) continue;
    out += text.slice(last, m.index!);
    markers.push({ at: out.length, number });
    last = m.index! + m[0].length;
  }
  return { text: out + text.slice(last), markers };
}

/** The instrument a footnote identifies: by Treaty Series volume and number, or as the annex of a known resolution. */
export function footnoteTarget(footnote: string, previous: string | undefined, index: CatalogueIndex): string | undefined {
  const series = /(?:Treaty Series|Ibid\.),? vol\. (\d+), No\. (\d+)/.exec(footnote);
  if (series) return index.byTreatySeries.get(`${series[1]}/${series[2]}`);
  if (/^Ibid\.?$/.test(footnote.trim())) return previous;
  const annex = /resolution (\d{1,4}\s?[A-Z]?\s?\([IVXLC]+\)|\d{1,3}\/\d{1,4}), annex\b/.exec(footnote);
  if (annex) {
    const compact = annex[1].replace(/\s+[A-Z](?=\s*\()/, '').replace(/\s+/g, '');
    const adopted = index.byAdoptingResolution.get(`un:A/RES/${compact}`) ?? [];
    return adopted.length === 1 ? adopted[0] : undefined;
  }
  return undefined;
}

/**
 * For each marker whose footnote identifies an instrument, a mention of that instrument on the title
 * printed just before the marker, unless a mention already covers those words.
 */
export function footnoteMentions(text: string, markers: Marker[], footnotes: Map<number, string>, index: CatalogueIndex, mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  let previous: string | undefined;
  for (const marker of markers) {
    const target = footnoteTarget(footnotes.get(marker.number) ?? '', previous, index);
    previous = target ?? previous;
    if (!target) continue;
    const end = text.slice(0, marker.at).replace(/[\s,;.:]+$/, '').length;
    if (mentions.some((m) => m.end === end || (m.start < end && end <= m.end))) continue;
    const title = /(?:[A-Z][\p{L}'-]*(?:,? (?:of|the|on|and|for|against|to|in|or|All|[A-Z][\p{L}'-]*))*)$/u.exec(text.slice(0, end));
    if (!title || title[0].split(' ').length < 2) continue;
    found.push({ start: end - title[0].length, end, quote: title[0], targets: [target] });
  }
  return found;
}
