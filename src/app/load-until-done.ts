import { GraphUnavailableError, isRetryable, QueryTimeoutError } from '../core/errors';

/** Longest pause between attempts to load the graph while Neo4j is unreachable: short, so the API is ready soon after Neo4j. */
const LOAD_RETRY_MAX_S = 5;

/** Loads the graph, retrying while Neo4j is unreachable so the API keeps serving (and says it is not ready). */
export async function loadUntilDone<T>(load: () => Promise<T>, say: (l: string) => void, fail: (e: unknown) => void): Promise<T | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      // Retryable (unreachable, busy) passes; so does a timeout here, unlike for a user's query: at start-up it means a
      // Neo4j still warming up on a loaded machine, and the same load succeeds once it is warm. Anything else will not.
      const passing = isRetryable(error) || error instanceof QueryTimeoutError;
      if (!passing) {
        fail(error);
        return undefined;
      }
      const wait = Math.min(LOAD_RETRY_MAX_S, 2 ** attempt);
      const why = error instanceof GraphUnavailableError ? 'Neo4j is not reachable' : `Neo4j is ${error instanceof QueryTimeoutError ? 'slow' : 'busy'}`;
      say(`${why}; retrying the load in ${wait} s (attempt ${attempt})`);
      await new Promise((r) => setTimeout(r, wait * 1000));
    }
  }
}
