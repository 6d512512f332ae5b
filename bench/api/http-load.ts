import autocannon from 'autocannon';
import { GraphqlRequest } from './queries';
import { RunFigures } from './stats';

/** What autocannon measured, plus every kind of failure it can count. */
export interface HttpFigures extends RunFigures {
  p90: number;
  requests: number;
  /** Socket errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx answers whose body carries GraphQL errors. */
  graphqlErrors: number;
  seconds: number;
}

/**
 * POSTs the requests (in turn, per connection) to `url` with `connections` connections for `durationS` seconds.
 * A 200 answer with `"errors"` in its body counts as a GraphQL error (autocannon's body mismatches).
 */
export async function runHttp(url: string, requests: readonly GraphqlRequest[], connections: number, durationS: number): Promise<HttpFigures> {
  const bodies = requests.map((r) => JSON.stringify(r));
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: durationS,
    // A GraphQL error answer is still HTTP 200; a body without "errors" is a good answer.
    requests: bodies.map((body) => ({ method: 'POST', path: new URL(url).pathname, body, headers: { 'content-type': 'application/json' } })),
    verifyBody: (body: unknown) => !String(body).includes('"errors"'),
  } as autocannon.Options);
  const requestsDone = result.requests.total;
  return {
    requestsPerSecond: requestsDone / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    requests: requestsDone,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: (result as { mismatches?: number }).mismatches ?? 0,
    seconds: result.duration,
  };
}
