/**
 * The one error model of the app. Every error a user may see is an AppError: a code clients switch on, the HTTP
 * status that code has on every surface, whether trying the same thing again later can succeed, and a message a
 * person can act on. GraphQL (formatError), the REST export routes, the HTTP layer and the CLI all describe errors
 * with `describeError`, so one error reads the same everywhere. Anything that is not an AppError is internal: the
 * surfaces log it and show a masked message.
 */

/** Codes every client can switch on; they appear in `extensions.code`. */
export const ERROR_CODES = ['BAD_USER_INPUT', 'BAD_REQUEST', 'NOT_FOUND', 'FORBIDDEN', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status of each code, on every surface that has one. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  /** A request the HTTP layer could not read (not JSON, too large: then 413); GraphQL-over-HTTP's name for it. */
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** What the user sees for an error that is not theirs to fix; the details go to the log. */
export const INTERNAL_ERROR_MESSAGE = 'Internal error. It has been logged; if it persists, report it with the requestId of this error.';

export interface AppErrorOptions {
  /** True when the same request may succeed later unchanged (the database is back, a connection is free). */
  retryable?: boolean;
  /** More fields for `extensions` (for example `reason: 'BUSY'`). */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

/** A user-facing error: safe to show, with a code, its HTTP status, whether it is retryable, and what to do. */
export class AppError extends Error {
  override name = 'AppError';
  readonly retryable: boolean;
  readonly extensions: Readonly<Record<string, unknown>>;
  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = options.retryable ?? false;
    this.extensions = options.extensions ?? {};
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

/** Raised when the graph database cannot be reached or is not answering in time. */
export class GraphUnavailableError extends AppError {
  override name = 'GraphUnavailableError';
  constructor(override readonly cause: unknown) {
    super('SERVICE_UNAVAILABLE', 'The graph database is not reachable right now. The API retries by itself; try again in a few seconds.', { retryable: true, cause });
  }
}

/**
 * Raised by a search while its full-text index is not online: a first start-up load into an empty graph builds the
 * search indexes once after writing the texts (load/drop-search-indexes.cypher), so searches in the meantime get this
 * rather than hits from a partial index.
 */
export class SearchIndexBuildingError extends AppError {
  override name = 'SearchIndexBuildingError';
  constructor(override readonly cause: unknown) {
    super(
      'SERVICE_UNAVAILABLE',
      'Search is not available yet: the start-up load builds the search indexes after writing the texts (seconds on a first start). Try again shortly; /ready says when the graph is loaded.',
      { retryable: true, extensions: { reason: 'INDEXING' }, cause },
    );
  }
}

/** Raised when every connection to the graph database is in use for longer than the driver waits for one. */
export class GraphBusyError extends AppError {
  override name = 'GraphBusyError';
  constructor(override readonly cause: unknown) {
    super(
      'SERVICE_UNAVAILABLE',
      'The graph database is busy with other requests. Try again in a few seconds, or ask for less in one request (fewer aliases or nested lists).',
      { retryable: true, extensions: { reason: 'BUSY' }, cause },
    );
  }
}

/** Raised when a query ran longer than the configured transaction timeout; the same query again will not help. */
export class QueryTimeoutError extends AppError {
  override name = 'QueryTimeoutError';
  constructor(readonly queryName: string) {
    super('SERVICE_UNAVAILABLE', 'The query took too long and was stopped. Ask for fewer items (a smaller `first`) or a narrower filter.', {
      extensions: { reason: 'TIMEOUT' },
    });
  }
}

/** How any surface shows an error: the same code, status and message everywhere. */
export interface ErrorDescription {
  code: ErrorCode;
  status: number;
  message: string;
  retryable: boolean;
  /** `extensions` of a GraphQL or REST error body: the code first, then the error's own fields. */
  extensions: Record<string, unknown>;
}

/** The user-facing description of an AppError; undefined for anything else (internal: log it, show a masked message). */
export function describeError(error: unknown): ErrorDescription | undefined {
  if (!(error instanceof AppError)) return undefined;
  return { code: error.code, status: error.status, message: error.message, retryable: error.retryable, extensions: { code: error.code, ...error.extensions } };
}

/** The description of an internal error: masked message, status 500. */
export function internalErrorDescription(extensions: Record<string, unknown> = {}): ErrorDescription {
  return { code: 'INTERNAL_SERVER_ERROR', status: 500, message: INTERNAL_ERROR_MESSAGE, retryable: false, extensions: { code: 'INTERNAL_SERVER_ERROR', ...extensions } };
}

/** True when the same operation may succeed later unchanged: the one definition of "transient" in the app. */
export function isRetryable(error: unknown): boolean {
  return error instanceof AppError && error.retryable;
}
