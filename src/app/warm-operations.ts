import { ApolloServer } from '@apollo/server';
import { GraphContext } from '../api/graphql/context';

/** The seed resolution (README) and the Universal Declaration (always in the catalogue): present on every default graph. */
const SEED = 'E/CN.4/RES/2003/48';
const UDHR = 'instrument:udhr';

/**
 * The questions asked first, in the shapes the README, the reader pages and the benchmark use. A root lookup with
 * nested links is planned into one statement whose text follows the selection (src/api/graphql/planner), so Neo4j
 * plans each shape on its first ask: asked once at start, the first real question finds its plan made.
 */
export const WARM_OPERATIONS: readonly { query: string; variables?: Record<string, unknown> }[] = [
  { query: `query($s: String!) { resolution(symbol: $s) { id guidedBy { id title citations { relation quote paragraph { id } } } } }`, variables: { s: SEED } },
  { query: `query($s: String!) { resolution(symbol: $s) { guidedBy { label title } } }`, variables: { s: SEED } },
  {
    query: `query($s: String!) { resolution(symbol: $s) { id cites(types: [Instrument]) { entity { ... on Instrument { id title monitoredBy { id title monitors { id title } } } } } } }`,
    variables: { s: SEED },
  },
  { query: `query($s: String!) { resolution(symbol: $s) { id cites { entity { id } citations { paragraph { id } } } } }`, variables: { s: SEED } },
  { query: `query($s: String!) { resolution(symbol: $s) { id paragraphs { id citations { target { id } } } } }`, variables: { s: SEED } },
  {
    query: `query($id: ID!) { neighbourhood(id: $id, depth: 2, relations: [GUIDED_BY, MONITORED_BY], limit: 500) { truncated nodes { id depth } edges { source target relation quote } } }`,
    variables: { id: `un:${SEED}` },
  },
  { query: `{ instruments(first: 20, orderBy: { field: CITED_BY_COUNT, direction: DESC }) { nodes { id title citedByCount } } }` },
  { query: `query($c: String!) { resolutions(first: 50, filter: { cites: $c }) { totalCount nodes { id symbol } } }`, variables: { c: UDHR } },
  { query: `query($id: ID!) { instrument(id: $id) { id citedByCount citedBy(first: 20) { totalCount nodes { key quote paragraph { id } } } } }`, variables: { id: UDHR } },
  { query: `{ search(text: "migrant workers", first: 21) { totalCount nodes { score matchedField snippet node { id } } } }` },
];

/**
 * Asks WARM_OPERATIONS through the API's own pipeline (executeOperation: parse, validation, planner, the same
 * statements as a request), two at a time; answers and errors are ignored. Resolves with how many were asked.
 */
export async function askWarmOperations(apollo: ApolloServer<GraphContext>, context: () => GraphContext): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < WARM_OPERATIONS.length) {
      const operation = WARM_OPERATIONS[next++];
      await apollo.executeOperation(operation, { contextValue: context() }).catch(() => undefined);
    }
  };
  await Promise.all([worker(), worker()]);
  return WARM_OPERATIONS.length;
}
