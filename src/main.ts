import 'reflect-metadata';
import { composeApp } from './app/compose-app';
import { APP } from './app/graph-runtime';
import { ConfigError, loadConfig } from './config';
import { describeTexts } from './services/seed-loader';

/** Starts Neo4j if needed, serves GraphQL, loads the graph; stops cleanly on SIGINT, SIGTERM and SIGHUP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await composeApp(config);
  const say = (line: string) => app.logger.info(line);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: finishing in-flight requests`);
    await app.close();
    say('Stopped cleanly: in-flight requests answered, Neo4j driver closed.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // A closed terminal: stop cleanly too, rather than leave the Neo4j this process started running.
  process.on('SIGHUP', () => void stop('SIGHUP'));

  const summary = await app.loaded;
  if (!summary) return;
  for (const r of summary.texts.refused) app.logger.warn(`Refused ${r.source}: ${r.reason}`);
  say(
    `${APP.name} ${APP.version} serving ${app.base}/graphql${config.federation ? ' (as a Federation 2 subgraph)' : ''}: loaded ${summary.catalogue.entities} catalogue entities and ` +
      `${describeTexts(summary.texts)} in ${summary.ms} ms; graph has ${summary.graph.nodes} nodes and ${summary.graph.relationships} relationships.`,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(`Could not start: ${message}`);
  process.exit(1);
});
