import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DocumentNode, GraphQLError, GraphQLFormattedError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { RequestLimits } from '../../config';
import { DEFAULT_PAGE_SIZE } from '../graphql/pagination';
import { executedShapeRule } from './executed-shape.rule';
import { responseBudgetPlugin } from './response-budget.plugin';
import { DEFAULT_LIST_SIZE, isObjectList, isPageType, LIST_SIZES } from './list-sizes';

/** The code a client sees when the estimated cost of an operation is over MAX_COST. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/** Arguments that say how many items a list field returns, so its selection is paid for that many times. */
const SIZE_ARGUMENTS = ['first', 'limit', 'depth'] as const;

/**
 * What enforces the per-request limits, for the ApolloServer constructor:
 * - tokens through graphql-js's own `parse(…, { maxTokens })`, so an over-long document is a parse error
 *   (HTTP 400, GRAPHQL_PARSE_FAILED). graphql-armor's max-tokens plugin for Apollo throws from `parsingDidStart`
 *   and Apollo answers HTTP 500 (graphql-armor issues 571 and 751), so it stays off;
 * - aliases through graphql-armor's validation rule, depth and directives as executed through executedShapeRule
 *   (HTTP 400, GRAPHQL_VALIDATION_FAILED);
 * - cost through graphql-query-complexity, once the operation is known (HTTP 400, QUERY_TOO_COMPLEX);
 * - the size of the answer, counted while it is built (HTTP 400, RESPONSE_TOO_LARGE).
 * Messages name the limit and say how to stay within it.
 */
export function createLimits(limits: RequestLimits): { parseOptions: ParseOptions; validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // Field suggestions stay: the schema is public (introspection is on) and "Did you mean" helps people fix queries.
    blockFieldSuggestion: { enabled: false },
    // Depth and directives are counted as executed by executedShapeRule (armor counted fragment spreads as levels and
    // missed directives on repeated spreads).
    maxDepth: { enabled: false },
    maxDirectives: { enabled: false },
    maxAliases: { n: limits.maxAliases, exposeLimits: true, propagateOnRejection: false, onReject: [rejectWith(aliasHint)] },
  });
  const { validationRules } = armor.protect();
  const shape = executedShapeRule({ maxDepth: limits.maxDepth, maxDirectives: limits.maxDirectives, depthHint, directiveHint });
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...validationRules, shape],
    plugins: [costLimitPlugin(limits.maxCost, limits.maxPageSize), responseBudgetPlugin(limits.maxResponseBytes)],
  };
}

function rejectWith(hint: string): (ctx: ValidationContext | null, error: GraphQLError) => void {
  return (ctx, error) => ctx?.reportError(new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} ${hint}`, { nodes: error.nodes }));
}

const depthHint = 'Select fewer nested levels, or ask for the nested items in a second query starting from their id.';
const aliasHint = 'Send fewer aliased fields in one operation, or split it into several requests.';
const directiveHint = 'Use fewer @include/@skip directives in one operation.';

/**
 * The estimated cost of a selection: each field costs 1 plus its children, and a list pays for its children as many
 * times as it may return items:
 * - a field with a `first`, `limit` or `depth` argument, that many times (`first` defaults to the page size the
 *   resolvers use when it is absent). So `resolutions(first: 100) { nodes { id label } }` costs 1 + 100 × 3 = 301;
 * - a plain list of objects (`Resolution.paragraphs`, `Paragraph.citations`, …), its size estimate from the data
 *   (src/api/http/list-sizes.ts). So a back-link cycle such as `paragraphs { resolution { paragraphs { … } } }`
 *   multiplies its cost by about 100 per turn and is refused after two turns.
 * A `first` over the page-size limit is noted in `oversized`, so the request can be refused before it runs.
 */
export function pageSizeEstimator(maxPageSize: number, oversized: { field: string; first: number }[] = []): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const sized = SIZE_ARGUMENTS.filter((name) => field.args.some((a) => a.name === name));
    if (sized.length === 0) {
      // Introspection answers are as large as the schema, whatever is asked: they stay at 1 per field.
      if (type.name.startsWith('__') || isPageType(type) || !isObjectList(field)) return undefined;
      return 1 + childComplexity * (LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE);
    }
    const multiplier = sized
      .map((name) => {
        const value = args[name];
        if (typeof value === 'number' && Number.isFinite(value)) {
          if (name === 'first' && value > maxPageSize) oversized.push({ field: `${type.name}.${field.name}`, first: value });
          return Math.max(0, value);
        }
        return name === 'first' ? Math.min(DEFAULT_PAGE_SIZE, maxPageSize) : 1;
      })
      .reduce((a, b) => a * b, 1);
    return 1 + childComplexity * multiplier;
  };
}

/** The cost of an operation as MAX_COST counts it, and the list fields that ask for more than MAX_PAGE_SIZE items. */
export function estimateCost(
  options: Omit<Parameters<typeof getComplexity>[0], 'estimators'>,
  maxPageSize: number,
): { cost: number; oversized: { field: string; first: number }[] } {
  const oversized: { field: string; first: number }[] = [];
  const cost = getComplexity({ ...options, estimators: [pageSizeEstimator(maxPageSize, oversized), simpleEstimator({ defaultComplexity: 1 })] });
  return { cost, oversized };
}

/** Estimates kept per parsed document, by operation name and variables; more variants of one document are estimated each time. */
const MAX_ESTIMATES_PER_DOCUMENT = 64;

function costLimitPlugin(maxCost: number, maxPageSize: number): ApolloServerPlugin {
  // Apollo hands every request with the same query text the same parsed document (its document store), so the
  // estimate, which walks the whole document against the schema, is made once per document, operation and variables.
  const estimates = new WeakMap<DocumentNode, Map<string, ReturnType<typeof estimateCost> | null>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const key = `${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let known = estimates.get(document);
          let estimate = known?.get(key);
          if (estimate === undefined) {
            try {
              estimate = estimateCost({ schema, query: document, variables: request.variables ?? {}, operationName: operationName ?? undefined }, maxPageSize);
            } catch (error) {
              // Bad variable values: execution reports them with BAD_USER_INPUT and a precise message.
              if (!(error instanceof GraphQLError)) throw error;
              estimate = null;
            }
            if (!known) estimates.set(document, (known = new Map()));
            if (known.size < MAX_ESTIMATES_PER_DOCUMENT) known.set(key, estimate);
          }
          if (estimate === null) return;
          const [big] = estimate.oversized;
          if (big) {
            throw new GraphQLError(
              `"first" must be between 0 and ${maxPageSize}; ${big.field} asks for ${big.first}. Page through longer lists with "after".`,
              { extensions: { code: 'BAD_USER_INPUT', maxPageSize, http: { status: 400 } } },
            );
          }
          if (estimate.cost > maxCost) {
            throw new GraphQLError(
              `Query too complex: its estimated cost is ${estimate.cost}, over the limit of ${maxCost}. Each field costs 1 and a list pays ` +
                `for its selection once per item asked for ("first", default ${DEFAULT_PAGE_SIZE}) or, for a plain list such as ` +
                `Resolution.paragraphs, once per item it typically holds (about 100 paragraphs). Ask for smaller pages, fewer nested ` +
                `lists (do not walk back up, e.g. paragraphs { resolution { paragraphs } }), or split the query.`,
              { extensions: { code: QUERY_TOO_COMPLEX, cost: estimate.cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

/** Rewrites graphql-js's token-limit parse error ("more that N tokens") into one that says what to do. */
export function explainTokenLimit(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const match = /Document contains more that (\d+) tokens/.exec(formatted.message);
  if (!match) return formatted;
  return {
    ...formatted,
    message: `The query document has more than ${match[1]} tokens (names, punctuation, values), the limit. Send a shorter document: drop unused fields and fragments, or split it into several requests.`,
  };
}
