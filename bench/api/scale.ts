import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from '../../src/core/catalogue/catalogue';
import { GraphExecutor } from '../../src/graph/executor';
import { LoadRepository } from '../../src/graph/load.repository';
import { ReadRepository } from '../../src/graph/read.repository';
import { buildCatalogueIndex } from '../../src/core/ingest/catalogue-index';
import { parseResolution } from '../../src/core/ingest/pipeline';
import { toResolutionWrite } from '../../src/core/ingest/to-graph-write';
import { ResolutionWrite } from '../../src/core/model/graph-write';
import { repoRoot } from '../../src/repo-root';
import { generateResolutions } from '../ingest/generate';

/** Empties the graph (only ever the benchmark's own Neo4j), so "seed only" means seed only even after an interrupted run. */
export async function emptyGraph(executor: GraphExecutor): Promise<void> {
  const statement = (name: string) => ({
    name: `bench/${name}`,
    text: readFileSync(join(repoRoot(), 'bench', 'api', 'cypher', `${name}.cypher`), 'utf8').replace(/^\s*\/\/.*$/gm, '').trim(),
  });
  await executor.runSchema([statement('empty-relationships'), statement('empty-nodes')]);
}

/** What a synthetic corpus added, so it can be removed again. */
export interface SyntheticCorpus {
  resolutionIds: string[];
  /** Entities the texts introduced that the graph did not have (uncurated), removed with the resolutions. */
  createdEntityIds: string[];
  paragraphs: number;
  citations: number;
  ms: number;
}

/**
 * Generates `count` synthetic resolutions (bench/ingest/generate.ts: they cite the catalogue's instruments, bodies and
 * real resolutions, so the hubs grow) and writes them with the batched write path, LoadRepository.writeResolutions.
 */
export async function ingestSyntheticCorpus(executor: GraphExecutor, count: number, seed: number, log: (line: string) => void): Promise<SyntheticCorpus> {
  const started = performance.now();
  const catalogue = readCatalogue(join(repoRoot(), 'data'));
  const index = buildCatalogueIndex(catalogue);
  log(`Generating and parsing ${count} synthetic resolutions (seed ${seed})`);
  const writes: ResolutionWrite[] = generateResolutions(count, seed, catalogue).map((r) => toResolutionWrite(parseResolution(r.text, index)));
  const introduced = [...new Set(writes.flatMap((w) => w.newEntities.map((e) => e.id)))];
  const existing = await new ReadRepository(executor).byIds(introduced);
  log(`Writing them (batched, LoadRepository.writeResolutions)`);
  const summaries = await new LoadRepository(executor).writeResolutions(writes);
  await executor.runSchema([{ name: 'bench/await-indexes', text: 'CALL db.awaitIndexes(300)' }]);
  return {
    resolutionIds: writes.map((w) => w.resolution.id),
    createdEntityIds: introduced.filter((id) => !existing.has(id)),
    paragraphs: summaries.reduce((n, s) => n + s.paragraphs, 0),
    citations: summaries.reduce((n, s) => n + s.citations, 0),
    ms: performance.now() - started,
  };
}

/** Removes a synthetic corpus (used when the benchmark ran on someone else's Neo4j). */
export async function removeSyntheticCorpus(executor: GraphExecutor, corpus: SyntheticCorpus): Promise<void> {
  const repo = new LoadRepository(executor);
  for (let at = 0; at < corpus.resolutionIds.length; at += 200) await repo.removeResolutions(corpus.resolutionIds.slice(at, at + 200));
  await repo.removeResolutions([], corpus.createdEntityIds);
}
