import fc from 'fast-check';
import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/core/ingest/catalogue-index';
import { IngestError } from '../../../src/core/ingest/errors';
import { stripMarkers } from '../../../src/core/ingest/footnotes';
import { normalise } from '../../../src/core/ingest/normalise';
import { parsedResolutionSchema } from '../../../src/core/ingest/parsed-resolution';
import { parseResolution } from '../../../src/core/ingest/pipeline';
import { segment } from '../../../src/core/ingest/segment';
import { toResolutionWrite } from '../../../src/core/ingest/to-graph-write';
import { corpusTexts } from '../../support/corpus';
import { DATA_DIR } from '../../support/paths';

const index = buildCatalogueIndex(readCatalogue(DATA_DIR));
const corpus = corpusTexts()
  .filter((_, i) => i % 8 === 0)
  .map((t) => t.text);

/** Parses `text` the way ingestion does: a refusal must be an IngestError; anything read must become graph rows. */
function readsOrRefuses(text: string): void {
  let parsed;
  try {
    parsed = parseResolution(text, index);
  } catch (error) {
    if (error instanceof IngestError) return;
    throw error;
  }
  expect(parsedResolutionSchema.safeParse(parsed).success).toBe(true);
  toResolutionWrite(parsed);
}

/** Lines that mean something to the segmenter, so that generated texts reach its rules and not only the first refusal. */
const LAYOUT_LINES = [
  '', ' ', 'United Nations', 'A/RES/78/1', 'A/C.3/78/L.12/Rev.1', 'General Assembly', 'Distr.: General', '19 December 2023',
  '23-26033 (E) 090124', '*2326033*', '2/8', 'Seventy-eighth session', 'Agenda item 71 (b)', 'Resolution adopted by the General Assembly',
  'on 19 December 2023', '[on the report of the Third Committee (A/78/481/Add.2, para. 139)]', '[without reference to a Main Committee (A/78/L.45)]',
  '78/202. Human rights and unilateral coercive measures', 'Argentina, Brazil and Chile: draft resolution', 'The General Assembly,',
  'The Human Rights Council,', 'Recalling its resolution 77/214 of 15 December 2022,1', 'Reaffirming the Charter of the United Nations,',
  'Deeply concerned at the situation', '1.', '2.', '3. Decides to remain seized of the matter.', '(a)', '(b) To report;', '(ii) the', 'I', 'II',
  'A', 'B.', 'III. Follow-up', 'Follow-up', '__________________', '1 Resolution 217 A (III).', '2 See A/78/123.', '12 Ibid., vol. 2220, No. 39481.',
  '* Reissued for technical reasons on 15 January 2024.', '* * *', 'Annex', 'Annex I', '48th plenary meeting', '90th (resumed) plenary meeting',
  '[Adopted by a recorded vote of 120 to 7, with 40 abstentions.]', 'See A/78/PV.45, 45th meeting, paras. 12–20.', 'Requests the Secretary-General to report;',
  'Endorses the political declaration annexed to the present resolution.', 'of the Convention,3 and', '2021, 49/31 of 1 April 2022 11 and',
];
const layoutText = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...LAYOUT_LINES) }, { weight: 1, arbitrary: fc.string({ maxLength: 120 }) }), { maxLength: 120 })
  .map((lines) => lines.join('\n'));

/** A real text changed the ways extraction and editing change texts: lines lost, repeated, moved, glued or cut. */
const mutatedCorpusText = fc
  .tuple(
    fc.constantFrom(...corpus),
    fc.array(
      fc.tuple(fc.constantFrom('delete', 'repeat', 'swap', 'insert', 'join', 'truncate', 'unblank'), fc.nat(), fc.nat({ max: 30 }), fc.constantFrom(...LAYOUT_LINES)),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([text, edits]) => {
    let lines = text.split('\n');
    for (const [edit, at, length, extra] of edits) {
      const i = lines.length === 0 ? 0 : at % lines.length;
      if (edit === 'delete') lines.splice(i, length);
      else if (edit === 'repeat') lines.splice(i, 0, ...lines.slice(i, i + length));
      else if (edit === 'swap') [lines[i], lines[(i + length) % Math.max(1, lines.length)]] = [lines[(i + length) % Math.max(1, lines.length)], lines[i]];
      else if (edit === 'insert') lines.splice(i, 0, extra);
      else if (edit === 'join') lines = [...lines.slice(0, i), lines.slice(i, i + length + 2).join(' '), ...lines.slice(i + length + 2)];
      else if (edit === 'truncate') lines = lines.slice(0, Math.max(i, 1));
      else lines = lines.filter((l) => l.trim() !== '');
    }
    return lines.filter((l) => l !== undefined).join('\n');
  });

describe('the parser on generated and mutated texts', () => {
  it('never throws anything but an IngestError on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), readsOrRefuses), { numRuns: 300 });
  });

  it('never throws anything but an IngestError on texts made of layout lines', () => {
    fc.assert(fc.property(layoutText, readsOrRefuses), { numRuns: 400 });
  });

  it('never throws anything but an IngestError on real texts with lines lost, repeated, moved, glued or cut', () => {
    fc.assert(fc.property(mutatedCorpusText, readsOrRefuses), { numRuns: 200 });
  });
});

/** The least of five timings of `run`, in ms: the machine is shared, so the minimum is the fairest measure. */
function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Time of `work(make(4n))` over time of `work(make(n))`: about 4 when linear, 16 when quadratic (12 leaves room for a busy machine). */
function growth(make: (n: number) => string, n: number, work: (text: string) => void): number {
  const run = (text: string) => () => {
    try {
      work(text);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
    }
  };
  const small = make(n);
  const large = make(4 * n);
  run(small)();
  return fastest(run(large)) / Math.max(fastest(run(small)), 5);
}

/** The layout stages alone: normalising, segmenting, taking the footnote markers out of every paragraph. */
function layoutStages(text: string): void {
  const seg = segment(normalise(text, { marks: true }));
  for (const p of seg.paragraphs) stripMarkers(p.text, seg.footnotes);
}

describe('the parser takes time in proportion to the text', () => {
  const header = 'A/RES/78/9\nResolution adopted by the General Assembly on 3 May 2023\n78/9. A title\n\nThe General Assembly,\n';
  const shapes: [string, (n: number) => string][] = [
    ['many paragraphs with footnotes', (n) => header + Array.from({ length: n }, (_, i) => `Recalling its resolution 77/${i} of 1 May 2022 and the Convention on the Rights of the Child,${i + 1}\n\n${i + 1} See A/77/${i}.\n`).join('\n') + '\n1. Decides to act.\n\n9th plenary meeting\n3 May 2023'],
    ['many numbered paragraphs', (n) => header + Array.from({ length: n }, (_, i) => `${i + 1}.\nRequests the Secretary-General to report on paragraph ${i} of resolution 70/1;\n`).join('\n')],
    ['numbers, headings, rules and notes in disorder', (n) => header + Array.from({ length: n }, (_, i) => ['II', `${(i % 7) + 1}. ${'x '.repeat(i % 20)}`, '__________', `${i} See A/1/${i}.`, '(a) To', ''][i % 6]).join('\n')],
  ];
  it.each(shapes)('whole pipeline: %s', (_what, make) => {
    expect(growth(make, 200, (text) => parseResolution(text, index))).toBeLessThan(12);
  });
  it.each([
    ...shapes,
    ['one huge paragraph without line breaks', (n: number) => header + 'Recalling ' + 'the Charter of the United Nations, article 5, 12 and 2030 Agenda 3, '.repeat(n)],
    ['one huge line of digits and punctuation', (n: number) => header + 'Recalling ' + '1, 2; 3. 4 5,6 '.repeat(n * 4)],
  ] as [string, (n: number) => string][])('layout stages: %s', (_what, make) => {
    expect(growth(make, 1000, layoutStages)).toBeLessThan(12);
  });
});
