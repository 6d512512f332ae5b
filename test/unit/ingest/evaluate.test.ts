import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOrExplain, readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/core/ingest/catalogue-index';
import {
  accuracy,
  canonicalTarget,
  citationKind,
  GoldResolution,
  goldResolutionSchema,
  precisionRecall,
  scoreEntities,
  scoreExtraction,
  sumScores,
  totalCounts,
} from '../../../src/core/ingest/evaluate';
import { ParsedResolution, parsedResolutionSchema } from '../../../src/core/ingest/parsed-resolution';
import { parseResolution } from '../../../src/core/ingest/pipeline';
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

const index = buildCatalogueIndex(readCatalogue(DATA_DIR));

/** A small gold file in the shape ANNOTATION.md describes, and a parse of it to damage. */
function goldOf(): GoldResolution {
  return goldResolutionSchema.parse({
    symbol: 'A/RES/99/1',
    paragraphs: [
      {
        kind: 'PREAMBULAR',
        text: 'Recalling Human Rights Council resolution 27/21 and the Convention on Biological Diversity,',
        clauses: [{ phrase: 'Recalling', relation: 'RECALLS' }],
        citations: [
          { target: 'un:A/HRC/RES/27/21', quote: 'Human Rights Council resolution 27/21' },
          { target: 'body:hrc', quote: 'Human Rights Council' },
          { target: 'name:Instrument:Convention on Biological Diversity', quote: 'Convention on Biological Diversity' },
        ],
      },
      {
        kind: 'OPERATIVE',
        part: 'A',
        number: '1',
        text: 'Declares its firm opposition to occupation, and requests the Secretary-General to report on article 5 of the Universal Declaration of Human Rights;',
        clauses: [
          { phrase: 'Declares', relation: 'DECLARES' },
          { phrase: 'requests', relation: 'REQUESTS', addressee: 'the Secretary-General' },
        ],
        citations: [
          { target: 'body:secretary-general', quote: 'Secretary-General' },
          { target: 'instrument:udhr:article-5', quote: 'article 5 of the Universal Declaration of Human Rights' },
          { target: 'name:Instrument:Universal Declaration of Human Rights', quote: 'Universal Declaration of Human Rights' },
        ],
      },
    ],
  });
}

function parseOf(g: GoldResolution): ParsedResolution {
  return JSON.parse(JSON.stringify(g)) as ParsedResolution;
}

describe('citations by kind, relations by verb and structure (ANNOTATION.md)', () => {
  it('tells the kind of a citation from its id', () => {
    expect(citationKind('un:A/RES/77/214')).toBe('resolution');
    expect(citationKind('un:A/HRC/DEC/18/120')).toBe('resolution');
    expect(citationKind('un:S/RES/2118 (2013)')).toBe('resolution');
    expect(citationKind('un:A/RES/2200(XXI)')).toBe('resolution');
    expect(citationKind('un:E/CN.4/RES/2003/48')).toBe('resolution');
    expect(citationKind('resolution:unea:5/5')).toBe('resolution');
    expect(citationKind('un:A/78/123')).toBe('document');
    expect(citationKind('un:A/C.3/78/L.12/Rev.1')).toBe('document');
    expect(citationKind('un:A/80/74-E/2025/53')).toBe('document');
    expect(citationKind('instrument:icmw:article-72')).toBe('provision');
    expect(citationKind('un:A/RES/70/1:paragraph-5')).toBe('provision');
    expect(citationKind('instrument:2030-agenda:target-16.9')).toBe('provision');
    expect(citationKind('name:Instrument:Rio Declaration on Environment and Development:principle-3')).toBe('provision');
    expect(citationKind('instrument:udhr')).toBe('instrument');
    expect(citationKind('body:states')).toBe('body');
    expect(citationKind('name:Body:Open-ended Working Group on Ageing')).toBe('body');
    expect(citationKind('event:ga-99')).toBe('other');
  });

  it('resolves name: targets through the catalogue, or to the uncurated id of that name', () => {
    expect(canonicalTarget('name:Instrument:Universal Declaration of Human Rights', index)).toBe('instrument:udhr');
    expect(canonicalTarget('name:Instrument:the International Covenant on Civil and Political Rights', index)).toBe('instrument:iccpr');
    expect(canonicalTarget('name:Body:Human Rights Council', index)).toBe('body:hrc');
    expect(canonicalTarget('name:Instrument:Convention on Biological Diversity', index)).toBe('instrument:cbd');
    expect(canonicalTarget('name:Instrument:Convention on the Conservation of Antarctic Marine Living Resources', index)).toBe('instrument:convention-on-the-conservation-of-antarctic-marine-living-resources');
    // A parser's uncurated node meets the gold name through the title it gave the node, whatever its id.
    const titles = new Map([['instrument:ccamlr-1', 'Convention on the Conservation of Antarctic Marine Living Resources']]);
    expect(canonicalTarget('instrument:ccamlr-1', index, titles)).toBe('instrument:convention-on-the-conservation-of-antarctic-marine-living-resources');
    // An uncurated slug of a catalogue title is that catalogue entity; a provision keeps its article.
    expect(canonicalTarget('instrument:universal-declaration-of-human-rights:article-5', index)).toBe('instrument:udhr:article-5');
    expect(canonicalTarget('resolution:human-rights-council:1/1', index)).toBe('resolution:hrc:1/1');
    expect(canonicalTarget('un:S/RES/1325(2000)', index)).toBe('un:S/RES/1325 (2000)');
    expect(canonicalTarget('un:S/RES/1325 (2000)', index)).toBe('un:S/RES/1325 (2000)');
    expect(canonicalTarget('un:A/RES/77/253B', index)).toBe('un:A/RES/77/253 B');
    expect(canonicalTarget('un:A/RES/77/253 B', index)).toBe('un:A/RES/77/253 B');
  });

  it('gives a faithful parse 100% in every kind, strict and lenient', () => {
    const g = goldOf();
    const s = scoreEntities(parseOf(g), g, index);
    expect(s.misses).toEqual([]);
    expect(totalCounts(s.strict)).toEqual({ truePositives: 6, expected: 6, found: 6 });
    // The Council named inside "Human Rights Council resolution 27/21" is left out of the lenient count.
    expect(totalCounts(s.lenient)).toEqual({ truePositives: 5, expected: 5, found: 5 });
    expect(s.strict.provision).toEqual({ truePositives: 1, expected: 1, found: 1 });
    expect(s.relations.DECLARES).toEqual({ correct: 1, total: 1, phrases: ['Declares'] });
    expect(s.structure).toEqual({ paragraphs: { correct: 2, total: 2 }, leads: { correct: 3, total: 3 }, counts: { correct: 1, total: 1 } });
  });

  it('costs a missed nested body strict recall only, and a missed provision its kind only', () => {
    const g = goldOf();
    const got = parseOf(g);
    got.paragraphs[0].citations = got.paragraphs[0].citations.filter((c) => c.target !== 'body:hrc');
    got.paragraphs[1].citations = got.paragraphs[1].citations.filter((c) => !c.target.includes('article'));
    const s = scoreEntities(got, g, index);
    expect(s.strict.body).toEqual({ truePositives: 1, expected: 2, found: 1 });
    expect(s.lenient.body).toEqual({ truePositives: 1, expected: 1, found: 1 });
    expect(s.strict.provision).toEqual({ truePositives: 0, expected: 1, found: 0 });
    expect(s.strict.instrument).toEqual({ truePositives: 2, expected: 2, found: 2 });
    expect(s.misses.map((m) => m.expected)).toEqual([expect.stringContaining('body body:hrc'), expect.stringContaining('provision instrument:udhr:article-5')]);
  });

  it('counts each (paragraph, target) once, and an uncurated node of the right name as the right node', () => {
    const g = goldOf();
    const got = parseOf(g);
    got.paragraphs[0].citations[2] = { target: 'instrument:convention-on-biological-diversity', quote: 'Convention on Biological Diversity' };
    got.paragraphs[1].citations.push({ target: 'instrument:udhr', quote: 'Universal Declaration' });
    got.paragraphs[1].citations[2] = { target: 'instrument:udhr', quote: 'Universal Declaration of Human Rights' };
    const s = scoreEntities(got, g, index);
    expect(totalCounts(s.strict)).toEqual({ truePositives: 6, expected: 6, found: 6 });
  });

  it('scores relations by verb, matching clauses by their phrase', () => {
    const g = goldOf();
    const got = parseOf(g);
    got.paragraphs[1].clauses = [{ phrase: 'requests', relation: 'REQUESTS' }, { phrase: 'Declares', relation: 'OTHER' }];
    const s = scoreEntities(got, g, index);
    expect(s.relations.REQUESTS).toMatchObject({ correct: 1, total: 1 });
    expect(s.relations.DECLARES).toMatchObject({ correct: 0, total: 1 });
    expect(s.misses).toEqual([{ area: 'clause', where: 'A-op1 "Declares"', expected: 'DECLARES', got: 'OTHER ("Declares")' }]);
  });

  it('matches paragraphs by part and number and compares their text with whitespace collapsed', () => {
    const g = goldOf();
    const got = parseOf(g);
    got.paragraphs[0].text = got.paragraphs[0].text.replace(' and ', '\n  and ');
    expect(scoreEntities(got, g, index).structure.paragraphs).toEqual({ correct: 2, total: 2 });
    expect(accuracy(scoreExtraction(got, g).paragraphs)).toBe(1);
    delete (got.paragraphs[1] as { part?: string }).part;
    const s = scoreEntities(got, g, index);
    expect(s.structure.paragraphs).toEqual({ correct: 1, total: 3 });
    expect(s.strict.body.truePositives).toBe(1);
    expect(scoreExtraction(got, g).misses[0]).toEqual({ area: 'segmentation', where: '¶2 (A-op 1)', expected: 'part A OPERATIVE 1', got: 'OPERATIVE 1' });
  });

  it('scores kind and sponsors of a draft where the gold gives them', () => {
    const g = { ...goldOf(), kind: 'DRAFT' as const, sponsors: ['Pakistan'] };
    const got = parseOf(g);
    expect(scoreExtraction(got, g).metadata).toEqual({ correct: 6, total: 6 });
    delete (got as { sponsors?: string[] }).sponsors;
    expect(scoreExtraction(got, g).metadata).toEqual({ correct: 5, total: 6 });
  });

  it('refuses a gold target that is neither an id nor name:<Type>:<title>', () => {
    const bad = JSON.parse(JSON.stringify(goldOf()));
    bad.paragraphs[0].citations[0].target = 'Human Rights Council resolution 27/21';
    expect(goldResolutionSchema.safeParse(bad).success).toBe(false);
  });
});

describe('the gold files of real texts', () => {
  const goldDir = join(ROOT_DIR, 'test/fixtures/gold');
  const real = readdirSync(goldDir).filter((f) => /^(ga\d+-\d+|draft-.+)\.json$/.test(f));

  it('include corpus resolutions and drafts', () => {
    expect(real.length).toBeGreaterThanOrEqual(9);
    expect(real).toEqual(expect.arrayContaining(['ga78-200.json', 'draft-a-c3-78-l30.json', 'draft-a-78-l104-rev1.json']));
  });

  it.each(real)('%s is valid, has its text, and every quote and leading phrase is in its paragraph', (file) => {
    const gold = parseOrExplain(goldResolutionSchema, JSON.parse(readFileSync(join(goldDir, file), 'utf8')), file);
    const name = file.replace(/\.json$/, '');
    const corpus = /^ga(\d+)-(\d+)$/.exec(name);
    const texts = [join(ROOT_DIR, 'test/fixtures/texts', `${name}.txt`), ...(corpus ? [join(DATA_DIR, 'corpus', `ga-${corpus[1]}`, `A_RES_${corpus[1]}_${corpus[2]}.txt`)] : [])];
    expect(texts.some((t) => existsSync(t))).toBe(true);
    for (const p of gold.paragraphs) {
      for (const c of p.clauses) expect(p.text).toContain(c.phrase);
      for (const c of p.citations) expect(p.text).toContain(c.quote);
      const targets = p.citations.map((c) => canonicalTarget(c.target, index));
      expect(new Set(targets).size).toBe(targets.length);
    }
  });
});
