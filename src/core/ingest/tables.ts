import { DATE_ONLY } from './dates';
import { ANNEX, CLOSING_START, opensParagraph, ORGAN_LINE } from './layout';

/** The line that stands where a table was set apart: `${TABLE_MARK}<n>`, n its index in the list of tables. */
export const TABLE_MARK = '\u0001table:';

/**
 * A cell of a table as a PDF text layer gives it, one per line: short, and never ending like a sentence or a clause
 * ("New post", "Information Systems Officer", "P-4", "63 930 800", "(2 061 900)", "Of which:"). Cells of one to three
 * digits are gone already (read as page numbers), which leaves blank lines between the others.
 */
function isCell(line: string): boolean {
  if (line.length > 90 || (/^[(“"]/.test(line) && !FIGURE.test(line)) || /[.;,]$/.test(line) || (/:$/.test(line) && line.length > 30)) return false;
  if (/^\d{1,3}\.(?:\s|$)/.test(line)) return false;
  if (/^\[?(?:In favour|Against|Abstaining|Abstentions|Adopted)\b/.test(line)) return false;
  if (/^\((?:[a-z]{1,2}|[ivxl]+)\)$/.test(line) || /^(?:[IVXL]+|[A-Z])$/.test(line)) return false;
  return !(ORGAN_LINE.test(line) || CLOSING_START.test(line) || DATE_ONLY.test(line) || ANNEX.test(line) || line.startsWith('\u0001'));
}

/** A figure cell: "63 930 800", "(2 061 900)", "0.006", "12.5", "–". */
const FIGURE = /^\(?[\d–-][\d\s,.–-]*\)?\s?[a-z]?$/;
/** A lettered or numbered heading over a table ("A.", "B. Office of Investment Management"). */
const TABLE_HEADING = /^(?:[A-Z]|[IVX]{1,4})\.(?:\s.{1,80})?$/;
/** Notes printed under a table: "Abbreviations: GS (OL), ...", "a See A/78/534.", "Note: ...". */
const TABLE_NOTE = /^(?:Abbreviations?|Notes?|Sources?):\s|^[a-z]\s+\S/;

/**
 * Sets apart the tables printed inside a resolution's body (budget and staffing tables, scales of assessments, lists of
 * States with their figures): in the text layer each cell is a line of its own, so without this they were read as
 * words glued to the paragraph that announced them ("... as set out in the table below: A. Pension Administration
 * Action Title of post ..."). A table is a run of at least six cell lines (blank lines allowed between them), most of
 * them short (at most 40 characters), where prose lines are 80 or more characters wide and end a paragraph with
 * punctuation; a lettered heading just above it and notes just below it belong to it. Each table becomes one
 * `TABLE_MARK` line, and its cells one string (cells joined by " | "), kept with the paragraph that announced it.
 */
export function setTablesApart(lines: string[]): { lines: string[]; tables: string[] } {
  const out = [...lines];
  const tables: string[] = [];
  let i = 0;
  // The annex is not read as the resolution's paragraphs: its tables are left as they are.
  const annex = lines.findIndex((l) => ANNEX.test(l));
  const last = annex < 0 ? lines.length : annex;
  while (i < last) {
    // A table starts with a cell in capitals or figures, not with a paragraph's first line.
    if (lines[i] === '' || !isCell(lines[i]) || /^[a-z]/.test(lines[i]) || (lines[i].length > 40 && opensParagraph(lines[i]))) {
      i++;
      continue;
    }
    let end = i;
    const cells: number[] = [];
    for (let j = i; j < last; j++) {
      if (lines[j] === '') continue;
      if (!isCell(lines[j]) && !(TABLE_HEADING.test(lines[j]) && cells.length > 0)) break;
      cells.push(j);
      end = j + 1;
    }
    const short = cells.filter((j) => lines[j].length <= 40).length;
    // Words of a justified line that the extractor put one to a line ("resolution" / "1373" / "concerning") are in lower
    // case; a cell that runs over two lines only sometimes goes on in lower case.
    const lower = cells.filter((j) => /^[a-z]/.test(lines[j])).length;
    if (cells.length < 6 || short < cells.length * 0.6 || lower > cells.length * 0.3) {
      i = end;
      continue;
    }
    let start = i;
    // A heading printed just above the table ("A." / "Pension Administration" was taken in as a cell).
    let k = start - 1;
    while (k >= 0 && lines[k] === '') k--;
    if (k >= 0 && TABLE_HEADING.test(lines[k])) {
      start = k;
      for (k--; k >= 0 && lines[k] === ''; k--);
    }
    // A table is announced ("as set out in the table below:", "shall be as follows:") or shows its figures.
    const figures = cells.filter((j) => FIGURE.test(lines[j])).length;
    if (!(k >= 0 && /:$/.test(lines[k])) && figures < 3) {
      i = end;
      continue;
    }
    let stop = end;
    for (let j = end; j < last && (lines[j] === '' || TABLE_NOTE.test(lines[j])); j++) if (lines[j] !== '') stop = j + 1;
    const rows = lines.slice(start, stop).filter((l) => l !== '');
    tables.push(rows.join(' | '));
    for (let j = start; j < stop; j++) out[j] = '';
    out[start] = `${TABLE_MARK}${tables.length - 1}`;
    i = stop;
  }
  return { lines: out, tables };
}
