import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createContext, GraphContext } from '../../src/api/graphql/context';
import { SUBGRAPH_BANNER } from '../../src/api/graphql/subgraph';
import { ROOT_DIR } from '../support/paths';
import { allDocsText, markedBlock } from '../support/docs';
import { connectTestGraph, resetAndLoad } from '../support/graph';
import { startTestHttp } from '../support/http-server';

const SEED = 'E/CN.4/RES/2003/48';

/**
 * A partner subgraph as another team would write it, taken from docs/exports-and-federation.md so the documented example is
 * the tested one: country reports that name our instruments by id (`resolvable: false`) and annotate our resolutions,
 * which it knows by UN symbol.
 */
const PARTNER_SDL = markedBlock(allDocsText(), 'partner-sdl');

const REPORTS = [
  { country: 'Mexico', year: 2004, instrumentIds: ['instrument:icmw', 'instrument:iccpr'], symbols: [SEED] },
  { country: 'Philippines', year: 2005, instrumentIds: ['instrument:icmw', 'instrument:no-such-thing'], symbols: [] },
];

const partnerResolvers = {
  Query: { countryReports: () => REPORTS },
  CountryReport: {
    instruments: (r: (typeof REPORTS)[number]) => r.instrumentIds.map((id) => ({ __typename: 'Instrument', id })),
    resolutions: (r: (typeof REPORTS)[number]) => r.symbols.map((symbol) => ({ __typename: 'Resolution', symbol })),
  },
  Resolution: {
    __resolveReference: (ref: { symbol: string }) => ref,
    mentionedInReports: (ref: { symbol: string }) => REPORTS.filter((r) => r.symbols.includes(ref.symbol)),
  },
};

describe('the API as an Apollo Federation 2 subgraph, composed with a partner subgraph by a gateway', () => {
  let graph: Awaited<ReturnType<typeof connectTestGraph>>;
  let ours: { apollo: ApolloServer<GraphContext>; close: () => Promise<void>; url: string };
  let partner: ApolloServer;
  let gateway: ApolloServer;

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);

    const api = await startTestHttp(graph, { env: { FEDERATION: 'true' } });
    ours = { apollo: api.app.apollo, close: () => api.close(), url: `${api.base}/graphql` };

    partner = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(PARTNER_SDL), resolvers: partnerResolvers as never }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    const { url: partnerUrl } = await startStandaloneServer(partner, { listen: { host: '127.0.0.1', port: 0 } });

    gateway = new ApolloServer({
      gateway: new ApolloGateway({
        supergraphSdl: new IntrospectAndCompose({ subgraphs: [{ name: 'unhr', url: ours.url }, { name: 'country-reports', url: partnerUrl }] }),
      }),
    });
    await gateway.start();
  });

  afterAll(async () => {
    await gateway?.stop();
    await partner?.stop();
    await ours?.close();
    await graph?.driver.close();
  });

  async function viaGateway(query: string) {
    const response = await gateway.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: any[] };
  }

  async function direct(query: string, variables?: Record<string, unknown>) {
    const response = await ours.apollo.executeOperation({ query, variables }, { contextValue: createContext(graph.repo, 100, 'test') });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: any[] };
  }

  it('joins one query across both subgraphs: country reports -> our instruments, their monitoring bodies and our resolution', async () => {
    const { data, errors } = await viaGateway(`{
      countryReports {
        country
        year
        instruments { id title abbreviation monitoredBy { abbreviation title } }
        resolutions { symbol adoptedOn guidedBy { label } }
      }
    }`);
    expect(errors).toBeUndefined();
    const [mexico, philippines] = data.countryReports;
    expect(mexico).toMatchObject({ country: 'Mexico', year: 2004 });
    expect(mexico.instruments).toEqual([
      {
        id: 'instrument:icmw',
        title: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
        abbreviation: 'ICMW',
        monitoredBy: [{ abbreviation: 'CMW', title: 'Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families' }],
      },
      { id: 'instrument:iccpr', title: 'International Covenant on Civil and Political Rights', abbreviation: 'ICCPR', monitoredBy: [{ abbreviation: 'CCPR', title: 'Human Rights Committee' }] },
    ]);
    expect(mexico.resolutions).toHaveLength(1);
    expect(mexico.resolutions[0].symbol).toBe(SEED);
    expect(mexico.resolutions[0].adoptedOn).toBe('2003-04-23');
    expect(mexico.resolutions[0].guidedBy.map((g: { label: string }) => g.label).sort()).toEqual(['CEDAW', 'CRC', 'ICCPR', 'ICERD', 'ICESCR', 'UDHR']);
    // An id our graph does not know comes back as null, without failing the rest of the query.
    expect(philippines).toMatchObject({ country: 'Philippines', resolutions: [] });
    expect(philippines.instruments.map((i: { id: string } | null) => i?.id ?? null)).toEqual(['instrument:icmw', null]);
  });

  it('gives the documented answer to the documented composed query', async () => {
    const doc = allDocsText();
    const { data, errors } = await viaGateway(markedBlock(doc, 'query'));
    expect(errors).toBeUndefined();
    // The gateway also adds a `valueCompletion` note to `extensions` for the null entity; the docs say so.
    expect({ data }).toEqual(JSON.parse(markedBlock(doc, 'answer')));
  });

  it('lets the partner extend our Resolution by symbol: our query reaches their field', async () => {
    const { data, errors } = await viaGateway(`{ resolution(symbol: "${SEED}") { id number mentionedInReports { country year } } }`);
    expect(errors).toBeUndefined();
    expect(data.resolution).toEqual({ id: `un:${SEED}`, number: '2003/48', mentionedInReports: [{ country: 'Mexico', year: 2004 }] });
  });

  it('answers _entities for many representations in one round trip per key kind; unknown and mistyped keys give null', async () => {
    const before = graph.roundTrips.names.length;
    const { data, errors } = await direct(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          __typename
          ... on Instrument { id abbreviation entryIntoForce }
          ... on Body { id abbreviation }
          ... on Resolution { id symbol }
          ... on Document { id symbol }
        }
      }`,
      {
        representations: [
          { __typename: 'Instrument', id: 'instrument:icmw' },
          { __typename: 'Instrument', id: 'instrument:no-such-thing' },
          { __typename: 'Body', id: 'body:cmw' },
          { __typename: 'Body', id: 'instrument:iccpr' },
          { __typename: 'Resolution', symbol: SEED },
          { __typename: 'Resolution', id: `un:${SEED}` },
          { __typename: 'Resolution', symbol: 'A/RES/99/999' },
          { __typename: 'Instrument', id: `un:${SEED}#op5` },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { __typename: 'Instrument', id: 'instrument:icmw', abbreviation: 'ICMW', entryIntoForce: '2003-07-01' },
      null,
      { __typename: 'Body', id: 'body:cmw', abbreviation: 'CMW' },
      null,
      { __typename: 'Resolution', id: `un:${SEED}`, symbol: SEED },
      { __typename: 'Resolution', id: `un:${SEED}`, symbol: SEED },
      null,
      null,
    ]);
    expect(graph.roundTrips.names.slice(before).sort()).toEqual(['entity/by-ids', 'entity/by-symbols']);
  });

  it('publishes its SDL with the Federation link and the keys through _service', async () => {
    const { data, errors } = await direct('{ _service { sdl } }');
    expect(errors).toBeUndefined();
    const sdl: string = data._service.sdl;
    expect(`${SUBGRAPH_BANNER}${sdl}\n`).toBe(readFileSync(join(ROOT_DIR, 'subgraph.graphql'), 'utf8'));
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])');
    expect(sdl).toMatch(/type Resolution implements Node & Entity\s+@key\(fields: "id"\)\s+@key\(fields: "symbol"\)/);
    expect(sdl).toMatch(/type Document implements Node & Entity\s+@key\(fields: "id"\)\s+@key\(fields: "symbol"\)/);
    expect(sdl).toMatch(/type Instrument implements Node & Entity\s+@key\(fields: "id"\)\s*\{/);
    expect(sdl).toMatch(/type Body implements Node & Entity\s+@key\(fields: "id"\)\s*\{/);
  });
});
