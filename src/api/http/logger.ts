import { ApolloServerPlugin } from '@apollo/server';
import pino, { Logger } from 'pino';
import { QUERY_NAMES } from '../../graph/cypher';
import type { GraphContext } from '../graphql/context';

/**
 * The process logger, with the request id on request lines. `json` writes one JSON object per line (for log
 * collectors); `pretty` writes readable lines (for people at a terminal); `auto` picks pretty on a terminal.
 */
export function createLogger(level: string, format: 'auto' | 'json' | 'pretty' = 'json'): Logger {
  const pretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  return pino({
    level,
    base: { app: 'unhr-graph' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname,app', translateTime: 'HH:MM:ss' } } } : {}),
  });
}

export type { Logger };

/**
 * One log line per GraphQL request: request id, operation type and name, duration, outcome, the error codes sent and
 * whether the answer came from the response cache. Never the variables: they may carry a whole resolution text.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, response, metrics }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const errorCodes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
          logger.info(
            {
              requestId: contextValue.requestId,
              operationType: operation?.operation ?? null,
              operationName: operationName ?? null,
              ms: Math.round(performance.now() - started),
              outcome: errors.length > 0 ? 'error' : 'success',
              ...(errorCodes.length > 0 ? { errorCodes } : {}),
              ...(metrics.responseCacheHit ? { cache: 'hit' } : {}),
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/**
 * Warns about Neo4j round trips slower than `thresholdMs`, naming the query file and its duration (never its
 * parameters: they may hold user text). Give it to the executor's onQuery.
 */
export function slowQueryLogger(logger: Logger, thresholdMs: number): (event: { name: string; mode: 'READ' | 'WRITE'; ms: number }) => void {
  return ({ name, mode, ms }) => {
    if (ms < thresholdMs) return;
    // A read is named after its Cypher file; a write transaction after what it writes (it may run several files).
    const file = (QUERY_NAMES as readonly string[]).includes(name) ? { file: `cypher/queries/${name}.cypher` } : {};
    logger.warn({ query: name, ...file, mode, ms: Math.round(ms), thresholdMs }, 'slow neo4j query');
  };
}
