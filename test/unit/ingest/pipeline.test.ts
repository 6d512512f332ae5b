import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from '../../../src/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/ingest/catalogue-index';
import { parseResolution } from '../../../src/ingest/pipeline';
import { DATA_DIR, ROOT_DIR } from '../../support/paths';

const index = buildCatalogueIndex(readCatalogue(DATA_DIR));

describe('the pipeline on the raw seed text', () => {
  it('reproduces the hand-checked gold structure exactly: paragraphs, clauses, citations and metadata', () => {
    const raw = readFileSync(join(DATA_DIR, 'seed', 'chr-resolution-2003-48.txt'), 'utf8');
    const gold = JSON.parse(readFileSync(join(ROOT_DIR, 'test/fixtures/gold/chr-resolution-2003-48.json'), 'utf8'));
    expect(parseResolution(raw, index)).toEqual(gold);
  });
});
