import { Neo4jError } from 'neo4j-driver';
import { classifyDriverError, GraphBusyError, GraphUnavailableError, QueryTimeoutError, SearchIndexBuildingError } from '../../../src/graph/errors';
import { toGraphQLError } from '../../../src/api/graphql/errors';

const driverError = (message: string, code: string) => new Neo4jError(message, code, 'N/A', 'N/A');

describe('classifyDriverError', () => {
  it('calls an unreachable server, a refused password and the lockout after failed logins "unavailable" (the API retries them)', () => {
    for (const code of ['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']) {
      expect(classifyDriverError(driverError('x', code), 'q')).toBeInstanceOf(GraphUnavailableError);
    }
  });

  it('calls a full connection pool "busy", with code SERVICE_UNAVAILABLE and reason BUSY for the client', () => {
    const busy = classifyDriverError(driverError('Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 50, Idle conn count = 0.', 'N/A'), 'q');
    expect(busy).toBeInstanceOf(GraphBusyError);
    expect(toGraphQLError(busy)?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'BUSY' });
    expect(toGraphQLError(busy)?.message).not.toMatch(/neo4j|pool|conn count/i);
  });

  it('calls a failed paragraph search "index being built" (a first load builds it after the texts), and only that query', () => {
    const missing = driverError('Failed to invoke procedure `db.index.fulltext.queryNodes`: There is no such fulltext schema index: paragraph_text', 'Neo.ClientError.Procedure.ProcedureCallFailed');
    const building = classifyDriverError(missing, 'search/ranked');
    expect(building).toBeInstanceOf(SearchIndexBuildingError);
    expect(toGraphQLError(building)?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'INDEXING' });
    expect(toGraphQLError(building)?.message).not.toMatch(/neo4j|procedure|fulltext|paragraph_text/i);
    expect(classifyDriverError(missing, 'explore/paths')).toBe(missing);
  });

  it('calls a transaction timeout a timeout, and lets other errors through unchanged', () => {
    expect(classifyDriverError(driverError('x', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 'q')).toBeInstanceOf(QueryTimeoutError);
    const syntax = driverError('x', 'Neo.ClientError.Statement.SyntaxError');
    expect(classifyDriverError(syntax, 'q')).toBe(syntax);
  });
});
