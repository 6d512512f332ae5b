import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** The code a client sees when an answer grows past MAX_RESPONSE_BYTES. */
export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

/**
 * Bounds the size of an answer while it is being built, so a query whose estimate was too low (a resolution with 400
 * paragraphs where the cost counts 100) cannot produce tens of megabytes. Every resolved field adds its response key
 * and, for scalars, the length of its value; once the total passes `maxBytes`, no further field resolves (each throws
 * at once, so execution winds down instead of fetching more), and the client gets one error with HTTP 400 and no data.
 * The count is close to the JSON size (it leaves out quotes and escapes), which is all a bound needs.
 */
export function responseBudgetPlugin(maxBytes: number): ApolloServerPlugin<BaseContext> {
  const refusal = () =>
    new GraphQLError(
      `Response too large: the answer would be over ${formatBytes(maxBytes)}, the limit. Ask for fewer items (a smaller "first", ` +
        'fewer aliases or nested lists), leave out long fields such as paragraph text, or page through the results; ' +
        'the whole graph is available as a file from /export.',
      { extensions: { code: RESPONSE_TOO_LARGE, maxBytes, http: { status: 400 } } },
    );
  return {
    async requestDidStart() {
      let used = 0;
      let exceeded = false;
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (exceeded) throw refusal();
              return (error, result) => {
                if (error) return;
                used += String(info.path.key).length + 4 + sizeOfScalars(result);
                if (used > maxBytes) exceeded = true;
              };
            },
          };
        },
        async willSendResponse({ response }) {
          // Runs before any await of the other plugins' willSendResponse, so the response cache never keeps the partial answer.
          if (!exceeded || response.body.kind !== 'single') return;
          const error = refusal();
          response.body.singleResult = { errors: [{ message: error.message, extensions: { code: RESPONSE_TOO_LARGE, maxBytes } }] };
          response.http.status = 400;
        },
      };
    },
  };
}

/** The bytes of a resolved value that no child field will count: scalars, and scalars in lists. */
function sizeOfScalars(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'number' || typeof value === 'boolean') return 6;
  if (Array.isArray(value)) {
    let n = 2;
    for (const item of value) n += typeof item === 'object' && item !== null ? 1 : sizeOfScalars(item) + 1;
    return n;
  }
  return 2;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} kB`;
}
