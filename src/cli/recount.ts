import 'reflect-metadata';
import { loadConfig } from '../config';
import { citedByCountMismatches, recountAllCitedBy } from '../graph/cited-by-counts';
import { connectGraph } from '../runtime';

/**
 * `npm run graph:recount`: counts every entity's citations again and stores them as `citedByCount` (writes keep the
 * counts up to date; this rebuilds them for a graph written before they were stored, or after a change made by hand).
 * `-- --check` only reports the entities whose stored count is wrong, and exits 1 if there are any.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const config = loadConfig();
  const graph = await connectGraph(config, { log: (line) => console.error(`… ${line}`) });
  try {
    const started = Date.now();
    if (!check) {
      const { entities } = await recountAllCitedBy(graph.executor);
      console.log(`Counted the citations of ${entities} entities in ${graph.uri} in ${Date.now() - started} ms.`);
    }
    const wrong = await citedByCountMismatches(graph.executor);
    for (const m of wrong) console.error(`✗ ${m.id}: stored ${m.stored ?? 'nothing'}, counted ${m.counted}`);
    if (wrong.length > 0) process.exitCode = 1;
    else if (check) console.log(`Every stored citedByCount in ${graph.uri} is right (checked in ${Date.now() - started} ms).`);
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Recount failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
