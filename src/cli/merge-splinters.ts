import 'reflect-metadata';
import { join } from 'node:path';
import { readCatalogue } from '../core/catalogue/catalogue';
import { loadConfig } from '../config';
import { mergeSplinters } from '../graph/splinters.repository';
import { buildCatalogueIndex } from '../core/ingest/catalogue-index';
import { repoRoot } from '../repo-root';
import { connectGraph } from '../app/graph-runtime';

/**
 * `npm run graph:merge-splinters`: folds the splinters a graph already holds (uncurated instruments and bodies that are
 * another print of a catalogue name or of another uncurated name) into their entity, keeping every citation.
 * `npm run graph:load` and start-up do the same after loading the catalogue; this runs it alone.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.error(`… ${line}`);
  const index = buildCatalogueIndex(readCatalogue(join(repoRoot(), 'data')));
  const graph = await connectGraph(config, { log });
  try {
    const started = Date.now();
    const s = await mergeSplinters(graph.executor, index);
    console.log(
      `Folded ${s.merged} splinter node(s) into an existing entity and renamed ${s.renamed} to the one node of their name in ${graph.uri} ` +
        `in ${Date.now() - started} ms; citations were kept.`,
    );
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Merging splinters failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
