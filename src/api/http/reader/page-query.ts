import { ApolloServer } from '@apollo/server';
import { GraphContext } from '../../graphql/context';

/** A GraphQL error surfaced to a page, with the HTTP status the page answers with. */
export class PageQueryError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = 'PageQueryError';
  }
}

/** Runs one GraphQL operation for a page and returns its data; errors become a PageQueryError. */
export type RunPageQuery = <T = any>(query: string, variables?: Record<string, unknown>, requestId?: string) => Promise<T>;

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
  QUERY_TOO_COMPLEX: 500,
};

/**
 * The pages read the graph through the same Apollo server as /graphql (executeOperation: parsing, validation, limits,
 * plugins, resolvers, loaders): there is no second data path, and every page's query can be opened in the IDE.
 */
export function createPageQueryRunner(apollo: ApolloServer<GraphContext>, createContext: (requestId: string) => GraphContext): RunPageQuery {
  return async (query, variables = {}, requestId = 'page') => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(requestId) });
    if (response.body.kind !== 'single') throw new PageQueryError('Unexpected incremental response.', 500, 'INTERNAL_SERVER_ERROR');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) {
      const code = String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      throw new PageQueryError(errors[0].message, STATUS_BY_CODE[code] ?? 500, code);
    }
    return data as any;
  };
}
