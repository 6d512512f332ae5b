import autocannon from 'autocannon';
import { GraphqlRequest } from './queries';
import { RunFigures } from './stats';

/** Seconds autocannon waits for an answer before counting a timeout (its default). */
export const TIMEOUT_S = 10;

/** What autocannon measured, plus every kind of failure it can count. */
export interface HttpFigures extends RunFigures {
  p90: number;
  requests: number;
  /** Socket errors and timeouts (autocannon counts a timeout as an error too). */
  errors: number;
  /** Of those, requests without an answer within TIMEOUT_S. */
  timeouts: number;
  non2xx: number;
  /** 2xx answers whose body carries GraphQL errors. */
  graphqlErrors: number;
  /** The distinct messages of connection errors, with counts, to say what went wrong. */
  errorKinds: Record<string, number>;
  seconds: number;
}

/**
 * POSTs the requests (in turn, per connection) to `url` with `connections` connections for `durationS` seconds.
 * A 200 answer with `"errors"` in its body counts as a GraphQL error (autocannon's body mismatches).
 */
export async function runHttp(url: string, requests: readonly GraphqlRequest[], connections: number, durationS: number): Promise<HttpFigures> {
  const bodies = requests.map((r) => JSON.stringify(r));
  const errorKinds: Record<string, number> = {};
  const options = {
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: durationS,
    timeout: TIMEOUT_S,
    // A GraphQL error answer is still HTTP 200; a body without "errors" is a good answer.
    requests: bodies.map((body) => ({ method: 'POST', path: new URL(url).pathname, body, headers: { 'content-type': 'application/json' } })),
    verifyBody: (body: unknown) => !String(body).includes('"errors"'),
  } as autocannon.Options;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('reqError', (error: unknown) => {
      const kind = error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}` : String(error);
      errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
    });
  });
  const requestsDone = result.requests.total;
  return {
    requestsPerSecond: requestsDone / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    requests: requestsDone,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: (result as { mismatches?: number }).mismatches ?? 0,
    errorKinds,
    seconds: result.duration,
  };
}
