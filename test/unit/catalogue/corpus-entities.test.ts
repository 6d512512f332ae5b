import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex, curatedByName } from '../../../src/core/ingest/catalogue-index';
import { parseResolution } from '../../../src/core/ingest/pipeline';
import { ParsedResolution } from '../../../src/core/ingest/parsed-resolution';
import { nameKey } from '../../../src/core/model/ids';
import { corpusDir, DATA_DIR } from '../../support/paths';

/**
 * One entity, one node, measured on the real corpus: every General Assembly resolution of the 78th session is
 * parsed, and the instruments and bodies it cites are checked for splinters and counted.
 */
describe('instruments and bodies across the GA-78 corpus', () => {
  const index = buildCatalogueIndex(readCatalogue(DATA_DIR));
  const parsed: ParsedResolution[] = [];

  beforeAll(() => {
    const dir = corpusDir();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      try {
        parsed.push(parseResolution(readFileSync(join(dir, file), 'utf8'), index));
      } catch {
        // A text the parser cannot read is the layout's concern; the share below is over what it reads.
      }
    }
  });

  /** Uncurated instruments and bodies, each with the titles the texts gave it. */
  const uncurated = () => {
    const titles = new Map<string, Set<string>>();
    for (const r of parsed) {
      for (const e of r.newEntities ?? []) {
        if ((e.type !== 'Instrument' && e.type !== 'Body') || !e.title) continue;
        if (!titles.has(e.id)) titles.set(e.id, new Set());
        titles.get(e.id)!.add(e.title);
      }
    }
    return titles;
  };

  it('reads nearly every text of the corpus', () => {
    expect(parsed.length).toBeGreaterThanOrEqual(300);
  });

  it('gives each name one node: no two uncurated nodes share a normalised name, and none is a catalogue name', () => {
    const groups = new Map<string, Set<string>>();
    const curatedSplinters: string[] = [];
    for (const [id, titles] of uncurated()) {
      for (const title of titles) {
        const key = nameKey(title);
        if (!groups.has(key)) groups.set(key, new Set());
        groups.get(key)!.add(id);
        const curated = curatedByName(index, title);
        if (curated) curatedSplinters.push(`${id} ("${title}") is ${curated}`);
      }
    }
    const splinters = [...groups].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    expect(splinters).toEqual([]);
    expect(curatedSplinters).toEqual([]);
  });

  it('sends fewer than 10% of instrument and body citations to uncurated nodes', () => {
    let all = 0;
    let toUncurated = 0;
    for (const r of parsed) {
      for (const p of r.paragraphs) {
        for (const c of p.citations) {
          if (!/^(instrument|body):[^:]+$/.test(c.target)) continue;
          all += 1;
          if (!index.ids.has(c.target)) toUncurated += 1;
        }
      }
    }
    const share = toUncurated / all;
    console.log(`GA-78 corpus: ${toUncurated} of ${all} instrument and body citations (${(100 * share).toFixed(1)}%) go to uncurated nodes.`);
    expect(all).toBeGreaterThan(5000);
    expect(share).toBeLessThan(0.1);
  });
});
