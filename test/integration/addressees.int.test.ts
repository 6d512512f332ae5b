import { GraphRuntime } from '../../src/app/graph-runtime';
import { connectTestGraph, createTestServer, resetAndLoad } from '../support/graph';

/** Addressees as links: whom an organ's clauses ask to act, with the verb, in one query (issue 11, item 5). */
describe('addressees over GraphQL, against a real Neo4j with the seed', () => {
  let graph: GraphRuntime;
  let run: ReturnType<typeof createTestServer>['run'];

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    run = createTestServer(graph).run;
  });
  afterAll(async () => graph.driver.close());

  const requestsOf = (body: string, organ: string) => `{
    body(id: "${body}") {
      addressedBy(filter: { adoptedBy: "${organ}", relations: [REQUESTS] }, orderBy: { field: DATE, direction: ASC }) {
        totalCount
        nodes { relation role phrase resolution { symbol } paragraph { number } }
      }
    }
  }`;

  it('answers what the Commission requests of the Secretary-General, and nothing for an organ that adopted none of it', async () => {
    const commission = await run(requestsOf('body:secretary-general', 'body:chr'));
    expect(commission.errors).toBeUndefined();
    expect(commission.data.body.addressedBy.totalCount).toBe(4);
    expect(commission.data.body.addressedBy.nodes.map((n: any) => n.paragraph.number)).toEqual(['4', '5', '7', '10']);
    for (const n of commission.data.body.addressedBy.nodes) expect(n).toMatchObject({ relation: 'REQUESTS', role: 'ADDRESSEE', resolution: { symbol: 'E/CN.4/RES/2003/48' } });
    const assembly = await run(requestsOf('body:secretary-general', 'body:general-assembly'));
    expect(assembly.data.body.addressedBy.totalCount).toBe(0);
  });

  it('links the collective actors a clause calls upon, with the verb', async () => {
    const { data, errors } = await run(`{
      body(id: "body:states") { addressedBy { totalCount nodes { relation phrase quote paragraph { number } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.body.addressedBy.nodes).toEqual([{ relation: 'CALLS_UPON', phrase: 'Calls again upon', quote: 'States', paragraph: { number: '3' } }]);
  });
});
