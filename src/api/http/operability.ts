import { ApolloServerPlugin } from '@apollo/server';
import { AppConfig } from '../../config';
import { GraphExecutor } from '../../graph/executor';
import { GraphVersionTracker } from '../../graph/graph-version';
import { GraphContext } from '../graphql/context';
import { AnswerCache } from './answer-cache';
import { createResponseCachePlugins } from './cache';
import { Logger, slowQueryLogger } from './logger';
import { ApiMetrics, QueryEvent } from './metrics';

/** The cache, metrics and slow-query log of one API process, wired to its executor once the graph is connected. */
export interface Operability {
  /** For connectGraph's onQuery: slow-query warnings, query metrics, and cache invalidation on local writes. */
  onQuery(event: QueryEvent): void;
  /** Call once the executor exists; returns the Apollo plugins and the metrics for GET /metrics. */
  attach(executor: GraphExecutor): { plugins: ApolloServerPlugin<GraphContext>[]; metrics?: ApiMetrics; versions: GraphVersionTracker; answers?: AnswerCache };
}

/** Builds what CACHE_*, METRICS_ENABLED and SLOW_QUERY_MS ask for. */
export function createOperability(config: AppConfig, logger: Logger): Operability {
  const slow = slowQueryLogger(logger, config.slowQueryMs);
  let metrics: ApiMetrics | undefined;
  let versions: GraphVersionTracker | undefined;
  return {
    onQuery(event) {
      slow(event);
      metrics?.observeQuery(event);
      if (event.mode === 'WRITE') versions?.invalidate();
    },
    attach(executor) {
      versions = new GraphVersionTracker(executor, config.cache.versionPollMs);
      if (config.metricsEnabled) metrics = new ApiMetrics({ sessionsInFlight: () => executor.sessionsInFlight, maxPoolSize: config.neo4j.maxPoolSize });
      const tracker = versions;
      // CACHE_MAX_MB is shared: half for Apollo's response cache (also used by the reader pages, which call Apollo
      // directly), half for the HTTP answers served before Apollo runs (src/api/http/answer-cache.ts).
      const maxBytes = Math.floor(config.cache.maxBytes / 2);
      const cache = config.cache.enabled ? createResponseCachePlugins({ versions, maxAgeS: config.cache.maxAgeS, maxBytes }) : [];
      const answers = config.cache.enabled
        ? new AnswerCache({
            version: () => tracker.current(),
            maxAgeS: config.cache.maxAgeS,
            maxBytes,
            onHit: ({ requestId, operationName, ms }) => {
              metrics?.countCachedAnswer(operationName, ms);
              logger.info({ requestId, operationType: 'query', operationName, ms: Math.round(ms), outcome: 'success', cache: 'hit' }, 'graphql request');
            },
          })
        : undefined;
      return {
        plugins: [
          ...(cache as ApolloServerPlugin<GraphContext>[]),
          ...(answers ? [answers.plugin()] : []),
          ...(metrics ? [metrics.plugin(config.cache.enabled) as ApolloServerPlugin<GraphContext>] : []),
        ],
        metrics,
        versions,
        answers,
      };
    },
  };
}
