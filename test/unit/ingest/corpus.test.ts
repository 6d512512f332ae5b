import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/core/ingest/catalogue-index';
import { ParsedResolution, parsedResolutionSchema } from '../../../src/core/ingest/parsed-resolution';
import { parseResolution } from '../../../src/core/ingest/pipeline';
import { toResolutionWrite } from '../../../src/core/ingest/to-graph-write';
import { corpusTexts } from '../../support/corpus';
import { DATA_DIR } from '../../support/paths';

const index = buildCatalogueIndex(readCatalogue(DATA_DIR));
const texts = corpusTexts();
const parsed = new Map<string, ParsedResolution>();
const failures: string[] = [];
for (const { name, text } of texts) {
  try {
    parsed.set(name, parseResolution(text, index));
  } catch (error) {
    failures.push(`${name}: ${(error as Error).message}`);
  }
}
const all = [...parsed.entries()];

describe('the parser on every text of the GA-78 corpus (real PDF text layers)', () => {
  it('has the 326 texts', () => {
    expect(texts).toHaveLength(326);
  });

  it('reads every text without an exception, into the documented shape', () => {
    expect(failures).toEqual([]);
    for (const [name, p] of all) expect({ name, ok: parsedResolutionSchema.safeParse(p).success }).toEqual({ name, ok: true });
  });

  it('finds the symbol the file is named after, a whole title, the adoption date and the closing meeting', () => {
    for (const [name, p] of all) {
      expect({ name, symbol: p.symbol }).toEqual({ name, symbol: name.replace(/\.txt$/, '').replace(/_/g, '/') });
      // A title cut at a line break ends in a word that cannot end one.
      expect({ name, cut: /\b(?:of|the|and|for|on|in|to|with|by|a|an)$/.test(p.title ?? '') }).toEqual({ name, cut: false });
      expect({ name, adoptedOn: /^202[34]-\d\d-\d\d$/.test(p.adoptedOn ?? '') }).toEqual({ name, adoptedOn: true });
      expect({ name, meeting: /^event:ga-78-meeting-\d+$/.test(p.adoptedAt ?? '') }).toEqual({ name, meeting: true });
    }
  });

  it('numbers the operative paragraphs 1, 2, 3 ... within each part', () => {
    for (const [name, p] of all) {
      const byPart = new Map<string, number[]>();
      for (const q of p.paragraphs) {
        if (q.kind !== 'OPERATIVE' || q.number === undefined) continue;
        byPart.set(q.part ?? '', [...(byPart.get(q.part ?? '') ?? []), Number(q.number)]);
      }
      for (const [part, numbers] of byPart) {
        expect({ name, part, numbers }).toEqual({ name, part, numbers: numbers.map((_, i) => i + 1) });
      }
      expect({ name, operative: p.paragraphs.some((q) => q.kind === 'OPERATIVE') }).toEqual({ name, operative: true });
    }
  });

  it('starts every paragraph like a paragraph and ends none with a footnote number', () => {
    for (const [name, p] of all) {
      for (const q of p.paragraphs) {
        expect({ name, starts: q.text.slice(0, 40), ok: /^\p{Lu}\p{Ll}/u.test(q.text) }).toEqual({ name, starts: q.text.slice(0, 40), ok: true });
        expect({ name, ends: q.text.slice(-40), stray: /[,;:.”’)]\s?\d{1,3}$/.test(q.text) }).toEqual({ name, ends: q.text.slice(-40), stray: false });
      }
    }
  });

  it('reads sections each numbered from 1 as parts, with paragraph ids unique within the text', () => {
    const parted = all.filter(([, p]) => p.paragraphs.some((q) => q.part !== undefined));
    expect(parted.length).toBeGreaterThanOrEqual(2);
    for (const [name, p] of all) {
      const ids = toResolutionWrite(p).paragraphs.map((r) => r.id);
      expect({ name, duplicates: ids.filter((id, i) => ids.indexOf(id) !== i) }).toEqual({ name, duplicates: [] });
    }
    const [, sections] = parted.find(([name]) => name === 'A_RES_78_253.txt')!;
    const write = toResolutionWrite(sections);
    expect(write.paragraphs.map((r) => r.id)).toEqual(expect.arrayContaining(['un:A/RES/78/253#I-pp1', 'un:A/RES/78/253#I-op1', 'un:A/RES/78/253#II-op1']));
  });

  it('gives a text whose only operative paragraph has no number that one operative paragraph', () => {
    const single = all.filter(([, p]) => p.paragraphs.filter((q) => q.kind === 'OPERATIVE').length === 1 && p.paragraphs.every((q) => q.number === undefined));
    expect(single.length).toBeGreaterThanOrEqual(5);
    for (const [, p] of single) expect(p.paragraphs.find((q) => q.kind === 'OPERATIVE')!.text).toMatch(/^[A-Z][a-z]+s\b/);
  });

  it('keeps annexes, section headings and footnotes out of the paragraphs', () => {
    for (const [name, p] of all) {
      for (const q of p.paragraphs) {
        // A heading glued to a paragraph ("...; II Implementation of ...") or a footnote read as one ("12 A/78/123.").
        expect({ name, text: q.text.slice(0, 60), heading: /[;.,] (?:[IVX]+|[A-H])\.? [A-Z][a-z]/.test(q.text) }).toEqual({ name, text: q.text.slice(0, 60), heading: false });
      }
    }
    const declaration = parsed.get('A_RES_78_3.txt')!;
    expect(declaration.paragraphs).toHaveLength(1);
  });

  it('warns, rather than dropping text silently, when it had to guess', () => {
    const warned = all.filter(([, p]) => p.warnings);
    expect(warned.length).toBeLessThan(texts.length / 20);
    for (const [, p] of warned) for (const w of p.warnings!) expect(w.length).toBeGreaterThan(20);
    // The one PDF whose organ line is missing is read, and says so.
    expect(parsed.get('A_RES_78_225.txt')!.warnings).toEqual([expect.stringMatching(/no organ line/)]);
  });
});
