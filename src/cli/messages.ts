import { DataFileError } from '../core/catalogue/catalogue';
import { describeError } from '../core/errors';

/**
 * The one-line message the CLI prints for an error: an AppError's own message (the one GraphQL and the REST routes
 * show, src/core/errors.ts); a data file the graph refused; anything else reported as unexpected, still on one line.
 */
export function expectedMessage(error: unknown): string {
  const known = describeError(error);
  if (known) return known.message;
  if (error instanceof DataFileError) return `${error.message.replace(/\.$/, '')}. The text was read but could not be stored; please report this with the file.`;
  return `Unexpected error (${error instanceof Error ? error.message : String(error)}). Nothing was written for this file; please report it with the file.`;
}
