import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Distinct operation names kept as label values; later names count as `__other`, so a client cannot blow up the series. */
export const MAX_OPERATION_NAMES = 50;
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

/** What the executor tells us about one round trip (see ExecutorOptions.onQuery). */
export interface QueryEvent {
  name: string;
  mode: 'READ' | 'WRITE';
  ms: number;
}

/**
 * The Prometheus metrics of one API process, in a registry of its own (tests may run several servers in one process):
 * GraphQL requests by operation type and name, their latency, errors by code, response-cache hits and misses,
 * Neo4j round trips by query file name, sessions in flight, and the default Node process metrics.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation_type' | 'operation_name' | 'outcome'>;
  private readonly latency: Histogram<'operation_type' | 'operation_name'>;
  private readonly errors: Counter<'code'>;
  private readonly cache: Counter<'result'>;
  private readonly queries: Histogram<'query' | 'mode'>;
  private readonly names = new Set<string>();

  constructor(neo4j: { sessionsInFlight: () => number; maxPoolSize: number }) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests answered, by operation type, operation name and outcome (success or error).',
      labelNames: ['operation_type', 'operation_name', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer.',
      labelNames: ['operation_type', 'operation_name'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.errors = new Counter({ name: 'graphql_errors_total', help: 'Errors in GraphQL answers, by extensions.code.', labelNames: ['code'], registers });
    this.cache = new Counter({
      name: 'graphql_response_cache_total',
      help: 'Query answers looked up in the response cache, by result (hit or miss).',
      labelNames: ['result'],
      registers,
    });
    this.queries = new Histogram({
      name: 'neo4j_query_duration_seconds',
      help: 'Neo4j transactions by query (the Cypher file name) and access mode, from session open to commit.',
      labelNames: ['query', 'mode'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
      registers,
    });
    new Gauge({
      name: 'neo4j_sessions_in_flight',
      help: 'Neo4j sessions open right now, each holding one pooled connection (the driver does not expose its pool).',
      registers,
      collect() {
        this.set(neo4j.sessionsInFlight());
      },
    });
    new Gauge({ name: 'neo4j_pool_max_size', help: 'The Neo4j connection pool size (NEO4J_MAX_POOL_SIZE).', registers }).set(neo4j.maxPoolSize);
  }

  /** Feeds the query histogram; give it to the executor's onQuery. */
  observeQuery(event: QueryEvent): void {
    this.queries.observe({ query: event.name, mode: event.mode }, event.ms / 1000);
  }

  /** Counts each GraphQL request once its answer is ready. */
  plugin(cacheEnabled: boolean): ApolloServerPlugin<BaseContext> {
    return {
      requestDidStart: async () => {
        const started = performance.now();
        return {
          willSendResponse: async ({ operation, operationName, response, metrics }) => {
            const labels = { operation_type: operation?.operation ?? 'unknown', operation_name: this.boundedName(operationName) };
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            this.requests.inc({ ...labels, outcome: errors.length > 0 ? 'error' : 'success' });
            this.latency.observe(labels, (performance.now() - started) / 1000);
            for (const e of errors) {
              const code = e.extensions?.code;
              this.errors.inc({ code: typeof code === 'string' && CODE.test(code) ? code : 'OTHER' });
            }
            if (cacheEnabled && operation?.operation === 'query' && metrics.responseCacheHit !== undefined) {
              this.cache.inc({ result: metrics.responseCacheHit ? 'hit' : 'miss' });
            }
          },
        };
      },
    };
  }

  /** Counts a query answered from the HTTP answer cache (src/api/http/answer-cache.ts), where Apollo's plugins do not run. */
  countCachedAnswer(operationName: string | null, ms: number): void {
    const labels = { operation_type: 'query', operation_name: this.boundedName(operationName) };
    this.requests.inc({ ...labels, outcome: 'success' });
    this.latency.observe(labels, ms / 1000);
    this.cache.inc({ result: 'hit' });
  }

  /** Counts an error answered before GraphQL ran (body too large, malformed JSON), under the code the client saw. */
  countHttpError(code: string): void {
    this.errors.inc({ code: CODE.test(code) ? code : 'OTHER' });
  }

  /** GET /metrics in the Prometheus text format. */
  handler(): RequestHandler {
    return async (_req, res) => {
      res.type(this.registry.contentType).send(await this.registry.metrics());
    };
  }

  private boundedName(name: string | null | undefined): string {
    if (!name) return '__anonymous';
    if (!NAME.test(name)) return '__other';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return '__other';
    this.names.add(name);
    return name;
  }
}
