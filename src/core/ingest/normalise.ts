import { IngestError } from './errors';

/** Texts larger than this are refused: the longest resolutions are well under 200 kB. */
export const MAX_TEXT_CHARS = 1_000_000;

/** With `marks`, a line that stood for page furniture (a page break) becomes this line instead of a blank one. */
export const PAGE_MARK = '\u0001page';
/** With `marks`, the rule printed above a page's footnotes ("__________") becomes this line. */
export const RULE_MARK = '\u0001rule';

/**
 * Cleans text extracted from a UN PDF or Word file: line endings, odd spaces, markdown emphasis,
 * page furniture (job numbers, page numbers). Keeps line structure; blocks are separated by blank lines.
 * With `marks`, page furniture is kept as PAGE_MARK and RULE_MARK lines, so the segmenter can tell where a page's
 * footnotes start (the rule) and end (the next page's furniture).
 */
export function normalise(raw: string, options: { marks?: boolean } = {}): string {
  if (raw.length > MAX_TEXT_CHARS) throw new IngestError(`The text is ${raw.length} characters long; the limit is ${MAX_TEXT_CHARS}. Is it really one resolution?`);
  if (/\u0000/.test(raw) || (raw.match(/\uFFFD/g)?.length ?? 0) > 20) {
    throw new IngestError('The input looks binary (NUL bytes or invalid UTF-8). Extract the text first (for example with pdftotext) and ingest the .txt file.');
  }
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\f|\v|\u2028|\u2029/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\u0001-\u0008\u000E-\u001F]/g, '')
    .replace(/\u2010|\u2011/g, '-')
    // "* * *" between groups of paragraphs is a separator, not markdown emphasis.
    .replace(/^[ \t]*\*[ \t]*\*[ \t]*\*[ \t]*$/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*\n]+)\*/g, '$1')
    .replace(/_([^_\n]+)_/g, '$1')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .map((line) => (!isPageFurniture(line) ? line : !options.marks ? '' : /^[_\-–—]{5,}$/.test(line) ? RULE_MARK : PAGE_MARK))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Job numbers, page numbers ("12", "Page 3", "2/5"), barcodes, footnote rules and "Please recycle" that PDF extraction
 * leaves between paragraphs. They become blank lines: a page break is a hint that a paragraph may continue after it.
 */
function isPageFurniture(line: string): boolean {
  return (
    /^GE\.\d{2}-\d{4,6}/.test(line) ||
    /^\d{2}-\d{5}\*?\s*(?:\(E\)|$)/.test(line) ||
    /^(?:\*\s*){3}$/.test(line) ||
    /^(Page )?\d{1,3}$/.test(line) ||
    /^\d{1,3}\/\d{1,3}$/.test(line) ||
    /^\*?\d{7}\*?$/.test(line) ||
    /^[_\-–—]{5,}$/.test(line) ||
    /^Please recycle\b/i.test(line)
  );
}
