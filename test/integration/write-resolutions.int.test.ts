import { generateResolutions } from '../../bench/ingest/generate';
import { readCatalogue } from '../../src/core/catalogue/catalogue';
import { cypher } from '../../src/graph/cypher';
import { LoadRepository } from '../../src/graph/load.repository';
import { buildCatalogueIndex } from '../../src/core/ingest/catalogue-index';
import { parseResolution } from '../../src/core/ingest/pipeline';
import { toResolutionWrite } from '../../src/core/ingest/to-graph-write';
import { GraphRuntime } from '../../src/app/graph-runtime';
import { connectTestGraph, DATA_DIR, resetAndLoad } from '../support/graph';

describe('batched resolution writes (the fast path of bulk ingestion)', () => {
  let graph: GraphRuntime;
  let load: LoadRepository;
  const index = buildCatalogueIndex(readCatalogue(DATA_DIR));
  const rows = () => generateResolutions(12, 7).map((r) => toResolutionWrite(parseResolution(r.text, index)));
  const counts = async () => (await graph.executor.read(cypher('health/counts')))[0];
  const exists = async (ids: string[]) =>
    (await graph.repo.byIds(ids)).size;

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    load = new LoadRepository(graph.executor);
  });
  afterAll(async () => graph.driver.close());

  it('writes every resolution of every batch, and writing them again changes nothing', async () => {
    const batch = rows();
    const summaries = await load.writeResolutions(batch, { batchSize: 5, concurrency: 2 });
    expect(summaries.map((s) => s.resolutionId)).toEqual(batch.map((w) => w.resolution.id));
    expect(summaries.map((s) => s.paragraphs)).toEqual(batch.map((w) => w.paragraphs.length));
    expect(await exists(batch.map((w) => w.resolution.id))).toBe(12);
    const after = await counts();
    await load.writeResolutions(rows(), { batchSize: 5, concurrency: 2 });
    expect(await counts()).toEqual(after);
  });

  it('keeps each resolution all or nothing: a bad one is refused alone, the good ones before it are written', async () => {
    await resetAndLoad(graph);
    const batch = rows().slice(0, 4);
    const bad = batch[2];
    bad.citations.push({ ...bad.citations[0], key: `${bad.citations[0].key}-bad`, targetId: 'instrument:does-not-exist' });
    const before = await counts();
    await expect(load.writeResolutions(batch, { batchSize: 4, concurrency: 1 })).rejects.toThrow(/instrument:does-not-exist/);
    expect(await exists([batch[0].resolution.id, batch[1].resolution.id])).toBe(2);
    expect(await exists([bad.resolution.id])).toBe(0);
    expect((await counts()).nodes as number).toBeGreaterThan(before.nodes as number);
  });
});
