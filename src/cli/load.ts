import 'reflect-metadata';
import { loadConfig } from '../config';
import { describeTexts, loadStartupGraph } from '../services/seed-loader';
import { connectGraph } from '../app/graph-runtime';

/** `npm run graph:load`: (re)loads the catalogue and the shipped texts as `npm start` does (GRAPH_DATA), then prints a one-line summary. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.error(`… ${line}`);
  const graph = await connectGraph(config, { log });
  try {
    const s = await loadStartupGraph(graph.executor, config, log);
    for (const r of s.texts.refused) console.error(`✗ ${r.source}: ${r.reason}`);
    console.log(
      `Loaded ${s.catalogue.entities} catalogue entities, ${s.catalogue.links} catalogue links and ${describeTexts(s.texts)} ` +
        `into ${graph.uri} in ${s.ms} ms; the graph now has ${s.graph.nodes} nodes and ${s.graph.relationships} relationships.`,
    );
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
