import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../../../src/core/ingest/errors';
import { decodeInput, describeParsed, MAX_INPUT_BYTES, parseText } from '../../../src/services/ingest-service';
import { ROOT_DIR } from '../../support/paths';

const FIXTURE = readFileSync(join(ROOT_DIR, 'test/fixtures/texts/ingest/ga-99-901.txt'));

describe('decodeInput', () => {
  it('returns the text of a UTF-8 file', () => {
    expect(decodeInput(FIXTURE)).toBe(FIXTURE.toString('utf8'));
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /empty/],
    ['a file of blank lines', Buffer.from(' \n\n\t\n'), /empty/],
    ['a file with NUL bytes', Buffer.from('%PDF-1.7\n\u0000\u0001stream'), /binary \(it holds NUL bytes\).*pdftotext/],
    ['invalid UTF-8', Buffer.from([0x52, 0xe9, 0x73, 0x6f, 0x6c, 0x75, 0x74, 0x69, 0x6f, 0x6e]), /binary \(it is not valid UTF-8\)/],
    ['a file over 1 MB', Buffer.alloc(MAX_INPUT_BYTES + 1, 'a'), /the limit is 1 MB/],
  ])('refuses %s with an IngestError that says what to do', (_what, bytes, message) => {
    expect(() => decodeInput(bytes)).toThrow(IngestError);
    expect(() => decodeInput(bytes)).toThrow(message);
  });
});

describe('parseText', () => {
  it('refuses text over 1 MB (counted in UTF-8 bytes) before parsing it', () => {
    const text = `${FIXTURE.toString('utf8')}\n${'é'.repeat(MAX_INPUT_BYTES / 2)}`;
    expect(text.length).toBeLessThan(MAX_INPUT_BYTES);
    expect(() => parseText(text)).toThrow(/the limit is 1 MB/);
  });
});

describe('describeParsed', () => {
  it('counts paragraphs and citations and tells catalogue entities from new ones, without a graph', () => {
    const summary = describeParsed(parseText(FIXTURE.toString('utf8')), FIXTURE.toString('utf8'));
    expect(summary).toMatchObject({ symbol: 'A/RES/99/901', resolutionId: 'un:A/RES/99/901', paragraphCount: 7, citationCount: 11, dryRun: true });
    expect(summary.replaced).toBeUndefined();
    expect(summary.linkedEntityIds).toEqual(expect.arrayContaining(['instrument:udhr', 'instrument:iccpr', 'instrument:icescr', 'instrument:icmw', 'body:general-assembly']));
    // body:states ("Calls upon all States") is new until the catalogue has the collective actors.
    expect(summary.newEntityIds.filter((id) => id !== 'body:states').sort()).toEqual(['event:ga-100', 'event:ga-99', 'event:ga-99-meeting-71', 'un:A/99/455/Add.2']);
    expect(summary.linkedEntityIds.filter((id) => summary.newEntityIds.includes(id))).toEqual([]);
  });
});
