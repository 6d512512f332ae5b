import 'reflect-metadata';
import { Driver, session as sessionModes } from 'neo4j-driver';
import { CypherQuery } from '../../src/graph/cypher';
import { GraphExecutor, Params, Row } from '../../src/graph/executor';
import { ReadRepository } from '../../src/graph/read.repository';
import { composeGraphql } from '../../src/app/compose-app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/api/http/logger';
import { createContext } from '../../src/api/graphql/context';
import { GraphqlRequest } from './queries';
import { percentile, RunFigures } from './stats';

/** One statement our API ran to answer a request: the file's text, its parameters, and when it ran. */
export interface RecordedStatement {
  query: CypherQuery;
  params: Params;
  startedAt: number;
  endedAt: number;
}

/** An executor that notes every read it runs, so the floor can replay exactly what the API ran. */
class RecordingExecutor extends GraphExecutor {
  readonly statements: RecordedStatement[] = [];
  override async read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    const startedAt = performance.now();
    const rows = await super.read(query, params);
    this.statements.push({ query, params: structuredClone(params), startedAt, endedAt: performance.now() });
    return rows;
  }
}

/**
 * The statements our API runs for one GraphQL request, in waves: a wave is what the API sends at once (one DataLoader
 * batch per field level), and it starts the next wave only when a result of this one came back. Recorded in-process
 * with the API's own schema, repository and loaders; throws if the request has errors.
 */
export async function recordWaves(driver: Driver, database: string, request: GraphqlRequest): Promise<RecordedStatement[][]> {
  const executor = new RecordingExecutor(driver, { database, appName: 'bench-floor', appVersion: '0', timeoutMs: 30_000 });
  const { apollo } = composeGraphql(loadConfig(), createLogger('silent'));
  const response = await apollo.executeOperation(request, { contextValue: createContext(new ReadRepository(executor), 100, 'bench-floor') });
  if (response.body.kind !== 'single' || response.body.singleResult.errors) {
    throw new Error(`recording the floor of a query failed: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : 'incremental')}`);
  }
  return groupIntoWaves(executor.statements);
}

/** Groups statements by start time: one that started after an earlier one had ended waited for it, so it opens a new wave. */
export function groupIntoWaves<T extends { startedAt: number; endedAt: number }>(statements: readonly T[]): T[][] {
  const waves: T[][] = [];
  let current: T[] = [];
  let firstEnd = Infinity;
  for (const s of [...statements].sort((a, b) => a.startedAt - b.startedAt)) {
    if (current.length > 0 && s.startedAt >= firstEnd) {
      waves.push(current);
      current = [];
      firstEnd = Infinity;
    }
    current.push(s);
    firstEnd = Math.min(firstEnd, s.endedAt);
  }
  if (current.length) waves.push(current);
  return waves;
}

/**
 * The floor: the same statements with the same parameters straight through the driver, wave after wave, with
 * `connections` loops at once for `durationS` seconds. No GraphQL, no HTTP, no conversion of the driver's values.
 */
export async function runFloor(driver: Driver, database: string, waves: RecordedStatement[][], connections: number, durationS: number): Promise<RunFigures> {
  const latencies: number[] = [];
  const until = performance.now() + durationS * 1000;
  const once = async () => {
    for (const wave of waves) {
      await Promise.all(
        wave.map(async ({ query, params }) => {
          const session = driver.session({ database, defaultAccessMode: sessionModes.READ });
          try {
            // As the API's executor reads: one auto-commit transaction, one round trip.
            await session.run(query.text, params);
          } finally {
            await session.close();
          }
        }),
      );
    }
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await once();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { requestsPerSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
