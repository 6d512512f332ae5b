import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOrExplain, readCatalogue } from '../../../src/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/ingest/catalogue-index';
import { accuracy, precisionRecall, scoreExtraction, sumScores } from '../../../src/ingest/evaluate';
import { ParsedResolution, parsedResolutionSchema } from '../../../src/ingest/parsed-resolution';
import { parseResolution } from '../../../src/ingest/pipeline';
import { DATA_DIR, ROOT_DIR } from '../../support/paths';

const gold = parseOrExplain(parsedResolutionSchema, JSON.parse(readFileSync(join(ROOT_DIR, 'test/fixtures/gold/chr-resolution-2003-48.json'), 'utf8')), 'gold');
const parsed = parseResolution(readFileSync(join(DATA_DIR, 'seed', 'chr-resolution-2003-48.txt'), 'utf8'), buildCatalogueIndex(readCatalogue(DATA_DIR)));
const copy = (r: ParsedResolution): ParsedResolution => JSON.parse(JSON.stringify(r));

describe('scoring a parse against its gold file', () => {
  it('gives the seed 100% everywhere, with no misses', () => {
    const s = scoreExtraction(parsed, gold);
    expect(s.misses).toEqual([]);
    expect(s.paragraphs).toEqual({ correct: 21, total: 21 });
    expect(s.firstClauses).toEqual({ correct: 21, total: 21 });
    expect(accuracy(s.clauses)).toBe(1);
    expect(s.metadata).toEqual({ correct: 4, total: 4 });
    expect(s.citations.truePositives).toBe(s.citations.expected);
    expect(precisionRecall(s.citations)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts a dropped citation against recall only, and names it', () => {
    const damaged = copy(parsed);
    const [dropped] = damaged.paragraphs[2].citations.splice(0, 1);
    const s = scoreExtraction(damaged, gold);
    const { precision, recall } = precisionRecall(s.citations);
    expect(precision).toBe(1);
    expect(recall).toBeCloseTo((s.citations.expected - 1) / s.citations.expected);
    expect(accuracy(s.paragraphs)).toBe(1);
    expect(accuracy(s.clauses)).toBe(1);
    expect(s.misses).toEqual([{ area: 'citation', where: '¶3 (pp)', expected: `${dropped.target} "${dropped.quote}"`, got: '(not found)' }]);
  });

  it('counts a wrong relation against the clause scores only', () => {
    const damaged = copy(parsed);
    damaged.paragraphs[13].clauses[0] = { ...damaged.paragraphs[13].clauses[0], relation: 'URGES' };
    const s = scoreExtraction(damaged, gold);
    expect(s.firstClauses).toEqual({ correct: 20, total: 21 });
    expect(s.clauses.correct).toBe(s.clauses.total - 1);
    expect(accuracy(s.paragraphs)).toBe(1);
    expect(precisionRecall(s.citations).f1).toBe(1);
    expect(s.misses).toHaveLength(1);
    expect(s.misses[0]).toMatchObject({ area: 'clause', where: '¶14 (op 4) clause 1', got: '"Requests" URGES addressee "the Secretary-General"' });
  });

  it('counts two merged paragraphs against segmentation, and the citations after them against precision and recall', () => {
    const damaged = copy(parsed);
    const [a, b] = damaged.paragraphs.slice(3, 5);
    damaged.paragraphs.splice(3, 2, { ...a, text: `${a.text} ${b.text}`, citations: [...a.citations, ...b.citations] });
    const s = scoreExtraction(damaged, gold);
    expect(s.paragraphs.total).toBe(21);
    expect(s.paragraphs.correct).toBe(3);
    expect(s.misses[0]).toEqual({ area: 'segmentation', where: 'paragraph count', expected: '21', got: '20' });
    expect(s.misses[1]).toMatchObject({ area: 'segmentation', where: '¶4 (pp)' });
    const { precision, recall } = precisionRecall(s.citations);
    expect(precision).toBeLessThan(1);
    expect(recall).toBeLessThan(1);
    expect(s.metadata).toEqual({ correct: 4, total: 4 });
  });

  it('reports wrong metadata field by field, and adds counts up across files', () => {
    const damaged = { ...copy(parsed), adoptedOn: '2003-04-24', votingOutcome: undefined };
    const s = scoreExtraction(damaged, gold);
    expect(s.metadata).toEqual({ correct: 2, total: 4 });
    expect(s.misses).toEqual([
      { area: 'metadata', where: 'adoptedOn', expected: '2003-04-23', got: '2003-04-24' },
      { area: 'metadata', where: 'votingOutcome', expected: 'WITHOUT_VOTE', got: '(none)' },
    ]);
    const total = sumScores([s, scoreExtraction(parsed, gold)]);
    expect(total.metadata).toEqual({ correct: 6, total: 8 });
    expect(total.paragraphs).toEqual({ correct: 42, total: 42 });
  });

  it('scores a parse that found nothing as zero, not as an error', () => {
    const s = scoreExtraction({ symbol: '', paragraphs: [] } as unknown as ParsedResolution, gold);
    expect(accuracy(s.paragraphs)).toBe(0);
    expect(accuracy(s.firstClauses)).toBe(0);
    expect(precisionRecall(s.citations)).toEqual({ precision: 1, recall: 0, f1: 0 });
  });
});
