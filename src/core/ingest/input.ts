import { join } from 'node:path';
import { readCatalogue } from '../catalogue/catalogue';
import { repoRoot } from '../../repo-root';
import { buildCatalogueIndex, CatalogueIndex } from './catalogue-index';
import { IngestError } from './errors';
import { ParsedResolution } from './parsed-resolution';
import { parseResolution } from './pipeline';

/** The largest input accepted, in bytes of UTF-8: the longest resolutions are well under 200 kB. */
export const MAX_INPUT_BYTES = 1_000_000;

let shippedIndex: CatalogueIndex | undefined;

/** The index of the catalogue under data/catalogue, built once per process (reading and indexing it takes a while). */
export function catalogueIndex(): CatalogueIndex {
  shippedIndex ??= buildCatalogueIndex(readCatalogue(join(repoRoot(), 'data')));
  return shippedIndex;
}

/** Refuses an input of more than MAX_INPUT_BYTES; callers check the size of a file before reading it. */
export function assertInputSize(bytes: number): void {
  if (bytes <= MAX_INPUT_BYTES) return;
  throw new IngestError(
    `The input is ${(bytes / 1_000_000).toFixed(2)} MB; the limit is ${MAX_INPUT_BYTES / 1_000_000} MB for one resolution. Split it into one text per resolution.`,
  );
}

/**
 * Turns the bytes of a file into text, refusing what cannot be one resolution's text:
 * empty, too large, binary (NUL bytes) or not valid UTF-8. Each refusal is an IngestError that says what to do.
 */
export function decodeInput(bytes: Uint8Array): string {
  assertInputSize(bytes.length);
  if (bytes.includes(0)) throw binary('it holds NUL bytes');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary('it is not valid UTF-8');
  }
  if (text.trim().length === 0) throw new IngestError('The file is empty. Put the full text of one resolution in it, or leave it out.');
  return text;
}

/** Runs the pipeline on one text, after checking its size; pure apart from reading the catalogue once. */
export function parseText(text: string, index: CatalogueIndex = catalogueIndex()): ParsedResolution {
  assertInputSize(Buffer.byteLength(text, 'utf8'));
  if (text.trim().length === 0) throw new IngestError('The text is empty. Send the full text of one resolution.');
  return parseResolution(text, index);
}

function binary(why: string): IngestError {
  return new IngestError(`The input looks binary (${why}), not like text. Extract the text first (for example with pdftotext) and ingest the .txt file.`);
}
