import { ApolloServer } from '@apollo/server';
import { buildGraphSchema } from '../../src/api/graphql/build-schema';
import { createContext, GraphContext } from '../../src/api/graphql/context';
import { composeGraphql } from '../../src/app/compose-app';
import { createLogger } from '../../src/api/http/logger';
import { connectTestGraph, resetAndLoadDefault } from '../support/graph';
import { testConfig } from '../support/config';
import { buildPlannedRead, PlanStep } from '../../src/graph/planned-read';
import { planSelection } from '../../src/api/graphql/planner/plan-selection';
import { buildExecutionContext } from 'graphql/execution/execute';
import { parse, GraphQLResolveInfo, GraphQLObjectType } from 'graphql';

/** The steps the planner makes for a query whose root is resolution(id: ...), from a hand-made resolve info. */
function planOf(query: string): PlanStep[] {
  const schema = buildGraphSchema();
  const document = parse(query);
  const context = buildExecutionContext({ schema, document, variableValues: { id: ids.resolution[0] } }) as any;
  const rootField = context.operation.selectionSet.selections[0];
  const info = {
    schema,
    fragments: context.fragments,
    fieldNodes: [rootField],
    fieldName: rootField.name.value,
    parentType: schema.getQueryType() as GraphQLObjectType,
    variableValues: context.variableValues,
  } as unknown as GraphQLResolveInfo;
  return planSelection(info, { by: 'id', value: ids.resolution[0] }, 100);
}

/**
 * A root lookup and everything selected under it is one round trip (src/api/graphql/planner), and the answer is the
 * very JSON the resolvers give with their batched loaders alone, on the corpus graph, for many resolutions and entities.
 */
const SHAPES: Record<string, { root: 'resolution' | 'instrument' | 'body' | 'document'; query: string }> = {
  'guided-by': {
    root: 'resolution',
    query: `query ($id: ID!) { resolution(id: $id) { id guidedBy { id title citations { relation quote paragraph { id } } } } }`,
  },
  'depth-3': {
    root: 'resolution',
    query: `query ($id: ID!) { resolution(id: $id) { id cites(types: [Instrument]) { entity { ... on Instrument { id title monitoredBy { id title monitors { id title } } } } } } }`,
  },
  'resolution-page': {
    root: 'resolution',
    query: `query ($id: ID!) { resolution(id: $id) {
      id symbol title adoptedBy { id label } adoptedAt { id label } session { id } reportedIn { id symbol } about { id entityType }
      paragraphs { id order kind citations { quote relation start target { id label entityType ... on Instrument { monitoredBy { id } } } } }
      cites(relations: [RECALLS, REAFFIRMS, WELCOMES]) { id entityType citations { relation quote paragraph { id order text } } }
      guidedBy { entity { ...Links } }
    } }
    fragment Links on Entity { id ... on Instrument { monitoredBy { id } provisions { id } } ... on Body { parent { id } } }`,
  },
  // Every field that reads stored properties (planner/projection.ts), so a projection that leaves one out differs here.
  'every-field': {
    root: 'resolution',
    query: `query ($id: ID!) { resolution(id: $id) {
      __typename id entityType label title curated note citedByCount symbol kind sponsors number adoptedOn votingOutcome paragraphCount
      vote { inFavour against abstentions }
      guidedBy { id label title entityType entity { ...Fields } }
      cites(types: [Instrument, Body, Document]) { entity { ...Fields ... on Instrument { monitoredBy { id label note } } } citations { quote relation role phrase start end key } }
      paragraphs { id kind order number part text leadingPhrase relation addressees chapeau tables clauses { phrase relation start addressee } footnotes { marker at text }
        citations { target { id label curated } paragraph { id text } } }
    } }
    fragment Fields on Entity { __typename id entityType label title curated note citedByCount
      ... on Instrument { kind shortTitle abbreviation symbol adoptedOn signedOn entryIntoForce externalIds { wikidata wikidataUrl treatySeries { volume number page } treatyCollectionChapter treatyCollectionUrl } treatySeries { volume number page } }
      ... on Body { shortTitle abbreviation establishedOn externalIds { wikidata } }
      ... on Document { symbol }
      ... on Provision { number }
      ... on Event { date year }
      ... on Resolution { symbol adoptedOn } }`,
  },
  'resolution-by-symbol': {
    root: 'resolution',
    query: `query ($symbol: String!) { resolution(symbol: $symbol) { id paragraphs(kind: OPERATIVE) { id citations { target { id } } } } }`,
  },
  instrument: {
    root: 'instrument',
    query: `query ($id: ID!) { instrument(id: $id) {
      id citedByCount monitoredBy { id label monitors { id } } provisions { id label } adoptingResolution { id }
      citedBy(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { quote relation paragraph { id order } } }
      recent: citedBy(first: 3, orderBy: {field: SYMBOL, direction: ASC}, filter: {relations: [RECALLS]}) { totalCount edges { cursor node { quote } } }
      dated: citedBy(first: 3, filter: {adoptedFrom: "2000-01-01", adoptedTo: "2023-12-20", adoptedBy: "body:general-assembly"}) { totalCount nodes { quote } }
    } }`,
  },
  body: {
    root: 'body',
    query: `query ($id: ID!) { body(id: $id) {
      id monitors { id } parent { id label } children { id } establishedBy { id } succeededBy { id } precededBy { id }
      citedBy(first: 5, filter: {roles: [ADDRESSEE]}) { totalCount nodes { quote paragraph { id citations { target { id } } } } }
    } }`,
  },
  document: {
    root: 'document',
    query: `query ($id: ID!) { document(id: $id) { id authoredBy { id } concerns { id } contains { id } citedBy(first: 3) { totalCount nodes { quote } } } }`,
  },
};

let graph: Awaited<ReturnType<typeof connectTestGraph>>;
let server: ApolloServer<GraphContext>;
const ids: Record<'resolution' | 'instrument' | 'body' | 'document', string[]> = { resolution: [], instrument: [], body: [], document: [] };
const symbols: string[] = [];

async function ask(query: string, variables: Record<string, unknown>, planner: boolean) {
  const contextValue = { ...createContext(graph.repo, 100, 'test'), planner };
  const before = graph.roundTrips.names.length;
  const response = await server.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const names = graph.roundTrips.names.slice(before);
  return { result: response.body.singleResult, roundTrips: names.length, names };
}

beforeAll(async () => {
  graph = await connectTestGraph();
  await resetAndLoadDefault(graph);
  server = composeGraphql(testConfig(), createLogger('silent')).apollo;
  const session = graph.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
  try {
    // Many resolutions of the corpus (every 9th by symbol, so short and long ones), and the most cited entities of each type.
    const rs = await session.run('MATCH (r:Resolution) WHERE r.paragraphCount > 0 WITH r ORDER BY r.symbol WITH collect(r) AS rs RETURN [i IN range(0, size(rs) - 1, 9) | rs[i].id] AS ids, [i IN range(4, size(rs) - 1, 23) | rs[i].symbol] AS symbols');
    ids.resolution = rs.records[0].get('ids');
    symbols.push(...rs.records[0].get('symbols'));
    for (const [label, key] of [['Instrument', 'instrument'], ['Body', 'body'], ['Document', 'document']] as const) {
      const r = await session.run(`MATCH (n:${label}) WHERE n.citedByCount >= 0 AND NOT n:Resolution RETURN n.id AS id ORDER BY n.citedByCount DESC, n.id LIMIT 15`);
      ids[key] = r.records.map((x) => x.get('id'));
    }
  } finally {
    await session.close();
  }
}, 300_000);
afterAll(async () => graph.driver.close());

describe('one planned statement per root field', () => {
  it('has enough of the corpus to compare', () => {
    expect(ids.resolution.length).toBeGreaterThan(30);
    expect(symbols.length).toBeGreaterThan(10);
    expect(ids.instrument.length + ids.body.length + ids.document.length).toBe(45);
  });

  it.each(Object.keys(SHAPES))('%s: the same JSON as the loaders give, in one round trip', async (shape) => {
    const { root, query } = SHAPES[shape];
    const cases = shape === 'resolution-by-symbol' ? symbols.map((symbol) => ({ symbol })) : ids[root].map((id) => ({ id }));
    for (const variables of cases) {
      const planned = await ask(query, variables, true);
      const loaded = await ask(query, variables, false);
      expect(planned.result.errors).toBeUndefined();
      expect(JSON.stringify(planned.result)).toBe(JSON.stringify(loaded.result));
      expect({ variables, reads: planned.names }).toEqual({ variables, reads: [`plan/${root}`] });
      expect(loaded.roundTrips).toBeGreaterThan(1);
    }
  }, 240_000);

  it('projects for the whole operation: a second root field reads properties the first did not select, from the same primed records', async () => {
    // The plan of the first root fills the loaders with the cited instruments, the Universal Declaration among them;
    // the second root asks for it by id and must see every property it selects.
    const query = `query ($id: ID!) { resolution(id: $id) { cites { entity { id } } } udhr: instrument(id: "instrument:udhr") { title label adoptedOn curated citedByCount externalIds { wikidata } } }`;
    let citing = 0;
    for (const id of ids.resolution) {
      const planned = await ask(query, { id }, true);
      const loaded = await ask(query, { id }, false);
      expect(planned.result.errors).toBeUndefined();
      expect(JSON.stringify(planned.result)).toBe(JSON.stringify(loaded.result));
      if (JSON.stringify(planned.result).includes('"id":"instrument:udhr"')) citing += 1;
      expect((planned.result.data as any).udhr.adoptedOn).toBe('1948-12-10');
    }
    expect(citing).toBeGreaterThan(3);
  }, 240_000);

  it('list pages hold only the properties the operation reads, and give the same JSON as whole nodes', async () => {
    const queries = [
      '{ instruments(first: 20, orderBy: {field: CITED_BY_COUNT, direction: DESC}) { totalCount nodes { id title citedByCount label adoptedOn entryIntoForce kind } } }',
      '{ resolutions(first: 50, filter: {cites: "instrument:udhr"}) { totalCount nodes { id symbol adoptedOn label vote { inFavour against } paragraphCount } } }',
      '{ resolutions(first: 30, after: "b2Zmc2V0OjI5") { totalCount pageInfo { hasNextPage } nodes { __typename id title kind number votingOutcome sponsors agendaItems { id } } } }',
      '{ bodies(first: 30) { nodes { id label kind abbreviation curated note citedByCount establishedOn externalIds { wikidata } monitors { id title } } } }',
      '{ documents(first: 10, orderBy: {field: CITED_BY_COUNT, direction: DESC}) { nodes { id symbol title } } events(first: 10) { nodes { id date year label } } }',
      '{ instruments(first: 5) { nodes { id } } udhr: instrument(id: "instrument:udhr") { title note treatySeries { volume } } }',
    ];
    for (const query of queries) {
      const projected = await ask(query, {}, true);
      const whole = await ask(query, {}, false);
      expect(projected.result.errors).toBeUndefined();
      expect(JSON.stringify(projected.result)).toBe(JSON.stringify(whole.result));
      expect(JSON.stringify(projected.result).length).toBeGreaterThan(200);
    }
  }, 120_000);

  it('keeps the lookup errors: a key of another type, an unknown id, two keys', async () => {
    const wrongType = await ask(SHAPES['guided-by'].query, { id: ids.instrument[0] }, true);
    expect(wrongType.result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(wrongType.result)).toBe(JSON.stringify((await ask(SHAPES['guided-by'].query, { id: ids.instrument[0] }, false)).result));
    const unknown = await ask(SHAPES['guided-by'].query, { id: 'un:A/RES/1/999999' }, true);
    expect(unknown.result).toEqual({ data: { resolution: null } });
    const two = await ask('{ resolution(id: "x", symbol: "y") { id guidedBy { id } } }', {}, true);
    expect(two.result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('starts the planned statement from index seeks, never a label or node scan', async () => {
    const session = graph.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    try {
      const steps = planOf(SHAPES['resolution-page'].query);
      const { text, params } = buildPlannedRead(steps);
      const result = await session.run(`EXPLAIN ${text}`, params);
      const operators: string[] = [];
      const visit = (plan: any) => {
        operators.push(String(plan.operatorType));
        plan.children.forEach(visit);
      };
      visit(result.summary.plan);
      expect(steps.length).toBeGreaterThan(10);
      expect(operators.filter((o) => /^(NodeByLabelScan|AllNodesScan|NodeIndexScan)/.test(o))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('keeps the paging errors of a nested field', async () => {
    const bad = await ask(`query ($id: ID!) { instrument(id: $id) { citedBy(first: 100000) { totalCount } } }`, { id: ids.instrument[0] }, true);
    expect(bad.result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
