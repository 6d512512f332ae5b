import { GraphQLError } from 'graphql';
import { AppError, describeError, ErrorCode } from '../../core/errors';

/** A user-facing GraphQL error with a code and a message that says what to do (resolvers throw these). */
export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return toGraphQLError(new AppError(code, message, { extensions: extra }))!;
}

/** An AppError as the GraphQL error the client sees (the mapping of src/core/errors.ts); undefined for anything else. */
export function toGraphQLError(error: unknown): GraphQLError | undefined {
  const described = describeError(error);
  return described && new GraphQLError(described.message, { extensions: described.extensions });
}
