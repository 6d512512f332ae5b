// Over 400 lines: one segmenter (header, body, footnotes, closing) of one resolution layout; its readers share the
// SegmentedResolution being filled and the line patterns above them. Split by reader (header, body, closing) when it grows.
import { leadingPhrase } from './clauses';
import { IngestError } from './errors';
import { ANNEX, CLOSING_START, FOOTNOTE_START, joinLines, LayoutBlock, opensParagraph, ORGAN_LINE, toBlocks } from './layout';
import { PAGE_MARK, RULE_MARK } from './normalise';
import { DATE_ONLY, hasDate, isoDate } from './dates';
import { Organ, ORGAN_NAMES, organByName } from './organs';
import { HeaderAgenda, readAgenda } from './agenda-items';
import { setTablesApart, TABLE_MARK } from './tables';

/** A paragraph as printed, before clauses and citations are found. */
export interface RawParagraph {
  kind: 'PREAMBULAR' | 'OPERATIVE';
  number?: string;
  /** The part or section ("A", "II") of a resolution in parts or in sections each numbered from 1. */
  part?: string;
  text: string;
  /** The words printed once above a run of numbered paragraphs that they all continue: "Resolves that:". */
  chapeau?: string;
  /** Tables the paragraph announced ("as set out in the table below:"), set apart from its text, cells joined by " | ". */
  tables?: string[];
}

/** The structure of a resolution text: header facts, paragraphs, closing facts, footnotes. */
export interface SegmentedResolution {
  organ: Organ;
  /** DRAFT for a draft resolution (A/C.3/78/L.12, A/78/L.45/Rev.1); undefined for an adopted resolution. */
  kind?: 'DRAFT';
  symbol?: string;
  number?: string;
  title?: string;
  /** The States (or others) a draft names as submitting it, as printed. */
  sponsors?: string[];
  adoptedOn?: string;
  meetingNumber?: number;
  /** The closing meeting line as printed, e.g. "68th plenary meeting". */
  meetingLabel?: string;
  votingOutcome?: 'WITHOUT_VOTE' | 'RECORDED_VOTE' | 'CONSENSUS';
  votes?: { inFavour: number; against: number; abstentions: number };
  reportedIn?: { symbol: string; chapter?: string };
  /** The agenda item line(s) of the header and the session line above them (see agenda-items.ts). */
  agenda?: HeaderAgenda;
  paragraphs: RawParagraph[];
  footnotes: Map<number, string>;
  /** What the segmenter could not account for: text it left out, numbers that jump. Empty when all went well. */
  warnings: string[];
}

const SYMBOL_PREFIX = String.raw`(?:A\/HRC\/RES|A\/RES|E\/CN\.4\/RES|E\/RES|S\/RES)\/`;
const RESOLUTION_SYMBOL = new RegExp(String.raw`\b(${SYMBOL_PREFIX}[\w/().-]+)`);
/** A UN document symbol standing alone on a line (or after "United Nations"): "A/C.3/78/L.12/Rev.1", "A/RES/78/202". */
const OWN_SYMBOL = /^(?:United Nations\s+)?((?:A|E|S)(?:\/[A-Za-z0-9.()-]+)*\/[A-Za-z0-9.()-]*\d[A-Za-z0-9.()-]*)\*?(?:\s+Distr\..*)?$/;
/** The line of a draft that names who submits it: "Argentina, Brazil and Chile: draft resolution". */
const DRAFT_LINE = /^(.*?):?\s*(?:revised )?draft (?:resolution|decision)(?:\s+[AES]\/\S+)?$/i;
const RUNNING_SYMBOL = new RegExp(String.raw`^(${SYMBOL_PREFIX}[\w/().-]+)\s*(.*)$`);
/** A resolution's number as printed: "45/158", "2003/48", "2200 A (XXI)", "1325 (2000)". */
const NUMBER = String.raw`\d{1,4}\/\d{1,4}|\d{1,4}(?: [A-Z])? ?\([IVXLC]+\)|\d{1,4} ?\(\d{4}\)`;
/** A heading of a part or section: "A", "II", "B." alone or before its title ("III. Follow-up"). */
const PART_HEADING = /^([A-Z]|[IVXL]{1,6})\.?(?:\s+(.+))?$/;
/** The closing meeting line: "48th plenary meeting", "90th (resumed) plenary meeting", optionally with its date. */
const MEETING_LINE = /^(\d{1,3})(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting(?: \(resumed\))?\.?(?:\s+\d{1,2} \w+ \d{4})?$/i;

/** An operative paragraph's opening verb: "Decides", "Takes note", "Strongly condemns", "Also requests". */
const THIRD_PERSON_VERB = /^(?:(?:Also|Further|Again|Once again|Strongly|Firmly|Deeply|Warmly|Fully|Further|Reiterates and)\s+)?[A-Z][a-z]+(?:s|es)\b(?!\s+(?:of|and)\b)/;

/** Splits a normalised text into header, paragraphs, closing lines and footnotes. */
export function segment(text: string): SegmentedResolution {
  const lines = text.split('\n').map((l) => l.trim());
  let organAt = lines.findIndex((l) => ORGAN_LINE.test(l));
  refuseOtherDocuments(lines.slice(0, organAt >= 0 ? Math.min(organAt, 80) : 80));
  const warnings: string[] = [];
  let organ: Organ | undefined = organAt >= 0 ? organByName(ORGAN_LINE.exec(lines[organAt])![1]) : undefined;
  if (organAt < 0) {
    // Some PDFs leave the organ line out ("The General Assembly," is missing): the body then starts with the first
    // leading phrase after the title, and the organ is the one the header says adopted it.
    const found = bodyWithoutOrganLine(lines);
    const symbol = lines.slice(0, 40).map((l) => OWN_SYMBOL.exec(l)?.[1]).find(Boolean);
    const correction = symbol && /\/(Corr|Add)\.\d+$/.exec(symbol);
    if (correction) {
      throw new IngestError(
        `${symbol} is ${correction[1] === 'Corr' ? 'a corrigendum' : 'an addendum'}, which changes another document (corrections, added sponsors); it is not the text of a resolution. ` +
          'Ingest the corrected or revised text itself.',
      );
    }
    const unknownOrgan = lines.slice(0, found ? found.at : 80).map(unmark).find((l) => /^The \p{Lu}[\p{L} -]+,$/u.test(l));
    if (unknownOrgan) {
      throw new IngestError(
        `The organ line "${unknownOrgan}" names no organ this parser reads (${ORGAN_NAMES.split('|').join(', ')}), so the text is not read as a UN resolution. ` +
          'Check that the file holds the full text of one resolution of one of these organs.',
      );
    }
    if (!found) {
      throw new IngestError(
        'No organ line such as "The General Assembly," or "The Human Rights Council," was found, so this does not read as a UN resolution. ' +
          'Check that the file holds the full text of one resolution.',
      );
    }
    organ = found.organ;
    organAt = found.at - 1;
    warnings.push(`The text has no organ line such as "The ${organ.names[0]},"; its body was taken to start at "${lines[found.at].slice(0, 60)}".`);
  }
  const result: SegmentedResolution = { organ: organ!, paragraphs: [], footnotes: new Map(), warnings };
  // "78/70. Title" / "A" / "Subtitle" / "The General Assembly,": the first part's letter printed above the organ line.
  let headerEnd = Math.max(0, organAt);
  let firstPart: string | undefined;
  for (let j = headerEnd - 1, seen = 0; j >= 0 && seen < 4; j--) {
    const line = unmark(lines[j]);
    if (line === '') continue;
    seen++;
    const letter = /^([A-H])\.?$/.exec(line);
    if (letter) {
      firstPart = letter[1];
      headerEnd = j;
      break;
    }
    if (new RegExp(String.raw`^(?:${NUMBER})\.`).test(line) || DRAFT_LINE.test(line)) break;
  }
  const header = lines.slice(0, headerEnd).map(unmark);
  readHeader(header, result);
  result.agenda = readAgenda(header);


  const { lines: body, tables } = setTablesApart(setFootnotesApart(dropRunningHeaders(lines.slice(organAt + 1), result), result.footnotes));
  readBody(body, result, firstPart, tables);
  if (result.paragraphs.length === 0) {
    throw new IngestError('The text has an organ line but no paragraphs after it. Check that the file holds the full text of the resolution.');
  }
  return result;
}

/**
 * Documents of the same series that are not the text of a resolution or draft: amendments to a draft ("Belarus:
 * amendments to draft resolution A/C.3/78/L.40"), statements of programme budget implications, and a Main Committee's
 * report, which quotes the draft resolutions it recommends (each with its organ line) and would otherwise be read as one.
 */
function refuseOtherDocuments(header: string[]): void {
  const symbol = header.map((l) => OWN_SYMBOL.exec(l)?.[1]).find(Boolean) ?? 'This document';
  for (const line of header) {
    const amendment = /\bamendments? to (?:the )?(?:revised )?draft (?:resolution|decision) ([AES]\/\S+?)\.?$/i.exec(line);
    if (amendment) {
      throw new IngestError(`${symbol} proposes amendments to draft ${amendment[1]}: it changes the words of another draft and is not the text of a resolution. Ingest the draft itself, or the resolution adopted from it.`);
    }
    if (/^(?:Programme budget implications|Statement submitted by the Secretary-General in accordance with rule 153)\b/i.test(line)) {
      throw new IngestError(`${symbol} is a statement of programme budget implications of a draft, not the text of a resolution. Ingest the draft itself, or the resolution adopted from it.`);
    }
    const report = /^Report of the ((?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee \(Fourth Committee\))$/.exec(line);
    if (report) {
      throw new IngestError(`${symbol} is a report of the ${report[1]}, which recommends draft resolutions; it is not itself a resolution. Ingest each resolution as adopted (A/RES/...) or each draft (A/C.n/.../L...).`);
    }
  }
}

/** Where the body starts, and which organ adopted the text, when the organ line is missing. */
function bodyWithoutOrganLine(lines: string[]): { at: number; organ: Organ } | undefined {
  const header = lines.slice(0, 80).map(unmark);
  const adoptedBy = header.map((l) => new RegExp(String.raw`^Resolution adopted by the (${ORGAN_NAMES})\b`).exec(l)).find(Boolean);
  const titled = header.findIndex((l) => new RegExp(String.raw`^(?:${NUMBER})\.(?:\s|$)`).test(l) || DRAFT_LINE.test(l));
  if (!adoptedBy || titled < 0) return undefined;
  let i = titled + 1;
  while (i < lines.length && unmark(lines[i]) !== '') i++;
  for (; i < lines.length && i < titled + 40; i++) {
    const line = unmark(lines[i]);
    if (line !== '' && (/^\d{1,3}\.(?:\s|$)/.test(line) || leadingPhrase(line, 'PREAMBULAR').relation !== 'OTHER')) {
      return { at: i, organ: organByName(adoptedBy[1])! };
    }
  }
  return undefined;
}

/** The line with page marks taken for blank lines. */
function unmark(line: string): string {
  return line === PAGE_MARK || line === RULE_MARK ? '' : line;
}

/**
 * Sets apart the footnotes printed below a rule ("__________"): everything from the rule to the next page's
 * furniture or running header is footnotes, each starting with its number. Returns the body with those lines blank.
 */
function setFootnotesApart(lines: string[], footnotes: Map<number, string>): string[] {
  const out = lines.map(unmark);
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== RULE_MARK) continue;
    let j = i + 1;
    while (j < lines.length && lines[j] === '') j++;
    const first = /^(\d{1,3}|\*{1,3})\s/.exec(lines[j] ?? '');
    // A rule that no numbered (or starred: "* Reissued for technical reasons") note follows is not a footnote rule.
    if (!first || (first[1][0] !== '*' && (Number(first[1]) <= last - 5 || Number(first[1]) > last + 8))) continue;
    let current: { number: number; lines: string[] } | undefined;
    const flush = () => {
      if (current) footnotes.set(current.number, joinLines(current.lines));
    };
    for (j = i + 1; j < lines.length && lines[j] !== PAGE_MARK && lines[j] !== RULE_MARK; j++) {
      const line = lines[j];
      out[j] = '';
      if (line === '') continue;
      const start = /^(\d{1,3})\s+(\S.*)$/.exec(line);
      // Notes run on from one number to the next: "10 – 14 January 2005" inside note 3 is not note 10.
      if (start && (current ? Number(start[1]) === current.number + 1 : Number(start[1]) > last && Number(start[1]) <= last + 8)) {
        flush();
        current = { number: Number(start[1]), lines: [start[2]] };
      } else if (/^\*{1,3}\s/.test(line)) {
        // An editor's note ("* Reissued for technical reasons ..."), not a numbered footnote.
        flush();
        current = undefined;
      } else if (current) current.lines.push(line);
    }
    flush();
    last = Math.max(last, ...footnotes.keys());
    i = j - 1;
  }
  return out;
}

/** The kind of block a heading line is: a part letter, a section numeral, or a titled heading. */
type HeadingKind = 'letter' | 'numeral';

/**
 * Reads the body: paragraphs (numbered, lettered sub-paragraphs joined to their parent), headings of parts and
 * sections (neither paragraphs nor glued to one), footnotes, the annex (left out) and the closing lines.
 */
function readBody(body: string[], result: SegmentedResolution, firstPart?: string, tables: string[] = []): void {
  const closing: string[] = [];
  const after: string[] = [];
  let annex = false;
  /** The latest heading of each kind, and whether the operative numbering restarted after a heading of that kind. */
  const heading: Partial<Record<HeadingKind, string>> = firstPart ? { letter: firstPart } : {};
  const sections: { letter?: string; numeral?: string }[] = [];
  let restartedAfter: HeadingKind | undefined;
  let headingSinceOperative: HeadingKind | undefined;
  let expected = 1;
  let headingTitlePending = false;
  let afterHeading = false;
  let listNext: number | undefined;
  /** "Resolves that:" printed above paragraphs 1, 2, ...: the verb every one of them continues, until a heading. */
  let chapeau: string | undefined;
  const blocks = toBlocks(body);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (annex) continue;
    if (block.kind === 'footnote') {
      const start = FOOTNOTE_START.exec(block.lines[0])!;
      result.footnotes.set(Number(start[1]), joinLines([block.lines[0].slice(start[0].length), ...block.lines.slice(1)]));
      continue;
    }
    const line = joinLines(block.lines);
    if (line.startsWith(TABLE_MARK)) {
      // A table set apart: it belongs to the paragraph that announced it, not to its text.
      const table = tables[Number(line.slice(TABLE_MARK.length))];
      const owner = result.paragraphs[result.paragraphs.length - 1];
      if (owner && closing.length === 0) (owner.tables ??= []).push(table);
      else result.warnings.push(`A table outside any paragraph was not read: "${table.slice(0, 60)}".`);
      continue;
    }
    if (ANNEX.test(line)) {
      // What follows is the annexed text (a declaration, a programme), not paragraphs of the resolution.
      annex = true;
      if (closing.length === 0 && result.kind !== 'DRAFT') {
        result.warnings.push('An annex begins before the closing line (such as "48th plenary meeting"): the text after "Annex" was read as the annex, not as paragraphs of the resolution.');
      }
      continue;
    }
    if (closing.length === 0 && (MEETING_LINE.test(line) || (CLOSING_START.test(line) && !/^\d/.test(line)) || (DATE_ONLY.test(line) && nextIsMeeting(blocks, b)))) {
      closing.push(line);
      continue;
    }
    if (closing.length > 0) {
      // The closing lines, and a recorded vote's lists ("The voting was as follows:" / "In favour: ..." / "Against: ...").
      if (MEETING_LINE.test(line) || DATE_ONLY.test(line) || /^\[?(?:Adopted|Resolution adopted|See chap|The voting was|In favour|Against|Abstaining|Abstentions)\b/.test(line) || closing.join(' ').lastIndexOf('[') > closing.join(' ').lastIndexOf(']') || /^(?:In favour|Against|Abstaining):/.test(closing[closing.length - 1])) closing.push(line);
      else after.push(line);
      continue;
    }
    if (ORGAN_LINE.test(line)) {
      // The organ line again: a resolution in parts (A, B) prints it at the head of each part.
      chapeau = undefined;
      headingSinceOperative ??= heading.letter !== undefined ? 'letter' : heading.numeral !== undefined ? 'numeral' : undefined;
      continue;
    }
    const last = result.paragraphs[result.paragraphs.length - 1];
    const partHeading = PART_HEADING.exec(line);
    if (partHeading && isHeading(line, partHeading, last)) {
      leftOutAsHeading(line, result);
      const kind: HeadingKind = /^[IVXL]+$/.test(partHeading[1]) && partHeading[1] !== 'L' ? 'numeral' : 'letter';
      heading[kind] = partHeading[1];
      chapeau = undefined;
      headingTitlePending = partHeading[2] === undefined;
      afterHeading = true;
      if (kind === 'numeral') delete heading.letter;
      headingSinceOperative = kind === 'numeral' || headingSinceOperative !== 'numeral' ? kind : headingSinceOperative;
      continue;
    }
    if (headingTitlePending) {
      headingTitlePending = false;
      // "II" / "Implementation of the 1995 Agreement ...": the title of the section printed under its numeral.
      if (!/^\d{1,3}\.\s/.test(line) && !/[,;:]\s?\d{0,3}$/.test(line) && line.length < 400 && leadingPhrase(line, 'PREAMBULAR').relation === 'OTHER') {
        leftOutAsHeading(line, result);
        continue;
      }
    }
    if (isTitledHeading(line, last, blocks[b + 1])) {
      leftOutAsHeading(line, result);
      afterHeading = true;
      chapeau = undefined;
      continue;
    }
    const operative = /^(\d{1,3})\.\s+([\s\S]+)$/.exec(line);
    if (operative) {
      afterHeading = false;
      const n = Number(operative[1]);
      if (n === 1 && expected > 1 && headingSinceOperative) {
        restartedAfter ??= headingSinceOperative;
        expected = 1;
      }
      // Inside a numbered list a paragraph announced with a colon, "2. Adoption of the agenda." is the list's item 2.
      // "Adopts the following declaration:" (unnumbered, not a chapeau) then "1. ...": the numbers are the quoted text's.
      const quoted = n === 1 && expected === 1 && last?.kind === 'OPERATIVE' && last.number === undefined && /:/.test(last.text) && !isChapeau(last);
      const inList = quoted || (listNext !== undefined && n === listNext && !THIRD_PERSON_VERB.test(operative[2]));
      const listItem = inList || (n !== expected && !(n > expected && n <= expected + 2 && last && !/:$/.test(last.text)));
      listNext = listItem && last ? n + 1 : undefined;
      if (!listItem || !last) {
        if (n !== expected) result.warnings.push(`Operative paragraph ${n} follows ${expected - 1}: paragraph ${expected} was not found.`);
        if (n === 1 && last && isChapeau(last)) {
          // "Resolves that:" / "1. The Working Capital Fund shall ...": the verb's words are not a paragraph of their
          // own but the opening of each numbered paragraph under them.
          chapeau = last.text;
          result.paragraphs.pop();
          sections.pop();
        } else if (n === 1) chapeau = undefined;
        // A paragraph that opens with its own verb ends the run the chapeau governs.
        if (chapeau && leadingPhrase(operative[2], 'OPERATIVE').relation !== 'OTHER') chapeau = undefined;
        result.paragraphs.push({ kind: 'OPERATIVE', number: operative[1], text: operative[2], ...(chapeau ? { chapeau } : {}) });
        sections.push({ ...heading });
        expected = n + 1;
        headingSinceOperative = undefined;
        continue;
      }
      // A numbered list quoted inside a paragraph (an agenda, an amended article): part of that paragraph.
      last.text = `${last.text} ${line}`;
      continue;
    }
    // After a heading, a section's own preamble starts again ("II" / "Recalling its resolution ...").
    const startsSection = afterHeading && last?.kind === 'OPERATIVE' && !/^[a-z(]/.test(line);
    afterHeading = false;
    // Not one that ends with a comma ("XXVI" / "Contingency fund" / "Recalls its resolution 77/263 A, ..., or 25,472,300
    // dollars," / "1. Notes ..."): that is the section's preamble, whatever its verb's form.
    if (startsSection && THIRD_PERSON_VERB.test(line) && !/,\s?\d{0,3}$/.test(line)) {
      // A section whose only operative paragraph has no number ("XX" / "Approves resources ...").
      result.paragraphs.push({ kind: 'OPERATIVE', text: line });
      sections.push({ ...heading });
      continue;
    }
    const newPreamble = startsSection && leadingPhrase(line, 'PREAMBULAR').relation !== 'OTHER';
    if (last && !newPreamble && (last.kind === 'OPERATIVE' || /^\(([a-z]{1,2}|[ivxl]+)\)\s/.test(line) || /:$/.test(last.text) || /^[a-z]/.test(line))) {
      last.text = `${last.text} ${line}`;
    } else {
      // "Takes note of the revised estimates ...;" after the preamble, with no number: an operative paragraph.
      const unnumbered = THIRD_PERSON_VERB.test(line) && leadingPhrase(line, 'OPERATIVE').relation !== 'OTHER' && !/,\s?\d{0,3}$/.test(line);
      result.paragraphs.push({ kind: unnumbered ? 'OPERATIVE' : 'PREAMBULAR', text: line });
      sections.push({ ...heading });
    }
  }
  if (restartedAfter) {
    result.paragraphs.forEach((p, i) => {
      const part = sections[i][restartedAfter!];
      if (part) p.part = part;
    });
  }
  markUnnumberedOperative(result.paragraphs);
  if (!result.paragraphs.some((p) => p.kind === 'OPERATIVE')) result.warnings.push('No operative paragraph was found: the text may be cut short or its paragraphs unnumbered in a way the parser does not read.');
  // An adopted resolution ends with its meeting line; a draft has none.
  if (closing.length === 0 && result.kind !== 'DRAFT' && !annex) result.warnings.push('No closing line (such as "48th plenary meeting") was found: the text may be cut short.');
  // The closing lines are read as one text: a wrapped "[Adopted by a recorded vote of ..." spans several lines.
  if (closing.length > 0) readClosing(closing.join(' '), result);
  const unread = after.filter((l) => /^\d{1,3}\.\s|^[A-Z][a-z]+/.test(l) && l.length > 40);
  if (unread.length > 0) {
    result.warnings.push(`${unread.length} block(s) of text after the closing lines were not read as paragraphs, starting "${unread[0].slice(0, 60)}".`);
  }
}

/**
 * "Resolves that:", "Decides that, for the year 2024:", "Declares:": an unnumbered paragraph that is only an operative
 * verb's opening, ending with a colon, printed above paragraph 1 (the Working Capital Fund, budget appropriations).
 */
function isChapeau(p: RawParagraph): boolean {
  if (p.number !== undefined || !/:$/.test(p.text) || p.text.length >= 200 || /[;.]/.test(p.text) || !THIRD_PERSON_VERB.test(p.text)) return false;
  const lead = leadingPhrase(p.text, 'OPERATIVE');
  // The verb alone, or with "that" and what qualifies it: not "Adopts the following declaration:", whose numbered
  // paragraphs are the quoted text's, not the resolution's.
  return lead.relation !== 'OTHER' && /^(?:\s+that\b.*|,.*)?:$/.test(p.text.slice(lead.phrase.length));
}

/**
 * Headings are left out of the paragraphs on purpose; one as long as a paragraph, or that ends like a sentence, may
 * be a paragraph the parser could not place: say so rather than drop it silently.
 */
function leftOutAsHeading(line: string, result: SegmentedResolution): void {
  if (line.length > 300 || (line.length > 100 && /[.;]$/.test(line))) {
    result.warnings.push(`A block read as a heading was left out of the paragraphs: "${line.slice(0, 80)}${line.length > 80 ? '…' : ''}" (${line.length} characters).`);
  }
}

/** A date line is a closing line only where the meeting line follows it. */
function nextIsMeeting(blocks: LayoutBlock[], b: number): boolean {
  const next = blocks.slice(b + 1).find((x) => x.kind === 'text');
  return next !== undefined && MEETING_LINE.test(joinLines(next.lines));
}

/** "II" or "B. Follow-up" standing alone, not a sentence of a paragraph nor an item of a list it introduced. */
function isHeading(line: string, m: RegExpExecArray, last: RawParagraph | undefined): boolean {
  if (m[2] !== undefined && (/[,;:]$/.test(m[2]) || m[2].length > 400 || /^[a-z]/.test(m[2]))) return false;
  // "A. Pension Administration" heading a table inside an operative paragraph that announced it with a colon.
  if (last && /:$/.test(last.text) && m[2] !== undefined && /^[A-Z]$/.test(m[1])) return true;
  return true;
}

/**
 * A heading without a numeral ("Follow-up", "Strengthening the treaty bodies"): a short line that ends without the
 * punctuation every paragraph ends with, after a paragraph that had ended and before one that opens with a number or
 * a leading phrase.
 */
function isTitledHeading(line: string, last: RawParagraph | undefined, next: LayoutBlock | undefined): boolean {
  if (line.length > 300 || /[.,;:!?”")\]]\s?\d{0,3}$/.test(line) || !/^[A-Z]/.test(line) || /^\d/.test(line)) return false;
  if (!last || /:$/.test(last.text) || !/[.,;]\s?\d{0,3}$/.test(last.text)) return false;
  if (!next || next.kind !== 'text') return false;
  const following = joinLines(next.lines);
  return /^\d{1,3}\.\s/.test(following) || opensParagraph(following);
}

/**
 * A resolution whose only operative paragraph has no number ("Endorses the political declaration ..."): the last
 * paragraphs that open with a verb in the third person and do not end with a comma are operative.
 */
function markUnnumberedOperative(paragraphs: RawParagraph[]): void {
  if (paragraphs.some((p) => p.kind === 'OPERATIVE')) return;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i];
    if (/,\s?\d{0,3}$/.test(p.text) || leadingPhrase(p.text, 'OPERATIVE').relation === 'OTHER' && !THIRD_PERSON_VERB.test(p.text)) break;
    p.kind = 'OPERATIVE';
  }
}

/**
 * Drops what PDF pages repeat at their top: the symbol alone or followed by the title ("A/RES/74/148 Protection of
 * migrants"), and the title on a line of its own next to the symbol.
 */
function dropRunningHeaders(lines: string[], seg: SegmentedResolution): string[] {
  const blank = (line: string | undefined) => line === '' || line === PAGE_MARK || line === RULE_MARK;
  const isSymbolLine = (line: string | undefined): boolean => {
    if (line === undefined) return false;
    if (seg.symbol !== undefined && (line === seg.symbol || line.startsWith(`${seg.symbol} `)) && !RUNNING_SYMBOL.test(line)) {
      const rest = line.slice(seg.symbol.length).trim();
      return rest === '' || isTitle(rest, seg);
    }
    const m = RUNNING_SYMBOL.exec(line);
    return Boolean(m && (m[2] === '' || isTitle(m[2], seg) || (seg.symbol !== undefined && m[1] === seg.symbol && m[2].length < 120 && !/[;,]$/.test(m[2]))));
  };
  const nextText = (i: number, step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (!blank(lines[j])) return lines[j];
    return undefined;
  };
  /** The next line that is not empty, page marks included. */
  const nextLine = (i: number, step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j] !== '') return lines[j];
    return undefined;
  };
  const kept = [...lines];
  for (let i = 0; i < kept.length; i++) {
    if (blank(kept[i])) continue;
    let printed: string | undefined;
    if (isSymbolLine(kept[i])) printed = kept[i].startsWith(seg.symbol ?? '\u0000') && !RUNNING_SYMBOL.test(kept[i]) ? kept[i].slice(seg.symbol!.length).trim() : RUNNING_SYMBOL.exec(kept[i])![2];
    else if (seg.title && (kept[i] === seg.title || (kept[i].length >= 20 && seg.title.startsWith(kept[i])))) {
      // The title over one or more lines, with the symbol just before or just after it.
      let j = i;
      let joined = kept[i];
      while (j + 1 < kept.length && !blank(kept[j + 1]) && seg.title!.startsWith(`${joined} ${kept[j + 1]}`)) joined = `${joined} ${kept[++j]}`;
      // Or on a page of its own without the symbol: the title, then the page number and job number (A/RES/78/159).
      if (isSymbolLine(nextText(i, -1)) || isSymbolLine(nextText(j, 1)) || nextLine(j, 1) === PAGE_MARK) {
        for (let k = i; k <= j; k++) kept[k] = PAGE_MARK;
        i = j;
        continue;
      }
    }
    if (printed !== undefined) {
      kept[i] = PAGE_MARK;
      // A long title may run over two (or three) lines of the running header.
      while (printed !== '' && seg.title && i + 1 < kept.length && !blank(kept[i + 1]) && seg.title.startsWith(`${printed} ${kept[i + 1]}`)) {
        printed = `${printed} ${kept[++i]}`;
        kept[i] = PAGE_MARK;
      }
    }
  }
  return kept;
}

function isTitle(text: string, seg: SegmentedResolution): boolean {
  if (!seg.title || text === '') return false;
  return text === seg.title || (text.length >= 20 && !/[.;,]$/.test(text) && seg.title.startsWith(text));
}

/**
 * Reads the lines before the organ line: symbol, number, title, adoption date, report. The title is the text printed
 * with the number ("45/158. International Convention ..."), or the lines after a number printed alone ("53/1."),
 * or else the longest run of other lines, leaving out the agenda item's title.
 */
function readHeader(lines: string[], out: SegmentedResolution): void {
  const runs: { text: string; afterNumber: boolean; afterAgenda: boolean }[] = [];
  let run: string[] = [];
  let afterNumber = false;
  let afterAgenda = false;
  let previous: 'number' | 'titled' | 'agenda' | 'other' = 'other';
  const flush = () => {
    if (run.length) runs.push({ text: joinLines(run), afterNumber, afterAgenda });
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line === '') {
      if (run.length) flush();
      if (previous === 'titled') previous = 'other';
      continue;
    }
    // "Resolution adopted by the General Assembly" / "on 18 December 2019"; "[on the report of ..." / "(A/74/399/Add.2)]"
    while (i + 1 < lines.length && lines[i + 1] !== '' && ((/^Resolution adopted by\b/.test(line) && !hasDate(line)) || (/^\[/.test(line) && !/\]/.test(line)))) {
      line = `${line} ${lines[++i]}`;
    }
    // "Argentina, Brazil, Chile and" / "Slovenia: revised draft resolution": the sponsors' line may wrap.
    // "Draft resolution submitted by the President of the General Assembly": no sponsor States; the title follows.
    if (out.kind === 'DRAFT' && /^(?:Revised )?[Dd]raft (?:resolution|decision) submitted by\b/.test(line)) {
      while (i + 1 < lines.length && /^[(a-z]/.test(lines[i + 1])) line = `${line} ${lines[++i]}`;
      flush();
      previous = 'number';
      continue;
    }
    if (DRAFT_LINE.test(line) && out.sponsors === undefined) {
      // "Cuba (on behalf of the States Members ... of the Group" / "of 77 and China): draft resolution": a line that starts
      // in lower case goes on the line before.
      while (run.length > 0 && (!afterAgenda || /(?:,|\band)$/.test(run[run.length - 1]) || /^[a-z]/.test(line))) line = `${run.pop()} ${line}`;
      out.sponsors = sponsorsOf(line);
      flush();
      previous = 'number';
      continue;
    }
    const fact = readHeaderLine(line, out);
    // A wrapped title goes on whatever its next line looks like ("... special session of the" / "General Assembly").
    if (!fact && previous === 'titled' && out.title && !/[.;]$/.test(out.title) && !/^(?:Distr\.|Original:|Agenda item|Item \d)/.test(line)) {
      out.title = `${out.title} ${line}`;
      continue;
    }
    if (!fact && run.length > 0 && afterNumber && !/^(?:Distr\.|Original:|Agenda item|Item \d)/.test(line)) {
      run.push(line);
      continue;
    }
    if (fact || isFurniture(line)) {
      flush();
      previous = fact === 'number' ? 'number' : fact === 'titled' ? 'titled' : /^(Agenda item|Item) /.test(line) ? 'agenda' : 'other';
      continue;
    }
    if (run.length === 0) {
      afterNumber = previous === 'number';
      afterAgenda = previous === 'agenda';
    }
    run.push(line);
  }
  flush();
  if (out.title) return;
  const title = runs.find((r) => r.afterNumber) ?? [...runs].filter((r) => !r.afterAgenda).sort((a, b) => b.text.length - a.text.length)[0];
  if (title) out.title = title.text;
}

/** Reads one header line into `out`; says which kind of header fact it was, if any. */
function readHeaderLine(line: string, out: SegmentedResolution): 'symbol' | 'number' | 'titled' | 'fact' | undefined {
  const own = OWN_SYMBOL.exec(line);
  const symbol = own ?? (line.length < 60 ? new RegExp(`^${RESOLUTION_SYMBOL.source}`).exec(line) : null);
  // "Human Rights Council resolution 7/16." or "Resolution 7/16": not "resolution 1863 (2009)" wrapped from an agenda title.
  const named = new RegExp(String.raw`^(?:(?:${ORGAN_NAMES}|Human rights) resolution|Resolution) (${NUMBER})(?:\.\s*(.*))?$`).exec(line);
  const numbered = new RegExp(String.raw`^(${NUMBER})\.(?:\s+(.+))?$`).exec(line);
  const adopted = /^Resolution adopted by the [\w ]+? on (.+)$/.exec(line);
  const adoptedSc = /^Adopted by the Security Council at its ((\d+)(?:st|nd|rd|th) meeting),? on (.+)$/.exec(line);
  const report = /^\[(?:on the (?:report|recommendation) of the .*?|without reference to a Main Committee )\(([AE]\/[\w./]+)/.exec(line);
  if (symbol) {
    if (out.symbol === undefined) {
      out.symbol = symbol[1].replace(/[.,]$/, '');
      if (/\/L\.\d/.test(out.symbol)) out.kind = 'DRAFT';
    }
    return 'symbol';
  }
  if (named || numbered) {
    const m = (numbered ?? named)!;
    // The number printed before the title ("78/309.") is the text's own, whatever an earlier line named.
    if (numbered && out.title === undefined) out.number = m[1].replace(/\s+/g, ' ').trim();
    else out.number ??= m[1].replace(/\s+/g, ' ').trim();
    if (!m[2]) return 'number';
    if (out.title !== undefined) return 'fact';
    out.title = m[2].trim();
    return 'titled';
  }
  if (adopted) out.adoptedOn ??= isoDate(adopted[1]);
  if (adoptedSc) {
    out.adoptedOn ??= isoDate(adoptedSc[3]);
    out.meetingNumber ??= Number(adoptedSc[2]);
    out.meetingLabel ??= adoptedSc[1];
  }
  if (report) out.reportedIn ??= { symbol: report[1] };
  return adopted || adoptedSc || report ? 'fact' : undefined;
}

/** Country names that hold " and ", so that a list of sponsors is not split inside them. */
const NAMES_WITH_AND = /(?:Antigua and Barbuda|Bosnia and Herzegovina|Saint Kitts and Nevis|Saint Vincent and the Grenadines|Sao Tome and Principe|Trinidad and Tobago|United Kingdom of Great Britain and Northern Ireland)$/;

/**
 * "Argentina, Bolivia (Plurinational State of) and Chile: draft resolution" -> the sponsors as printed. A draft
 * "submitted by the President of the General Assembly" or by a Committee's officer names no sponsor States: none.
 */
function sponsorsOf(line: string): string[] | undefined {
  const m = DRAFT_LINE.exec(line);
  const list = m?.[1].trim().replace(/:$/, '') ?? '';
  if (list === '' || /^(?:Draft|Revised|submitted)\b/i.test(list) || /\bsubmitted by\b/i.test(list)) return undefined;
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  const lastPart = parts.pop()!;
  const known = NAMES_WITH_AND.exec(lastPart);
  const before = known ? lastPart.slice(0, known.index).replace(/\s+and\s*$/, '') : lastPart.slice(0, lastPart.lastIndexOf(' and ')).trim();
  const final = known ? known[0] : lastPart.includes(' and ') && !/\([^)]*\band\b[^)]*\)$/.test(lastPart) ? lastPart.slice(lastPart.lastIndexOf(' and ') + 5).trim() : lastPart;
  if (final !== lastPart && before !== '') parts.push(before);
  parts.push(final);
  const sponsors = parts.filter((p) => p !== '');
  return sponsors.length > 0 && sponsors.every((p) => /^[A-Z(]/.test(p) && p.length < 120) ? sponsors : undefined;
}

function isFurniture(line: string): boolean {
  return (
    /^(United Nations|Distr\.|Original:|Advance unedited|Agenda item|Item \d|Resolution adopted|\[on the report|Sixty|Fifty|Seventy|Eighty)/.test(line) ||
    /^[A-Z][a-z]+(-[a-z]+)? (?:regular |special )?session$/.test(line) ||
    /^\d{4}(?: \w+)? session$/.test(line) ||
    new RegExp(`^(?:${ORGAN_NAMES})$`).test(line) ||
    hasDate(line) && line.length < 40 ||
    line === line.toUpperCase()
  );
}

function readClosing(text: string, out: SegmentedResolution): void {
  const meeting = /(\d{1,3})(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting(?: \(resumed\))?/i.exec(text);
  if (meeting && out.meetingNumber === undefined) {
    out.meetingNumber = Number(meeting[1]);
    out.meetingLabel = meeting[0];
  }
  out.adoptedOn ??= isoDate(text);
  if (/without a vote/i.test(text)) out.votingOutcome ??= 'WITHOUT_VOTE';
  else if (/recorded vote/i.test(text)) {
    out.votingOutcome ??= 'RECORDED_VOTE';
    const votes = /recorded vote of (\d+) (?:votes )?to (\d+),? with (\d+|no) abstentions?/i.exec(text);
    if (votes) out.votes ??= { inFavour: Number(votes[1]), against: Number(votes[2]), abstentions: votes[3] === 'no' ? 0 : Number(votes[3]) };
  }
  else if (/by consensus/i.test(text)) out.votingOutcome ??= 'CONSENSUS';
  const chapter = /See chap\.\s*([IVXLC]+)\.?[\s\-–]*([AE]\/[\w./]+[\w])/i.exec(text);
  if (chapter) out.reportedIn ??= { symbol: chapter[2], chapter: chapter[1] };
}
