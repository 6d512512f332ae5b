import { IngestError } from './errors';
import { ANNEX, CLOSING_START, FOOTNOTE_START, joinLines, ORGAN_LINE, toBlocks } from './layout';
import { DATE_ONLY, hasDate, isoDate } from './dates';
import { Organ, ORGAN_NAMES, organByName } from './organs';

/** A paragraph as printed, before clauses and citations are found. */
export interface RawParagraph {
  kind: 'PREAMBULAR' | 'OPERATIVE';
  number?: string;
  text: string;
}

/** The structure of a resolution text: header facts, paragraphs, closing facts, footnotes. */
export interface SegmentedResolution {
  organ: Organ;
  symbol?: string;
  number?: string;
  title?: string;
  adoptedOn?: string;
  meetingNumber?: number;
  /** The closing meeting line as printed, e.g. "68th plenary meeting". */
  meetingLabel?: string;
  votingOutcome?: 'WITHOUT_VOTE' | 'RECORDED_VOTE' | 'CONSENSUS';
  votes?: { inFavour: number; against: number; abstentions: number };
  reportedIn?: { symbol: string; chapter?: string };
  paragraphs: RawParagraph[];
  footnotes: Map<number, string>;
}

const SYMBOL_PREFIX = String.raw`(?:A\/HRC\/RES|A\/RES|E\/CN\.4\/RES|E\/RES|S\/RES)\/`;
const RESOLUTION_SYMBOL = new RegExp(String.raw`\b(${SYMBOL_PREFIX}[\w/().-]+)`);
const RUNNING_SYMBOL = new RegExp(String.raw`^(${SYMBOL_PREFIX}[\w/().-]+)\s*(.*)$`);
/** A resolution's number as printed: "45/158", "2003/48", "2200 A (XXI)", "1325 (2000)". */
const NUMBER = String.raw`\d{1,4}\/\d{1,4}|\d{1,4}(?: [A-Z])? ?\([IVXLC]+\)|\d{1,4} ?\(\d{4}\)`;

/** Splits a normalised text into header, paragraphs, closing lines and footnotes. */
export function segment(text: string): SegmentedResolution {
  const lines = text.split('\n').map((l) => l.trim());
  const organAt = lines.findIndex((l) => ORGAN_LINE.test(l));
  if (organAt < 0) {
    throw new IngestError(
      'No organ line such as "The General Assembly," or "The Human Rights Council," was found, so this does not read as a UN resolution. ' +
        'Check that the file holds the full text of one resolution.',
    );
  }
  const organ = organByName(ORGAN_LINE.exec(lines[organAt])![1])!;
  const result: SegmentedResolution = { organ, paragraphs: [], footnotes: new Map() };
  readHeader(lines.slice(0, organAt), result);

  const body = dropRunningHeaders(lines.slice(organAt + 1), result);
  const closing: string[] = [];
  let annex = false;
  for (const block of toBlocks(body)) {
    if (annex) continue;
    if (block.kind === 'footnote') {
      const start = FOOTNOTE_START.exec(block.lines[0])!;
      result.footnotes.set(Number(start[1]), joinLines([block.lines[0].slice(start[0].length), ...block.lines.slice(1)]));
      continue;
    }
    const line = joinLines(block.lines);
    if (ANNEX.test(line)) {
      // What follows is the annexed text (a declaration, a programme), not paragraphs of the resolution.
      annex = true;
      continue;
    }
    if (closing.length > 0 || CLOSING_START.test(line) || DATE_ONLY.test(line)) {
      closing.push(line);
      continue;
    }
    const operative = /^(\d{1,3})\.\s+([\s\S]+)$/.exec(line);
    const last = result.paragraphs[result.paragraphs.length - 1];
    if (operative) {
      result.paragraphs.push({ kind: 'OPERATIVE', number: operative[1], text: operative[2] });
    } else if (last && (last.kind === 'OPERATIVE' || /^\(([a-z]{1,2}|[ivxl]+)\)\s/.test(line))) {
      last.text = `${last.text} ${line}`;
    } else {
      result.paragraphs.push({ kind: 'PREAMBULAR', text: line });
    }
  }
  // The closing lines are read as one text: a wrapped "[Adopted by a recorded vote of ..." spans several lines.
  if (closing.length > 0) readClosing(closing.join(' '), result);
  if (result.paragraphs.length === 0) {
    throw new IngestError('The text has an organ line but no paragraphs after it. Check that the file holds the full text of the resolution.');
  }
  return result;
}

/**
 * Drops what PDF pages repeat at their top: the symbol alone or followed by the title ("A/RES/74/148 Protection of
 * migrants"), and the title on a line of its own next to the symbol.
 */
function dropRunningHeaders(lines: string[], seg: SegmentedResolution): string[] {
  const isSymbolLine = (line: string | undefined): boolean => {
    const m = line === undefined ? null : RUNNING_SYMBOL.exec(line);
    return Boolean(m && (m[2] === '' || isTitle(m[2], seg) || (seg.symbol !== undefined && m[1] === seg.symbol && m[2].length < 120 && !/[;,]$/.test(m[2]))));
  };
  const nextText = (i: number, step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j] !== '') return lines[j];
    return undefined;
  };
  const kept = [...lines];
  for (let i = 0; i < kept.length; i++) {
    if (kept[i] === '') continue;
    let printed: string | undefined;
    if (isSymbolLine(kept[i])) printed = RUNNING_SYMBOL.exec(kept[i])![2];
    else if (isTitle(kept[i], seg) && (isSymbolLine(nextText(i, -1)) || isSymbolLine(nextText(i, 1)))) printed = kept[i];
    if (printed !== undefined) {
      kept[i] = '';
      // A long title may run over two lines of the running header.
      while (printed !== '' && seg.title && i + 1 < kept.length && kept[i + 1] !== '' && seg.title.startsWith(`${printed} ${kept[i + 1]}`)) {
        printed = `${printed} ${kept[++i]}`;
        kept[i] = '';
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
      continue;
    }
    // "Resolution adopted by the General Assembly" / "on 18 December 2019"; "[on the report of ..." / "(A/74/399/Add.2)]"
    while (i + 1 < lines.length && lines[i + 1] !== '' && ((/^Resolution adopted by\b/.test(line) && !hasDate(line)) || (/^\[/.test(line) && !/\]/.test(line)))) {
      line = `${line} ${lines[++i]}`;
    }
    const fact = readHeaderLine(line, out);
    if (fact || isFurniture(line)) {
      flush();
      previous = fact === 'number' ? 'number' : fact === 'titled' ? 'titled' : /^(Agenda item|Item) /.test(line) ? 'agenda' : 'other';
      continue;
    }
    if (previous === 'titled' && out.title && !/[.;:]$/.test(out.title)) {
      // "99/117. International Convention on the Protection of the Rights of All Migrant" / "Workers and ..."
      out.title = `${out.title} ${line}`;
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
  const symbol = RESOLUTION_SYMBOL.exec(line);
  const named = new RegExp(String.raw`^(?:(?:${ORGAN_NAMES}|Human rights) )?[Rr]esolution (${NUMBER})(?:\.\s*(.*))?$`).exec(line);
  const numbered = new RegExp(String.raw`^(${NUMBER})\.(?:\s+(.+))?$`).exec(line);
  const adopted = /^Resolution adopted by the [\w ]+? on (.+)$/.exec(line);
  const adoptedSc = /^Adopted by the Security Council at its ((\d+)(?:st|nd|rd|th) meeting),? on (.+)$/.exec(line);
  const report = /^\[(?:on the (?:report|recommendation) of the .*?|without reference to a Main Committee )\(([AE]\/[\w./]+)/.exec(line);
  if (symbol && line.length < 60) {
    out.symbol ??= symbol[1].replace(/[.,]$/, '');
    return 'symbol';
  }
  if (named || numbered) {
    const m = (named ?? numbered)!;
    out.number ??= m[1].replace(/\s+/g, ' ').trim();
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
  const meeting = /(\d{1,3})(?:st|nd|rd|th) (?:plenary )?meeting/i.exec(text);
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
