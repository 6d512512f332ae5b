import { IngestError } from './errors';
import { joinLines, toBlocks } from './normalise';
import { Organ, organByName } from './organs';

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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE = new RegExp(`(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})`);
const ORGAN_LINE = /^The (General Assembly|Human Rights Council|Commission on Human Rights|Economic and Social Council|Security Council)\s*,?$/;
const RESOLUTION_SYMBOL = /\b((?:A\/HRC\/RES|A\/RES|E\/CN\.4\/RES|E\/RES|S\/RES)\/[\w/().-]+)/;
const FOOTNOTE_START =
  /^(\d{1,3})\s+(?=See\b|Ibid\b|United Nations\b|Official Records\b|Resolution\b|General Assembly\b|Human Rights Council\b|Commission on Human Rights\b|Economic and Social Council\b|For the\b|Available\b|Report\b|Adopted\b|International Labour\b|ILO\b|[AES]\/|CCPR\/|CERD\/|CEDAW\/|CRC\/|CAT\/|HRI\/)/;
const CLOSING_START = /^(\d{1,3})(?:st|nd|rd|th) (?:plenary )?meeting\b|^\[?(?:Adopted|Resolution adopted) (?:without|by)\b|^\[?See chap\./i;

/** "23 April 2003" -> "2003-04-23". */
export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  return `${m[3]}-${String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** Splits a normalised text into header, paragraphs, closing lines and footnotes. */
export function segment(text: string): SegmentedResolution {
  const { blocks, footnotes } = separateFootnotes(toBlocks(text));
  const organAt = blocks.findIndex((b) => ORGAN_LINE.test(b.split('\n')[0]));
  if (organAt < 0) {
    throw new IngestError(
      'No organ line such as "The General Assembly," or "The Human Rights Council," was found, so this does not read as a UN resolution. ' +
        'Check that the file holds the full text of one resolution.',
    );
  }
  const organLine = blocks[organAt].split('\n');
  const organ = organByName(ORGAN_LINE.exec(organLine[0])![1])!;
  const body = [...(organLine.length > 1 ? [organLine.slice(1).join('\n')] : []), ...blocks.slice(organAt + 1)];
  const result: SegmentedResolution = { organ, paragraphs: [], footnotes };
  readHeader(blocks.slice(0, organAt), result);

  let closing = false;
  for (const block of body.flatMap(splitNumbered)) {
    const line = joinLines(block);
    if (isRunningHeader(line, result)) continue;
    if (closing || CLOSING_START.test(line) || /^\d{1,2} \w+ \d{4}$/.test(line)) {
      closing = true;
      readClosing(block, result);
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
  if (result.paragraphs.length === 0) {
    throw new IngestError('The text has an organ line but no paragraphs after it. Check that the file holds the full text of the resolution.');
  }
  return result;
}

/** The symbol (and title) that PDF pages repeat at their top, e.g. "A/RES/74/148 Protection of migrants". */
function isRunningHeader(line: string, seg: SegmentedResolution): boolean {
  const m = /^((?:A\/HRC\/RES|A\/RES|E\/CN\.4\/RES|E\/RES|S\/RES)\/[\w/().-]+)\s*(.*)$/.exec(line);
  return Boolean(m && (m[2] === '' || m[2] === seg.title || (seg.symbol !== undefined && m[1] === seg.symbol && m[2].length < 120 && !/[;,]$/.test(m[2]))));
}

/** A block may hold several numbered paragraphs or sub-paragraphs, one per line (lists without blank lines). */
function splitNumbered(block: string): string[] {
  const parts: string[] = [];
  for (const line of block.split('\n')) {
    if (parts.length === 0 || /^(\d{1,3}\.|\(([a-z]{1,2}|[ivxl]+)\))(\s|$)/.test(line)) parts.push(line);
    else parts[parts.length - 1] += `\n${line}`;
  }
  return parts;
}

function readHeader(blocks: string[], out: SegmentedResolution): void {
  const titleCandidates: string[] = [];
  for (const block of blocks) {
    let run: string[] = [];
    for (const line of block.split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (readHeaderLine(line, out) || isFurniture(line)) {
        if (run.length) titleCandidates.push(joinLines(run.join('\n')));
        run = [];
      } else run.push(line);
    }
    if (run.length) titleCandidates.push(joinLines(run.join('\n')));
  }
  if (!out.title && titleCandidates.length > 0) out.title = titleCandidates.sort((a, b) => b.length - a.length)[0];
}

/** Reads one header line into `out`; true if the line was a known header fact. */
function readHeaderLine(line: string, out: SegmentedResolution): boolean {
  {
    const symbol = RESOLUTION_SYMBOL.exec(line);
    const named = /^(General Assembly|Human Rights Council|Commission on Human Rights|Economic and Social Council|Security Council) resolution ([\w/() .]+?)\s*$/.exec(line);
    const numbered = /^(\d{1,4}\/\d{1,4})\.\s+(.+)$/.exec(line);
    const adopted = /^Resolution adopted by the [\w ]+? on (.+)$/.exec(line);
    const report = /^\[on the report of the .*?\(([AE]\/[\w./]+)/.exec(line);
    if (symbol) out.symbol ??= symbol[1].replace(/[.,]$/, '');
    else if (named) out.number ??= named[2].trim();
    else if (numbered) {
      out.number ??= numbered[1];
      out.title ??= numbered[2].trim();
    } else if (adopted) out.adoptedOn ??= isoDate(adopted[1]);
    else if (report) out.reportedIn ??= { symbol: report[1] };
    return Boolean(symbol || named || numbered || adopted || report);
  }
}

function isFurniture(line: string): boolean {
  return (
    /^(United Nations|Distr\.|Original:|Advance unedited|Agenda item|Item \d|Resolution adopted|\[on the report|Sixty|Fifty|Seventy|Eighty)/.test(line) ||
    /^[A-Z][a-z]+(-[a-z]+)? session$/.test(line) ||
    DATE.test(line) && line.length < 40 ||
    line === line.toUpperCase()
  );
}

function readClosing(block: string, out: SegmentedResolution): void {
  const text = joinLines(block);
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

/** Pulls footnote lines ("3 See resolution 2200 A (XXI), annex.") out of the blocks, wherever page breaks put them. */
function separateFootnotes(blocks: string[]): { blocks: string[]; footnotes: Map<number, string> } {
  const footnotes = new Map<number, string>();
  const kept: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    const at = lines.findIndex((l, i) => FOOTNOTE_START.test(l) && !DATE.test(l.slice(0, 20)) && (i === 0 || /[.;:,)]$/.test(lines[i - 1])));
    if (at < 0) {
      kept.push(block);
      continue;
    }
    if (at > 0) kept.push(lines.slice(0, at).join('\n'));
    let current: number | undefined;
    for (const line of lines.slice(at)) {
      const start = FOOTNOTE_START.exec(line);
      if (start) {
        current = Number(start[1]);
        footnotes.set(current, line.slice(start[0].length).trim());
      } else if (current !== undefined) {
        footnotes.set(current, `${footnotes.get(current)} ${line.trim()}`);
      }
    }
  }
  return { blocks: kept, footnotes };
}
