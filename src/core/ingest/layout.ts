import { leadingPhrase } from './clauses';
import { DATE_ONLY } from './dates';
import { ORGAN_NAMES } from './organs';

/**
 * Paragraph boundaries in the body of a resolution, from the lines of the text alone. Texts arrive in three shapes:
 * paragraphs separated by blank lines (the seed, most web pages), one paragraph per line with no blank lines (saved
 * from Word), and lines hard-wrapped at 80-90 characters with no blank lines between paragraphs (pdftotext). A blank
 * line is only a hint: page breaks put them inside paragraphs, and PDF text often has none between paragraphs.
 */

/** A block of the body: one paragraph, sub-paragraph, closing line or footnote, its lines kept. */
export interface LayoutBlock {
  kind: 'text' | 'footnote';
  lines: string[];
}

export const ORGAN_LINE = new RegExp(`^The (${ORGAN_NAMES})\\s*,?$`);
export const FOOTNOTE_START =
  /^(\d{1,3})\s+(?=See\b|Ibid\b|United Nations\b|Official Records\b|Resolution\b|General Assembly\b|Human Rights Council\b|Commission on Human Rights\b|Economic and Social Council\b|Security Council\b|For the\b|Available\b|Report\b|Adopted\b|International Labour\b|ILO\b|Ibid\.|Supplement\b|Sales No\b|Vol\.|[AES]\/|CCPR\/|CERD\/|CEDAW\/|CRC\/|CAT\/|CMW\/|CRPD\/|HRI\/|https?:)/;
export const CLOSING_START = /^(\d{1,3})(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b|^\[?(?:Adopted|Resolution adopted) (?:without|by)\b|^\[?See chap\./;
/** The heading of an annexed text (a declaration, a programme of action), which is not part of the resolution's paragraphs. */
export const ANNEX = /^(?:Annex(?:es)?|ANNEX(?:ES)?)(?: [IVX]+)?\.?$/;
/** "1.", "(a)", "(iv)" left alone on a line: the paragraph's text follows on the next line. */
const NUMBER_ALONE = /^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxl]+)\))$/;
const NUMBERED = /^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxl]+)\))(?:\s|$)/;
/** The end of a paragraph, sub-paragraph or footnote, allowing a footnote marker glued after it ("Rights,1"). */
const ENDS_UNIT = /[.;:,!?”"\]](?:\s?\d{1,3})?$/;
/** Adjectives and past participles that open preambular paragraphs (UN Editorial Manual). */
const PREAMBULAR_ADJECTIVES =
  /^(?:(?:Also|Further|Deeply|Gravely|Seriously|Profoundly|Strongly|Firmly|Fully|Greatly|Particularly|Increasingly|Once again|Again)\s+)*(?:Aware|Mindful|Conscious|Cognizant|Convinced|Concerned|Preoccupied|Desirous|Determined|Alarmed|Guided|Encouraged|Disturbed|Troubled|Shocked|Appalled|Dismayed|Outraged|Gratified|Pleased|Satisfied|Heartened|Persuaded|Resolved|Confident|Anxious|Committed|Worried|Grateful|Sensitive|Acting|Having|Bearing|Keeping|Taking|Reaffirming|Recalling)\b/i;
/** Capitalised words ending in -ing that are names, not participles. */
const NOT_PARTICIPLES = new Set(['Beijing', 'Nanjing', 'Kunming', 'Wyoming', 'Sterling', 'Viking', 'Bing', 'King', 'Ring', 'Spring', 'Evening', 'Morning', 'Building', 'Meeting', 'Meetings', 'Training']);

/** True if `line` can open a paragraph of a resolution: a number, a sub-paragraph letter, or a leading phrase. */
export function opensParagraph(line: string): boolean {
  if (NUMBERED.test(line) || ORGAN_LINE.test(line) || CLOSING_START.test(line) || DATE_ONLY.test(line) || ANNEX.test(line)) return true;
  if (!/^[A-Z]/.test(line)) return false;
  if (PREAMBULAR_ADJECTIVES.test(line)) return true;
  const first = /^(?:(?:Also|Further|Again|Once again|Strongly|Firmly|Deeply|Gravely|Warmly|Fully|Furthermore|Moreover)\s+)*([A-Z][a-z-]+)/.exec(line)?.[1] ?? '';
  // "Stockpiling and Use of Chemical Weapons" (a title wrapped after "Development, Production,"): an -ing word followed
  // by a capitalised word after "and"/"of" is part of a name, unless the vocabulary knows it as a leading phrase.
  if (/^[A-Z][a-z-]{2,}ing$/.test(first) && !NOT_PARTICIPLES.has(first)) {
    return !/^\S+ (?:and|or|of) [A-Z]/.test(line) || leadingPhrase(line, 'PREAMBULAR').relation !== 'OTHER';
  }
  return leadingPhrase(line, 'PREAMBULAR').relation !== 'OTHER' || leadingPhrase(line, 'OPERATIVE').relation !== 'OTHER';
}

/** A line that always stands alone: the organ line, the closing lines, the annex heading. */
function standsAlone(line: string): boolean {
  return line.startsWith('\u0001table:') || ORGAN_LINE.test(line) || CLOSING_START.test(line) || DATE_ONLY.test(line) || ANNEX.test(line);
}

/**
 * True if the text is hard-wrapped (PDF extraction): most of its lines are short. Otherwise each line is a whole
 * paragraph (Word, web pages) and every line break ends one.
 */
export function isHardWrapped(lines: string[]): boolean {
  const text = lines.filter((l) => l.length > 0);
  if (text.length < 4) return false;
  const long = text.filter((l) => l.length > 110).length;
  return long / text.length < 0.2;
}

/**
 * Groups the lines of a resolution's body into blocks. Footnotes ("1 See resolution 2200 A (XXI), annex.") are set
 * apart wherever a page break put them, and a paragraph cut by a page break (and its footnotes) is joined again.
 */
export function toBlocks(lines: string[]): LayoutBlock[] {
  const wrapped = isHardWrapped(lines);
  const blocks: LayoutBlock[] = [];
  let gap = false;
  let lastFootnote = 0;
  /** The last text block: a paragraph that a page break cut continues there, past any footnotes. */
  let lastText: LayoutBlock | undefined;

  for (const line of lines) {
    if (line === '') {
      gap = true;
      continue;
    }
    const current = blocks[blocks.length - 1];
    const prev = current?.lines[current.lines.length - 1];
    const footnote = FOOTNOTE_START.exec(line);
    const isFootnote =
      footnote !== null && !DATE_ONLY.test(line.slice(0, 20)) && Number(footnote[1]) > lastFootnote && Number(footnote[1]) <= lastFootnote + 5 &&
      (prev === undefined || gap || current.kind === 'footnote' || ENDS_UNIT.test(prev) || standsAlone(prev));
    if (isFootnote) {
      lastFootnote = Number(footnote[1]);
      blocks.push({ kind: 'footnote', lines: [line] });
    } else if (current === undefined) {
      blocks.push((lastText = { kind: 'text', lines: [line] }));
    } else if (current.kind === 'footnote' && !gap && !opensParagraph(line)) {
      current.lines.push(line);
    } else if (current.kind === 'footnote' && lastText && continues(lastText.lines[lastText.lines.length - 1], line)) {
      // The paragraph goes on after the footnotes of its page: move it after them so its next lines find it.
      blocks.splice(blocks.indexOf(lastText), 1);
      blocks.push(lastText);
      lastText.lines.push(line);
    } else if (current.kind === 'text' && NUMBER_ALONE.test(prev!)) {
      current.lines.push(line);
    } else if (current.kind === 'text' && startsNewBlock(prev!, line, gap, wrapped)) {
      blocks.push((lastText = { kind: 'text', lines: [line] }));
    } else if (current.kind === 'text') {
      current.lines.push(line);
    } else {
      blocks.push((lastText = { kind: 'text', lines: [line] }));
    }
    gap = false;
  }
  return blocks;
}

function startsNewBlock(prev: string, line: string, gap: boolean, wrapped: boolean): boolean {
  if (standsAlone(line) || standsAlone(prev) || NUMBER_ALONE.test(line)) return true;
  const ended = ENDS_UNIT.test(prev);
  // One paragraph per line: a line break ends a paragraph unless the sentence visibly runs on.
  if (!wrapped && !gap) return ended ? !/^[a-z]/.test(line) : opensParagraph(line);
  if (gap) return !continues(prev, line);
  return ended && opensParagraph(line);
}

/** After a page break: the line carries on the paragraph if it starts in lower case or the paragraph had not ended. */
function continues(prev: string, line: string): boolean {
  if (opensParagraph(line)) return false;
  // "46/21 of 24 March 2021, S-29/1 ..." or "2021, and": a number that is not a paragraph's goes on with the sentence.
  if (/^\d/.test(line)) return true;
  return /^[a-z]/.test(line) || !ENDS_UNIT.test(prev);
}

/** Joins the lines of one block into one line, keeping hyphenated compounds ("Secretary-\nGeneral"). */
export function joinLines(lines: string[]): string {
  // Parts joined once at the end: growing one string and asking it endsWith() each line made long blocks quadratic.
  const parts: string[] = [];
  let hyphen = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (parts.length > 0 && !hyphen) parts.push(' ');
    parts.push(line);
    hyphen = line.endsWith('-');
  }
  return parts.join('');
}
