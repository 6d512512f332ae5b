import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/core/ingest/catalogue-index';
import { formatCorpusReport, kindOf, reportCorpus, shortReason } from '../../../src/core/ingest/corpus-report';

const ROOT = join(__dirname, '..', '..', '..');
const index = buildCatalogueIndex(readCatalogue(join(ROOT, 'data')));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('reportCorpus (npm run corpus:report, without a database)', () => {
  const texts = [
    { name: 'seed', text: read('data/seed/chr-resolution-2003-48.txt') },
    { name: 'ga-99-901', text: read('test/fixtures/texts/ingest/ga-99-901.txt') },
    { name: 'picnic', text: 'Minutes of the staff picnic\n\nWe had sandwiches and it did not rain.' },
    { name: 'empty', text: '   ' },
  ];
  const report = reportCorpus(texts, index);

  it('counts accepted and refused files, the refusals grouped by reason', () => {
    expect(report).toMatchObject({ files: 4, accepted: 2 });
    expect(report.refused.flatMap((r) => r.files).sort()).toEqual(['empty', 'picnic']);
    expect(report.refused.every((r) => r.reason.length > 0 && r.reason.length <= 90)).toBe(true);
  });

  it('counts paragraphs and citations by kind, and the uncurated share of instrument and body citations', () => {
    expect(report.paragraphs.total).toBe(21 + 7);
    expect(report.paragraphs.preambular + report.paragraphs.operative).toBe(report.paragraphs.total);
    // The seed's citations as its hand-checked gold file lists them, and the fixture's 11.
    const seedGold = JSON.parse(read('test/fixtures/gold/chr-resolution-2003-48.json'));
    expect(report.citations.total).toBe(seedGold.paragraphs.reduce((n: number, p: { citations: unknown[] }) => n + p.citations.length, 0) + 11);
    expect(Object.values(report.citations.byKind).reduce((a, b) => a + b, 0)).toBe(report.citations.total);
    expect(report.citations.byKind.instrument).toBeGreaterThan(0);
    expect(report.citations.byKind.body).toBeGreaterThan(0);
    expect(report.uncurated.instrument.uncurated).toBeLessThanOrEqual(report.uncurated.instrument.of);
    expect(report.uncurated.instrument.of).toBe(report.citations.byKind.instrument);
  });

  it('ranks the most cited entities, with titles and how many resolutions cite each', () => {
    expect(report.mostCited.length).toBeLessThanOrEqual(20);
    const counts = report.mostCited.map((e) => e.citations);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const icmw = report.mostCited.find((e) => e.id === 'instrument:icmw');
    expect(icmw).toMatchObject({ kind: 'instrument', curated: true, resolutions: 2 });
    expect(icmw!.title).toMatch(/^International Convention on the Protection of the Rights of All Migrant Workers/);
    expect(formatCorpusReport(report, 'test')).toContain('Files: 4; accepted 2 (50.0%), refused 2.');
  });

  it('tells provisions, resolutions and documents apart by the catalogue or the id', () => {
    expect(kindOf('instrument:icmw:article-72', index)).toBe('provision');
    expect(kindOf('un:A/RES/45/158', index)).toBe('resolution');
    expect(kindOf('un:A/78/123', index)).toBe('document');
    expect(kindOf('resolution:unea:5/5', index)).toBe('resolution');
    expect(kindOf('body:hrc', index)).toBe('body');
  });

  it('shortens a refusal to its first sentence', () => {
    expect(shortReason('The file is empty. Put the full text of one resolution in it.')).toBe('The file is empty');
    expect(shortReason('No organ line such as "The General Assembly," was found, so this does not read as a UN resolution. Check it.')).toBe(
      'No organ line such as "The General Assembly," was found',
    );
  });
});
