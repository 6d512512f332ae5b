import { cypher } from '../../src/graph/cypher';
import { connectTestGraph, createTestServer, resetAndLoad } from '../support/graph';

/** A test-only entry with a Wikidata id no real entry has, so the lookup is tested on a value nobody else holds. */
const FIXTURE = { id: 'body:test-fixture-external-ids', qid: 'Q123456789' };

describe('external identifiers against a real Neo4j', () => {
  let graph: Awaited<ReturnType<typeof connectTestGraph>>;
  let run: ReturnType<typeof createTestServer>['run'];

  const write = async (query: string, params: Record<string, unknown>) => {
    const session = graph.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    try {
      return await session.run(query, params);
    } finally {
      await session.close();
    }
  };

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    await write("CREATE (:Entity:Body {id: $id, kind: 'OTHER', title: 'Test fixture for external ids', wikidata: $qid, curated: false})", FIXTURE);
    run = createTestServer(graph).run;
  });
  afterAll(async () => {
    await write('MATCH (n:Entity {id: $id}) DETACH DELETE n', FIXTURE);
    await graph.driver.close();
  });

  it('shows the catalogue values and the links derived from them on an instrument', async () => {
    const { data, errors } = await run(`{
      icmw: instrument(abbreviation: "ICMW") { externalIds { wikidata wikidataUrl treatyCollectionChapter treatyCollectionUrl treatySeries { volume number page } } }
      icescr: instrument(abbreviation: "ICESCR") { externalIds { treatyCollectionChapter treatySeries { volume number page } } treatySeries { volume number page } }
      refugees: instrument(id: "instrument:refugee-convention") { externalIds { treatyCollectionChapter treatyCollectionUrl } }
      udhr: instrument(abbreviation: "UDHR") { externalIds { wikidata treatyCollectionChapter treatyCollectionUrl treatySeries { volume } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.icmw.externalIds).toEqual({
      wikidata: null,
      wikidataUrl: null,
      treatyCollectionChapter: 'IV-13',
      treatyCollectionUrl: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-13&chapter=4&clang=_en',
      treatySeries: { volume: 2220, number: 39481, page: null },
    });
    expect(data.icescr.externalIds).toEqual({ treatyCollectionChapter: 'IV-3', treatySeries: { volume: 993, number: 14531, page: 3 } });
    expect(data.icescr.treatySeries).toEqual(data.icescr.externalIds.treatySeries);
    expect(data.refugees.externalIds).toEqual({
      treatyCollectionChapter: 'V-2',
      treatyCollectionUrl: 'https://treaties.un.org/Pages/ViewDetailsII.aspx?src=TREATY&mtdsg_no=V-2&chapter=5&Temp=mtdsg2&clang=_en',
    });
    // A declaration is not a treaty: no treaty references, and nothing made up; its Wikidata item is a verified one.
    expect(data.udhr.externalIds).toEqual({ wikidata: 'Q7813', treatyCollectionChapter: null, treatyCollectionUrl: null, treatySeries: null });
  });

  it('finds entries by each scheme, normalising the value, and gives null for a value nobody has', async () => {
    const { data, errors } = await run(`{
      chapter: byExternalId(scheme: TREATY_COLLECTION, value: " iv-13 ") { id label }
      covenant: byExternalId(scheme: TREATY_SERIES, value: "999/14668") { id }
      protocol: byExternalId(scheme: TREATY_SERIES, value: "1642 / 14668") { id }
      wikidata: byExternalId(scheme: WIKIDATA, value: "q123456789") { id ... on Body { externalIds { wikidata wikidataUrl } } }
      nobody: byExternalId(scheme: TREATY_COLLECTION, value: "IV-99") { id }
    }`);
    expect(errors).toBeUndefined();
    expect(data.chapter).toEqual({ id: 'instrument:icmw', label: 'ICMW' });
    // The Covenant and its Second Optional Protocol share registration number 14668; the volume tells them apart.
    expect(data.covenant.id).toBe('instrument:iccpr');
    expect(data.protocol.id).toBe('instrument:iccpr-op2');
    expect(data.wikidata).toEqual({ id: FIXTURE.id, externalIds: { wikidata: FIXTURE.qid, wikidataUrl: `https://www.wikidata.org/wiki/${FIXTURE.qid}` } });
    expect(data.nobody).toBeNull();
  });

  it.each([
    ['WIKIDATA', '42', /not a valid WIKIDATA identifier.*e\.g\. "Q42"/],
    ['TREATY_SERIES', '14668', /"<volume>\/<registration number>"/],
    ['TREATY_COLLECTION', "IV-13' OR 1=1 //", /not a valid TREATY_COLLECTION identifier/],
  ])('refuses a malformed %s value with BAD_USER_INPUT and an example', async (scheme, value, message) => {
    const { data, errors } = await run(`query($value: String!) { byExternalId(scheme: ${scheme}, value: $value) { id } }`, { value });
    expect(data?.byExternalId ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(message);
    expect(errors![0].message).not.toMatch(/MATCH|Cypher|\$values/);
  });

  it.each([
    ['entity/by-wikidata', { values: ['Q123456789'] }, 'wikidata'],
    ['entity/by-treaty-collection', { values: ['IV-13'] }, 'treatyCollectionChapter'],
    ['entity/by-treaty-series', { refs: [{ value: '999/14668', volume: 999, number: 14668 }] }, 'treatySeriesVolume'],
  ] as const)('answers %s from an index, not a label scan', async (name, params, property) => {
    const result = await write(`EXPLAIN ${cypher(name).text}`, params);
    const operators: string[] = [];
    const visit = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      operators.push(`${plan.operatorType} ${String(plan.arguments.Details ?? '')}`);
      plan.children.forEach((c) => visit(c as typeof plan));
    };
    visit(result.summary.plan as never);
    expect(operators.some((o) => o.startsWith('NodeIndexSeek') && o.includes(property))).toBe(true);
    expect(operators.some((o) => o.startsWith('NodeByLabelScan'))).toBe(false);
  });
});
