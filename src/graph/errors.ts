import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Codes every client can switch on; they appear in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR' | 'FORBIDDEN';

/** A user-facing error: safe to show, with a code and a message that says what to do. */
export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Raised when the graph database cannot be reached or is not answering in time. */
export class GraphUnavailableError extends Error {
  override name = 'GraphUnavailableError';
  constructor(override readonly cause: unknown) {
    super('The graph database is not reachable right now. The API retries by itself; try again in a few seconds.');
  }
}

/** Raised when every connection to the graph database is in use for longer than the driver waits for one. */
export class GraphBusyError extends Error {
  override name = 'GraphBusyError';
  constructor(override readonly cause: unknown) {
    super('The graph database is busy with other requests. Try again in a few seconds, or ask for less in one request (fewer aliases or nested lists).');
  }
}

/** Raised when a query ran longer than the configured transaction timeout. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
  constructor(readonly queryName: string) {
    super('The query took too long and was stopped. Ask for fewer items (a smaller `first`) or a narrower filter.');
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);

/** Sorts driver errors into the ones the client should see as "unavailable" or "timeout"; others pass through. */
export function classifyDriverError(error: unknown, queryName: string): unknown {
  if (error instanceof Neo4jError) {
    if (error.message.startsWith('Connection acquisition timed out')) return new GraphBusyError(error);
    if (UNAVAILABLE_CODES.has(error.code) || error.code === 'Neo.ClientError.Security.AuthorizationExpired') {
      return new GraphUnavailableError(error);
    }
    if (error.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || error.code.endsWith('TransactionTimedOutClientConfiguration')) {
      return new QueryTimeoutError(queryName);
    }
    // A wrong password (or a Neo4j still setting it at start-up) is retried; so is the lockout that repeated failures cause.
    if (error.code === 'Neo.ClientError.Security.Unauthorized' || error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new GraphUnavailableError(error);
    }
  }
  return error;
}

/** Maps internal errors to GraphQL errors for the response; anything unknown becomes a masked internal error. */
export function toGraphQLError(error: unknown): GraphQLError | undefined {
  if (error instanceof GraphUnavailableError) return userError('SERVICE_UNAVAILABLE', error.message);
  if (error instanceof GraphBusyError) return userError('SERVICE_UNAVAILABLE', error.message, { reason: 'BUSY' });
  if (error instanceof QueryTimeoutError) return userError('SERVICE_UNAVAILABLE', error.message, { reason: 'TIMEOUT' });
  return undefined;
}
