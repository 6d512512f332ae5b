import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/core/ingest/catalogue-index';
import { IngestError } from '../../../src/core/ingest/errors';
import { parseResolution } from '../../../src/core/ingest/pipeline';
import { DATA_DIR, ROOT_DIR } from '../../support/paths';

const index = buildCatalogueIndex(readCatalogue(DATA_DIR));
const GOLD_DIR = join(ROOT_DIR, 'test/fixtures/gold');
const textOf = (name: string) => {
  const fixture = join(ROOT_DIR, 'test/fixtures/texts', `${name}.txt`);
  return readFileSync(existsSync(fixture) ? fixture : join(DATA_DIR, 'seed', `${name}.txt`), 'utf8');
};
/**
 * The synthetic fixtures and the seed, which the parser must reproduce exactly. The gold files of real texts (corpus
 * resolutions `ga78-<n>`, reconstructed drafts `draft-…`) measure the parser instead: `npm run eval:extract` scores
 * them, and evaluate.test.ts checks that they are valid.
 */
const REAL_TEXT_GOLD = /^(ga\d+-\d+|draft-.+)$/;
const golds = readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .filter((name) => !REAL_TEXT_GOLD.test(name));

describe('the pipeline on every hand-checked fixture', () => {
  it('has the seed and fixtures in the General Assembly, Human Rights Council and ECOSOC layouts', () => {
    expect(golds).toEqual(expect.arrayContaining(['chr-resolution-2003-48', 'ga-98-201', 'hrc-97-5', 'ecosoc-2043-12']));
  });

  it.each(golds)('%s: reproduces the gold structure exactly (paragraphs, clauses, citations, metadata)', (name) => {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, `${name}.json`), 'utf8'));
    // The gold shape has no footnotes (test/unit/ingest/recall-rules.test.ts checks those on real texts).
    const parsed = parseResolution(textOf(name), index);
    const withoutFootnotes = { ...parsed, paragraphs: parsed.paragraphs.map(({ footnotes: _notes, ...p }) => p) };
    expect(withoutFootnotes).toEqual(gold);
  });
});

describe('the pipeline on input that is not a resolution', () => {
  it.each([
    ['an empty text', '   \n  '],
    ['a shopping list', 'Eggs\nMilk\nBread\nSome more things to buy at the market today'],
    ['binary data', 'PK\u0003\u0004\u0000\u0000 some zip header bytes and more padding text'],
  ])('refuses %s with an IngestError that says what to do', (_what, text) => {
    expect(() => parseResolution(text, index)).toThrow(IngestError);
  });

  it('refuses a text without a symbol or number, and says which header line is missing', () => {
    expect(() => parseResolution('The General Assembly,\n\nRecalling its earlier work,\n\n1. Decides to act.', index)).toThrow(/no symbol \(such as A\/RES\/\.\.\.\)/);
  });
});
