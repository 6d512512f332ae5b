import { Neo4jError } from 'neo4j-driver';
import { GraphBusyError, GraphUnavailableError, QueryTimeoutError, SearchIndexBuildingError } from '../core/errors';

// The errors the graph layer raises are core errors (src/core/errors.ts), so every layer may catch them.
export { GraphBusyError, GraphUnavailableError, QueryTimeoutError, SearchIndexBuildingError };

/**
 * Queries whose only procedure is a full-text search: the indexes are missing while a first start-up load writes the
 * texts (load/drop-search-indexes.cypher), and Neo4j then fails the procedure call. Their words are escaped by the
 * resolver (letters and digits only), so no user input makes that call fail.
 */
const FULL_TEXT_SEARCH_QUERIES = new Set(['search/ranked']);

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
    // The one error recognised by its text: the driver's pool raises it with no code (code 'N/A', see
    // neo4j-driver-core Pool.getAcquisitionTimeoutError). test/unit/graph/errors.test.ts pins the driver's wording.
    if (error.code === 'N/A' && error.message.startsWith('Connection acquisition timed out')) return new GraphBusyError(error);
    if (UNAVAILABLE_CODES.has(error.code) || error.code === 'Neo.ClientError.Security.AuthorizationExpired') {
      return new GraphUnavailableError(error);
    }
    if (error.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || error.code.endsWith('TransactionTimedOutClientConfiguration')) {
      return new QueryTimeoutError(queryName);
    }
    if (error.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' && FULL_TEXT_SEARCH_QUERIES.has(queryName)) return new SearchIndexBuildingError(error);
    // A wrong password (or a Neo4j still setting it at start-up) is retried; so is the lockout that repeated failures cause.
    if (error.code === 'Neo.ClientError.Security.Unauthorized' || error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new GraphUnavailableError(error);
    }
  }
  return error;
}
