import { IngestError } from './errors';

/** Texts larger than this are refused: the longest resolutions are well under 200 kB. */
export const MAX_TEXT_CHARS = 1_000_000;

/**
 * Cleans text extracted from a UN PDF or Word file: line endings, odd spaces, markdown emphasis,
 * page furniture (job numbers, page numbers). Keeps line structure; blocks are separated by blank lines.
 */
export function normalise(raw: string): string {
  if (raw.length > MAX_TEXT_CHARS) throw new IngestError(`The text is ${raw.length} characters long; the limit is ${MAX_TEXT_CHARS}. Is it really one resolution?`);
  if (/\u0000/.test(raw) || (raw.match(/\uFFFD/g)?.length ?? 0) > 20) {
    throw new IngestError('The input looks binary (NUL bytes or invalid UTF-8). Extract the text first (for example with pdftotext) and ingest the .txt file.');
  }
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\f|\v|\u2028|\u2029/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/\u2010|\u2011/g, '-')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*\n]+)\*/g, '$1')
    .replace(/_([^_\n]+)_/g, '$1')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .map((line) => (isPageFurniture(line) ? '' : line))
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
    /^\d{2}-\d{5}\s*(?:\(E\)|$)/.test(line) ||
    /^(Page )?\d{1,3}$/.test(line) ||
    /^\d{1,3}\/\d{1,3}$/.test(line) ||
    /^\*?\d{7}\*?$/.test(line) ||
    /^[_\-–—]{5,}$/.test(line) ||
    /^Please recycle\b/i.test(line)
  );
}
