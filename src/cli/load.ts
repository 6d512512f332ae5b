import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { loadSeedGraph } from '../graph/seed-loader';
import { repoRoot } from '../repo-root';
import { connectGraph } from '../runtime';

/** `npm run graph:load`: (re)loads the catalogue and the seed resolutions, then prints a one-line summary. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.error(`… ${line}`);
  const graph = await connectGraph(config, { log });
  try {
    const s = await loadSeedGraph(graph.executor, join(repoRoot(), 'data'), log);
    const paragraphs = s.resolutions.reduce((n, r) => n + r.paragraphs, 0);
    const citations = s.resolutions.reduce((n, r) => n + r.citations, 0);
    console.log(
      `Loaded ${s.catalogue.entities} catalogue entities, ${s.catalogue.links} catalogue links and ${s.resolutions.length} resolution(s) ` +
        `(${paragraphs} paragraphs, ${citations} citations) into ${graph.uri} in ${s.ms} ms; the graph now has ${s.graph.nodes} nodes and ${s.graph.relationships} relationships.`,
    );
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
