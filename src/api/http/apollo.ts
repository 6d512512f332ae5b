import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { RequestLimits } from '../../config';
import { describeError, internalErrorDescription } from '../../core/errors';
import { GraphContext } from '../graphql/context';
import { ideLandingPagePlugin } from './ide';
import { supportedOperationTypeRule } from './operation-type.rule';
import { unavailableStatusPlugin } from './unavailable.plugin';
import { createLimits, explainTokenLimit, QUERY_TOO_COMPLEX } from './limits';
import { Logger, requestLogPlugin } from './logger';
import { RESPONSE_TOO_LARGE } from './response-budget.plugin';

/** What the Apollo server adds around the schema. */
export interface ApolloOptions {
  /** Per-request limits (the configuration's `limits`). */
  limits: RequestLimits;
  /** More plugins: response cache (src/api/http/cache.ts), metrics (src/api/http/metrics.ts). */
  plugins?: ApolloServerPlugin<GraphContext>[];
}

/**
 * The Apollo server without HTTP: tests call `executeOperation` on it directly.
 * Errors the client may see keep their code and message; anything else is logged and masked.
 */
export function createApolloServer(schema: GraphQLSchema, logger: Logger, options: ApolloOptions): ApolloServer<GraphContext> {
  const limits = createLimits(options.limits);
  return new ApolloServer<GraphContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    parseOptions: limits.parseOptions,
    validationRules: [supportedOperationTypeRule, ...limits.validationRules],
    plugins: [
      // The response cache sets each answer's policy itself (cache.ts); Apollo's own plugin would run a hook per field.
      ApolloServerPluginCacheControlDisabled(),
      ideLandingPagePlugin(),
      requestLogPlugin(logger),
      internalErrorPlugin(logger),
      ...(limits.plugins as ApolloServerPlugin<GraphContext>[]),
      ...(options.plugins ?? []),
      unavailableStatusPlugin(),
    ],
    formatError: (formatted, error) => formatClientError(formatted, error),
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
  QUERY_TOO_COMPLEX,
  RESPONSE_TOO_LARGE,
]);

/** Whether an error reaches the client as it is (with its code and message) rather than masked. */
function isClientError(error: unknown): boolean {
  if (describeError(unwrapResolverError(error))) return true;
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  return typeof code === 'string' && CLIENT_CODES.has(code);
}

/** formatError: an AppError as src/core/errors.ts describes it, a client error of GraphQL itself as it is, anything else masked. */
export function formatClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const mapped = describeError(unwrapResolverError(error));
  if (mapped) return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: mapped.extensions };
  const code = formatted.extensions?.code as string | undefined;
  if (code && CLIENT_CODES.has(code)) {
    return explainTokenLimit({ message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code } });
  }
  // Logged with the request id by internalErrorPlugin, which also adds the id to this error.
  const internal = internalErrorDescription();
  return { message: internal.message, path: formatted.path, extensions: internal.extensions };
}

/**
 * Logs every error the client will see masked, with the request id and the full error (stack, driver message), and
 * puts the request id into the masked error's extensions so the user can quote it.
 */
function internalErrorPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            logger.error({ err: unwrapResolverError(error), requestId: contextValue.requestId, operationName: operationName ?? null, path: error.path }, 'internal error while answering a request');
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const e of response.body.singleResult.errors ?? []) {
            if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') (e.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        },
      };
    },
  };
}
