import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueToRows, readCatalogue } from '../catalogue/catalogue';
import { buildCatalogueIndex, CatalogueIndex } from '../ingest/catalogue-index';
import { parseResolution } from '../ingest/pipeline';
import { toResolutionWrite } from '../ingest/to-graph-write';
import { ResolutionWrite } from '../model/graph-write';
import { cypher, schemaStatements } from './cypher';
import { GraphExecutor } from './executor';
import { LoadRepository, ResolutionWriteSummary } from './load.repository';
import { mergeSplinters, SplinterMergeSummary } from './splinters.repository';

/** The seed resolutions shipped with the project: raw texts under data/seed/, read by the ingestion pipeline. */
export const SEED_FILES = ['chr-resolution-2003-48.txt'];

/** What a load did, for the one-line summary. */
export interface LoadSummary {
  catalogue: { entities: number; links: number };
  /** Splinters of earlier loads folded into their entity (see splinters.repository.ts). */
  splinters: SplinterMergeSummary;
  resolutions: ResolutionWriteSummary[];
  graph: { nodes: number; relationships: number };
  ms: number;
}

/** Reads a seed resolution's raw text and turns it into write rows through the pipeline (pure; no database). */
export function readSeedResolution(dataDir: string, file: string, index: CatalogueIndex): ResolutionWrite {
  return toResolutionWrite(parseResolution(readFileSync(join(dataDir, 'seed', file), 'utf8'), index));
}

/** Creates constraints and indexes (idempotent) and waits until the indexes are online. */
export async function applySchema(executor: GraphExecutor): Promise<void> {
  await executor.runSchema([...schemaStatements(), { name: 'schema/await', text: 'CALL db.awaitIndexes(300)' }]);
}

/** Loads the curated catalogue and the seed resolutions; running it again changes nothing. */
export async function loadSeedGraph(executor: GraphExecutor, dataDir: string, log: (line: string) => void = () => {}): Promise<LoadSummary> {
  const started = Date.now();
  const catalogue = readCatalogue(dataDir);
  const catalogueRows = catalogueToRows(catalogue);
  const index = buildCatalogueIndex(catalogue);
  const seeds = SEED_FILES.map((f) => readSeedResolution(dataDir, f, index));
  const repo = new LoadRepository(executor);
  log(`Applying constraints and indexes`);
  await applySchema(executor);
  log(`Loading the catalogue (${catalogueRows.entities.length} entities)`);
  const written = await repo.writeCatalogue(catalogueRows);
  // A graph written before names were normalised may hold splinters of what the catalogue now knows: fold them.
  const splinters = await mergeSplinters(executor, index);
  if (splinters.merged + splinters.renamed > 0) log(`Folded ${splinters.merged + splinters.renamed} splinter node(s) into their entity`);
  const resolutions: ResolutionWriteSummary[] = [];
  for (const [i, seed] of seeds.entries()) {
    log(`Loading resolution ${i + 1}/${seeds.length}: ${seed.resolution.id}`);
    resolutions.push(await repo.writeResolution(seed));
  }
  await executor.runSchema([{ name: 'schema/await', text: 'CALL db.awaitIndexes(300)' }]);
  const [counts] = (await executor.read(cypher('health/counts'))) as [{ nodes: number; relationships: number }];
  return { catalogue: written, splinters, resolutions, graph: counts, ms: Date.now() - started };
}
