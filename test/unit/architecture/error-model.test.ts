import { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { AppError, ERROR_CODES, HTTP_STATUS, isRetryable } from '../../../src/core/errors';
import { IngestError } from '../../../src/core/ingest/errors';
import { formatClientError } from '../../../src/api/http/apollo';
import { exportFailure } from '../../../src/api/http/export.routes';
import { describeHttpError } from '../../../src/api/http/http';
import { toGraphQLError } from '../../../src/api/graphql/errors';
import { expectedMessage } from '../../../src/cli/messages';
import { classifyDriverError, GraphBusyError, GraphUnavailableError, QueryTimeoutError } from '../../../src/graph/errors';
import { ExportRootNotFoundError } from '../../../src/graph/export.repository';
import { ExportInputError } from '../../../src/services/export-request';
import { isGraphUnavailable } from '../../../src/services/ingest-service';

const formatted: GraphQLFormattedError = { message: 'raw', path: ['field'] };

/** What each surface shows for one error: GraphQL's formatError, the REST export routes, the HTTP layer, the CLI. */
function surfaces(error: unknown) {
  return {
    graphql: formatClientError(formatted, error),
    export: exportFailure(error),
    http: describeHttpError(error as Error, 'limit 100kb', 'req-1'),
    cli: expectedMessage(error),
  };
}

describe('one error model (src/core/errors.ts) on every surface', () => {
  it.each(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'))('%s has the same code, status and message on GraphQL, REST, HTTP and CLI', (code) => {
    const error = new AppError(code, `what to do about ${code}`, { extensions: { reason: 'R' } });
    const seen = surfaces(error);
    expect(seen.graphql).toEqual({ message: `what to do about ${code}`, path: ['field'], extensions: { code, reason: 'R' } });
    expect(toGraphQLError(error)?.extensions).toEqual({ code, reason: 'R' });
    for (const rest of [seen.export, seen.http]) expect(rest).toMatchObject({ code, status: HTTP_STATUS[code], message: `what to do about ${code}` });
    expect(seen.cli).toBe(`what to do about ${code}`);
  });

  it('masks anything that is not an AppError as INTERNAL_SERVER_ERROR (500) everywhere, without its text', () => {
    const seen = surfaces(new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n) secret'));
    expect(seen.graphql.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    for (const rest of [seen.export, seen.http]) expect(rest).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', status: 500 });
    for (const text of [seen.graphql.message, seen.export.message, seen.http.message]) expect(text).not.toMatch(/secret|MATCH/);
  });

  it('gives each error of the app its code and status: busy is 503 on GraphQL and on the export routes alike', () => {
    const driver = (message: string, code: string) => new Neo4jError(message, code, 'N/A', 'N/A');
    const cases: [unknown, string, number, Record<string, unknown>][] = [
      [new GraphUnavailableError(driver('x', 'ServiceUnavailable')), 'SERVICE_UNAVAILABLE', 503, {}],
      [classifyDriverError(driver('Connection acquisition timed out in 10 ms. Pool status: Active conn count = 1, Idle conn count = 0.', 'N/A'), 'q'), 'SERVICE_UNAVAILABLE', 503, { reason: 'BUSY' }],
      [new QueryTimeoutError('q'), 'SERVICE_UNAVAILABLE', 503, { reason: 'TIMEOUT' }],
      [new IngestError('Not a resolution.'), 'BAD_USER_INPUT', 400, {}],
      [new ExportInputError('depth must be 1 to 3.'), 'BAD_USER_INPUT', 400, {}],
      [new ExportRootNotFoundError('un:X'), 'NOT_FOUND', 404, {}],
    ];
    for (const [error, code, status, extra] of cases) {
      const seen = surfaces(error);
      expect(seen.graphql.extensions).toEqual({ code, ...extra });
      expect(seen.export).toMatchObject({ code, status });
      expect(seen.http).toMatchObject({ code, status });
      expect(seen.cli).toBe((error as Error).message);
    }
  });

  it('has one definition of retryable: unreachable and busy are, a timeout and bad input are not', () => {
    expect(isRetryable(new GraphUnavailableError(undefined))).toBe(true);
    expect(isRetryable(new GraphBusyError(undefined))).toBe(true);
    expect(isRetryable(new QueryTimeoutError('q'))).toBe(false);
    expect(isRetryable(new IngestError('x'))).toBe(false);
    expect(isRetryable(new Error('Connection acquisition timed out'))).toBe(false);
    for (const e of [new GraphUnavailableError(undefined), new GraphBusyError(undefined), new QueryTimeoutError('q')]) expect(isGraphUnavailable(e)).toBe(isRetryable(e));
  });

  it('keeps the HTTP layer\'s own refusals: a body too large keeps its 413, malformed JSON its 400, both BAD_REQUEST', () => {
    const tooLarge = describeHttpError(Object.assign(new Error('x'), { status: 413, type: 'entity.too.large' }), 'limit 100kb', 'r');
    expect(tooLarge).toMatchObject({ status: 413, extensions: { code: 'BAD_REQUEST' } });
    expect(tooLarge.message).toMatch(/Request body too large \(limit 100kb\)/);
    expect(describeHttpError(Object.assign(new Error('x'), { status: 400 }), '', 'r')).toMatchObject({ status: 400, message: 'Malformed request body: send JSON.' });
    expect(describeHttpError(new Error('boom'), '', 'r-9').extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'r-9' });
  });
});
