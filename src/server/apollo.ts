import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { toGraphQLError } from '../graph/errors';
import { GraphContext } from '../schema/context';
import { Logger } from './logger';
import { supportedOperationTypeRule } from './operation-type.rule';
import { unavailableStatusPlugin } from './unavailable.plugin';

/**
 * The Apollo server without HTTP: tests call `executeOperation` on it directly.
 * Errors the client may see keep their code and message; anything else is logged and masked.
 */
export function createApolloServer(schema: GraphQLSchema, logger: Logger): ApolloServer<GraphContext> {
  return new ApolloServer<GraphContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    validationRules: [supportedOperationTypeRule],
    plugins: [ApolloServerPluginLandingPageDisabled(), requestLogPlugin(logger), unavailableStatusPlugin()],
    formatError: (formatted, error) => formatClientError(formatted, error, logger),
  });
}

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function formatClientError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const mapped = toGraphQLError(unwrapResolverError(error));
  if (mapped) return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: mapped.extensions };
  const code = formatted.extensions?.code as string | undefined;
  if (code && CLIENT_CODES.has(code)) {
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code } };
  }
  logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'internal error while answering a request');
  return {
    message: 'Internal error. It has been logged; if it persists, report it with the time of the request.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function requestLogPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          logger.info(
            { requestId: contextValue.requestId, operationName: operationName ?? null, ms: Math.round(performance.now() - started), errors: errors?.length ?? 0 },
            'graphql request',
          );
        },
      };
    },
  };
}
