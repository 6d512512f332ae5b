import { ApolloServerPlugin, BaseContext, GraphQLRequestContext, HeaderMap } from '@apollo/server';
import { FormattedExecutionResult } from 'graphql';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { GraphVersionTracker } from '../../graph/graph-version';

/** How responses are cached; see README "Security and limits" and "Operations". */
export interface ResponseCacheOptions {
  /** Knows the graph version the cache keys carry. */
  versions: GraphVersionTracker;
  /** How long a query's answer may be served from the cache (CACHE_MAX_AGE_S); a write makes it stale at once anyway. */
  maxAgeS: number;
  /** Memory the cached answers may take (CACHE_MAX_MB). */
  maxBytes: number;
}

/**
 * Caches whole query answers in memory, keyed by the query text, its variables and the graph's version token. Every
 * write transaction changes the token (the executor bumps it), so an answer is never served after the graph changed:
 * at once for writes through this process, within CACHE_VERSION_POLL_MS for writes by another process.
 *
 * Every field has the same cache hint (CACHE_MAX_AGE_S): the graph changes only by writes, which the version already
 * accounts for, so per-field hints would add noise to the schema and nothing else. An answer's policy is then that
 * hint, set once per operation (uniformCachePolicyPlugin) rather than by Apollo's cache-control plugin, whose hook
 * ran for every resolved field of every answer. No HTTP cache headers are sent: a browser or CDN could not know when
 * the graph changed.
 */
export function createResponseCachePlugins(options: ResponseCacheOptions): ApolloServerPlugin<BaseContext>[] {
  const tokens = new WeakMap<object, string | undefined>();
  const tokenOf = (rc: GraphQLRequestContext<BaseContext>) => tokens.get(rc.contextValue);
  return [
    uniformCachePolicyPlugin(options.maxAgeS),
    responseCachePlugin({
      cache: new InMemoryLRUCache<string>({ maxSize: options.maxBytes, sizeCalculation: InMemoryLRUCache.sizeCalculation }),
      extraCacheKeyData: async (rc) => {
        const token = await options.versions.current();
        tokens.set(rc.contextValue, token);
        return { graphVersion: token };
      },
      // Without a known version, an answer cannot be tied to the graph it came from: neither read nor store it.
      shouldReadFromCache: async (rc) => tokenOf(rc) !== undefined,
      shouldWriteToCache: async (rc) => tokenOf(rc) !== undefined,
    }),
    singleFlightPlugin(tokenOf),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ operation }) {
            // A mutation may have written; the next request must not trust the version it knew.
            if (operation?.operation === 'mutation') options.versions.invalidate();
          },
        };
      },
    },
  ];
}

/**
 * The policy of every answer: CACHE_MAX_AGE_S, public. It is what Apollo's cache-control plugin computed with that
 * default on a schema without @cacheControl hints (every field gets the default, so the answer does), without its
 * hook on every field. Apollo installs its plugin by itself unless told not to: src/api/http/apollo.ts disables it.
 */
function uniformCachePolicyPlugin(maxAgeS: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ overallCachePolicy }) {
          overallCachePolicy.replace({ maxAge: maxAgeS, scope: 'PUBLIC' });
        },
      };
    },
  };
}

/**
 * Combines identical queries in flight (same text, operation, variables and graph version) while the cache has no
 * answer for them yet: the first runs, the others wait for its answer instead of each asking Neo4j (on a cold start,
 * 100 clients asking the same neighbourhood ran it 100 times). An answer with errors is not shared: the waiting
 * requests then run on their own. Runs after the response cache, which has set the version token by then.
 */
function singleFlightPlugin(tokenOf: (rc: GraphQLRequestContext<BaseContext>) => string | undefined): ApolloServerPlugin<BaseContext> {
  const inFlight = new Map<string, Promise<FormattedExecutionResult | undefined>>();
  return {
    async requestDidStart() {
      let lead: { key: string; settle: (result: FormattedExecutionResult | undefined) => void } | undefined;
      return {
        async responseForOperation(rc) {
          const token = tokenOf(rc);
          if (rc.operation.operation !== 'query' || token === undefined) return null;
          const key = JSON.stringify([token, rc.request.query ?? '', rc.request.operationName ?? null, rc.request.variables ?? {}]);
          const leader = inFlight.get(key);
          if (leader) {
            const result = await leader;
            return result ? { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: result } } : null;
          }
          let settle!: (result: FormattedExecutionResult | undefined) => void;
          inFlight.set(key, new Promise((resolve) => (settle = resolve)));
          lead = { key, settle };
          return null;
        },
        async willSendResponse({ response }) {
          if (!lead) return;
          inFlight.delete(lead.key);
          const body = response.body;
          lead.settle(body.kind === 'single' && !body.singleResult.errors ? body.singleResult : undefined);
        },
      };
    },
  };
}
