import { ApolloServerPlugin } from '@apollo/server';
import { GraphContext } from '../graphql/context';

/** Seconds a client is asked to wait (Retry-After) when the graph database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * Answers HTTP 503 with Retry-After when a request failed because Neo4j is unreachable (or has no free connection), so load balancers, proxies
 * and retrying clients see the outage without reading the body. The body is unchanged (errors with code
 * SERVICE_UNAVAILABLE). Two cases keep 200: a query timeout (retrying the same query will not help), and a client
 * that asked for application/graphql-response+json and got non-null data, because that media type requires 2xx then.
 */
export function unavailableStatusPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          const unreachable = errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions?.reason !== 'TIMEOUT');
          if (!unreachable) return;
          const accept = request.http?.headers.get('accept') ?? '';
          if (data != null && accept.includes(GRAPHQL_RESPONSE_JSON)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
