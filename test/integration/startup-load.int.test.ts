import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema, describeTexts, loadDefaultGraph } from '../../src/services/seed-loader';
import { cypher } from '../../src/graph/cypher';
import { GraphRuntime } from '../../src/app/graph-runtime';
import { connectTestGraph, DATA_DIR, resetAndLoad } from '../support/graph';

/** The start-up load of the shipped texts (issue 10 item 1), on a small copy of data/ so it runs in seconds. */
describe('the start-up load of the seed and the corpus', () => {
  const CORPUS = ['A_RES_78_1.txt', 'A_RES_78_202.txt', 'A_RES_78_300.txt'];
  let graph: GraphRuntime;
  let dir: string;

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    dir = mkdtempSync(join(tmpdir(), 'unhr-startup-'));
    cpSync(DATA_DIR, dir, { recursive: true, filter: (src) => !src.includes(join('corpus', 'ga-78', 'A_')) || CORPUS.some((f) => src.endsWith(f)) });
    mkdirSync(join(dir, 'corpus', 'ga-78'), { recursive: true });
    writeFileSync(join(dir, 'corpus', 'ga-78', 'A_RES_78_999.txt'), 'Minutes of the staff picnic\n\nWe had sandwiches and it did not rain.\n');
    writeFileSync(join(dir, 'corpus', 'ga-78', 'A_RES_78_998.txt'), '');
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await graph.driver.close();
  });

  it('writes the texts it can read and counts the refused ones with their reason, without stopping', async () => {
    const s = await loadDefaultGraph(graph.executor, dir, { data: 'corpus' });

    expect(s.texts.total).toBe(1 + CORPUS.length + 2);
    // The seed was loaded by resetAndLoad from the same file and source: unchanged.
    expect(s.texts.unchanged).toBe(1);
    expect(s.texts.written.map((w) => w.resolutionId).sort()).toEqual(['un:A/RES/78/1', 'un:A/RES/78/202', 'un:A/RES/78/300']);
    expect(s.texts.refused.map((r) => r.source).sort()).toEqual(['data/corpus/ga-78/A_RES_78_998.txt', 'data/corpus/ga-78/A_RES_78_999.txt']);
    expect(s.texts.refused.find((r) => r.source.endsWith('998.txt'))!.reason).toMatch(/The file is empty/);
    expect(s.texts.refused.find((r) => r.source.endsWith('999.txt'))!.reason).toMatch(/No organ line/);
    expect(describeTexts(s.texts)).toMatch(/^6 resolution text\(s\): 3 written \(\d+ paragraphs, \d+ citations\), 1 unchanged, skipped, 2 refused \(1: .*; 1: .*\)$/);
    const stored = (await graph.repo.bySymbols(['A/RES/78/202'])).get('A/RES/78/202');
    expect(stored?.paragraphCount).toBe(s.texts.written.find((w) => w.resolutionId === 'un:A/RES/78/202')!.paragraphs);
    // A count is stored as an integer (a JS number would go in as a float), on texts and on catalogued documents alike.
    const types = await graph.driver.executeQuery('MATCH (r:Resolution) WHERE r.paragraphCount IS NOT NULL RETURN collect(DISTINCT valueType(r.paragraphCount)) AS types');
    expect(types.records[0].get('types')).toEqual(['INTEGER NOT NULL']);
    // So is every other whole number the parser or the catalogue gives: votes, years, orders, offsets, footnote markers.
    const numbers = await graph.driver.executeQuery(`
      CALL () { MATCH (r:Resolution) UNWIND [r.votesInFavour, r.votesAgainst, r.abstentions] AS v RETURN v
        UNION ALL MATCH (e:Entity) RETURN e.year AS v
        UNION ALL MATCH (p:Paragraph) UNWIND [p.order] + coalesce(p.clauseStarts, []) + coalesce(p.footnoteMarkers, []) AS v RETURN v
        UNION ALL MATCH (:Paragraph)-[c:CITES]->() UNWIND [c.start, c.end] AS v RETURN v
        UNION ALL MATCH (i:Entity) UNWIND [i.treatySeriesVolume, i.treatySeriesNumber] AS v RETURN v }
      WITH v WHERE v IS NOT NULL
      RETURN collect(DISTINCT valueType(v)) AS types, count(v) AS n`);
    expect(numbers.records[0].get('n').toNumber()).toBeGreaterThan(100);
    expect(numbers.records[0].get('types')).toEqual(['INTEGER NOT NULL']);
  });

  it('skips every unchanged text on the next start', async () => {
    const s = await loadDefaultGraph(graph.executor, dir, { data: 'corpus' });
    expect(s.texts).toMatchObject({ written: [], unchanged: 1 + CORPUS.length, kept: [] });
    expect(s.texts.refused).toHaveLength(2);
    expect(describeTexts(s.texts)).toMatch(/^6 resolution text\(s\): 0 written \(0 paragraphs, 0 citations\), 4 unchanged, skipped, 2 refused/);
  });

  it('into a graph without paragraphs, builds the search indexes after the texts; a search meanwhile says so', async () => {
    await graph.executor.runSchema([cypher('load/remove-everything')]);
    const lines: string[] = [];
    let during: unknown;
    const s = await loadDefaultGraph(graph.executor, dir, {
      data: 'corpus',
      rebuildSearchIndexFrom: 2,
      log: (line) => {
        lines.push(line);
        // Once the index is dropped and the texts are being written: a search fails with a clear, retryable error.
        if (/^Loading \d+ resolution text/.test(line)) during = graph.repo.search('rights', [], true, 10, 0, 10).catch((e: unknown) => e);
      },
    });
    expect(s.texts.written).toHaveLength(1 + CORPUS.length);
    expect(lines).toContain('Building the search indexes');
    // Dropped after "Loading ... texts" is logged: the search above may run before or after the drop.
    const early = await during;
    if (early instanceof Error) expect(early).toMatchObject({ name: 'SearchIndexBuildingError', code: 'SERVICE_UNAVAILABLE', retryable: true });
    const indexes = await graph.driver.executeQuery('SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state ORDER BY name');
    expect(indexes.records.map((r) => `${r.get('name')} ${r.get('state')}`)).toEqual(['entity_titles ONLINE', 'paragraph_text ONLINE']);
    expect((await graph.repo.search('torture', null, false, 10, 0, 10)).totalCount).toBeGreaterThan(0);
    const hits = await graph.repo.search('rights', [], true, 500, 0, 500);
    expect(hits.page.some((h) => h.field === 'text' && h.id.startsWith('un:A/RES/78/'))).toBe(true);

    await graph.executor.runSchema([cypher('load/drop-search-indexes'), cypher('load/drop-entity-search-index')]);
    await expect(graph.repo.search('rights', [], true, 10, 0, 10)).rejects.toMatchObject({ name: 'SearchIndexBuildingError', code: 'SERVICE_UNAVAILABLE', extensions: { reason: 'INDEXING' } });
    await expect(graph.repo.search('torture', null, false, 10, 0, 10)).rejects.toMatchObject({ name: 'SearchIndexBuildingError', retryable: true });
    await applySchema(graph.executor);
    expect((await graph.repo.search('rights', [], true, 500, 0, 500)).totalCount).toBe(hits.totalCount);
  });

  it('reads the seed only with data: seed', async () => {
    const s = await loadDefaultGraph(graph.executor, dir, { data: 'seed' });
    expect(s.texts.total).toBe(1);
    expect(s.texts.unchanged).toBe(1);
  });
});
