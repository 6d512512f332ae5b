import { CatalogueIndex } from './catalogue-index';
import { Mention } from './citations';
import { MONTH } from './dates';

/** A footnote marker removed from a paragraph: where it stood in the cleaned text, and its number. */
export interface Marker {
  at: number;
  number: number;
}

/** Capitalised words that a number follows as part of the text: "Goal 17", "Article 5", "Protocol No. 1". */
const NUMBERED_WORDS = /^(?:Goal|Goals|Target|Article|Articles|Rule|Rules|Principle|Principles|Chapter|Section|Part|Annex|Appendix|Recommendation|No|Nos|Vol|Volume|Item|Paragraph|Resolution|Decision|Table|Figure|Box|Level|Phase|Covid|COVID)$/;

/**
 * Removes footnote markers glued to words or set after punctuation ("Human Rights,3", "Punishment, 12"),
 * but only numbers the footnote block actually has, so "article 72" or "on 1 July" are never touched.
 */
export function stripMarkers(text: string, footnotes: Map<number, string>, sequence?: { last: number }): { text: string; markers: Marker[] } {
  if (footnotes.size === 0) return { text, markers: [] };
  const markers: Marker[] = [];
  let out = '';
  let last = 0;
  // Glued ("Rights,3"), after punctuation ("Punishment, 12") or, as pdftotext sets superscripts, after a space that
  // follows a capitalised title word ("Development 17 and"), but not after words that take numbers ("Goal 17 and");
  // at the very end of a paragraph; glued to or after a dated year ("of 30 September 20111 and", "1997 12 and").
  // Never the start of a larger number ("Less 3,369,000").
  const pattern = new RegExp(
    [
      String.raw`(?<=[\p{L})\]”’.,;:])(?<!\d\.)(\d{1,3})(?=[\s;:)]|[,.](?!\d)|$)`,
      String.raw`(?<=[,;]) (\d{1,3})(?= [a-z]|[,;.](?!\d)|$)`,
      String.raw`(?<=\b(\p{Lu}[\p{L}-]*)) (\d{1,3})(?= [a-z]|[,;.:](?!\d)|$)`,
      String.raw`(?<=[\p{L}\d.)”’]) (\d{1,3})$`,
      String.raw`(?<=\b${MONTH} (?:1[89]|20)\d\d)(\d{1,3})(?=[\s;:)]|[,.](?!\d)|$)`,
      String.raw`(?<=\b${MONTH} (?:1[89]|20)\d\d) (\d{1,3})(?= [a-z]|[,;.:](?!\d)|$)`,
      String.raw`(?<=[,;]) (\d{1,3})(?= \p{Lu})`,
    ].join('|'),
    'gu',
  );
  for (const m of text.matchAll(pattern)) {
    if (m[4] !== undefined && NUMBERED_WORDS.test(m[3])) continue;
    if (m[5] !== undefined && /\b(?:[Gg]oals?|[Tt]argets?|[Aa]rticles?|[Pp]aragraphs?|[Aa]nnex|[Rr]esolutions?|[Dd]ecisions?|[Cc]hapter|[Ss]ection|[Pp]rinciples?|[Rr]ules?|No\.?|and|to|or)$/.test(text.slice(0, m.index!))) continue;
    // "A/98/256/Corr.1" or "Add.1": the digit ends a UN symbol, not a marker.
    if (/\/\S*$/.test(text.slice(Math.max(0, m.index! - 40), m.index!)) && !/[,;]$/.test(text.slice(0, m.index!))) continue;
    // "1,000" is a number, "2001,2" a year with its marker.
    if (m[1] !== undefined && m[1].length === 3 && /\d,$/.test(text.slice(0, m.index!))) continue;
    const number = Number(m[1] ?? m[2] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8]);
    if (!footnotes.has(number)) continue;
    // The guesses that a number could also be text ("1997 12 and", ", 26 States") are taken only for the next notes in order.
    const guess = m[6] !== undefined || m[7] !== undefined || m[8] !== undefined;
    if (guess && (!sequence || number <= sequence.last || number > sequence.last + 3)) continue;
    if (sequence) sequence.last = Math.max(sequence.last, number);
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
    // "the Optional Protocol thereto,2": the footnote names the protocol the text only points at.
    const title =
      /(?:Optional )?Protocols? thereto$/.exec(text.slice(0, end)) ??
      /(?:[A-Z][\p{L}'-]*(?:,? (?:of|the|on|and|for|against|to|in|or|All|[A-Z][\p{L}'-]*))*)$/u.exec(text.slice(0, end));
    if (!title || title[0].split(' ').length < 2) continue;
    found.push({ start: end - title[0].length, end, quote: title[0], targets: [target] });
  }
  return found;
}
