import { readCatalogue } from '../../src/core/catalogue/catalogue';
import { mergeSplinters } from '../../src/graph/splinters.repository';
import { loadSeedGraph } from '../../src/services/seed-loader';
import { buildCatalogueIndex } from '../../src/core/ingest/catalogue-index';
import { connectTestGraph, DATA_DIR, resetAndLoad } from '../support/graph';

const RESOLUTION = 'un:A/RES/99/901';
const TAMPERE = 'instrument:tampere-convention-on-the-provision-of-telecommunication-resources-for-disaster-mitigation-and-relief-operations';

/** Splinters as a graph loaded before names were normalised holds them: one uncurated node per print of a name. */
const SPLINTERS = [
  { id: 'instrument:convention-on-biological-diversity101', title: 'Convention on Biological Diversity101' },
  { id: 'instrument:convention-on-biological-diversity-24', title: 'Convention on Biological Diversity 24' },
  { id: `${TAMPERE}-of-18-june-1998`, title: 'Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations of 18 June 1998' },
  { id: `${TAMPERE}-12`, title: 'Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations 12' },
];

describe('the splinter merge against a real Neo4j', () => {
  let graph: Awaited<ReturnType<typeof connectTestGraph>>;
  const index = buildCatalogueIndex(readCatalogue(DATA_DIR));

  const query = async (text: string, params: Record<string, unknown> = {}) => {
    const session = graph.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    try {
      return (await session.run(text, params)).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };

  /** A resolution whose paragraphs cite each splinter once, and an article of one of them. */
  const writeSplinters = async () => {
    await query(
      `CREATE (r:Entity:Document:Resolution {id: $resolution, symbol: 'A/RES/99/901', kind: 'RESOLUTION', curated: true})
       WITH r
       UNWIND range(0, size($splinters) - 1) AS i
       WITH r, i, $splinters[i] AS s
       CREATE (n:Entity:Instrument {id: s.id, title: s.title, kind: 'CONVENTION', curated: false})
       CREATE (r)-[:HAS_PARAGRAPH]->(p:Paragraph {id: $resolution + '#pp' + toString(i + 1), kind: 'PREAMBULAR', order: i + 1, text: 'Recalling the ' + s.title + ',', relation: 'RECALLS'})
       CREATE (p)-[:CITES {key: p.id + '@10>' + s.id, quote: s.title, relation: 'RECALLS', phrase: 'Recalling', start: 14, end: 14 + size(s.title), role: 'MENTION'}]->(n)
       CREATE (r)-[:ABOUT]->(n)`,
      { resolution: RESOLUTION, splinters: SPLINTERS },
    );
    await query(
      `MATCH (s:Entity {id: 'instrument:convention-on-biological-diversity-24'}), (p:Paragraph {id: $paragraph})
       CREATE (a:Entity:Provision {id: 'instrument:convention-on-biological-diversity-24:article-8', kind: 'ARTICLE', number: '8', title: 'Article 8', curated: false})-[:PART_OF]->(s)
       CREATE (p)-[:CITES {key: p.id + '@40>' + a.id, quote: 'article 8 of the Convention on Biological Diversity 24', relation: 'RECALLS', phrase: 'Recalling', start: 40, end: 94, role: 'MENTION'}]->(a)`,
      { paragraph: `${RESOLUTION}#pp2` },
    );
  };

  const cbdProperties = async () => (await query(`MATCH (n:Entity {id: 'instrument:cbd'}) RETURN properties(n) AS p`))[0].p;
  const citations = async (id: string) =>
    (await query(`MATCH (p:Paragraph)-[c:CITES]->(:Entity {id: $id}) RETURN p.id AS paragraph, c.quote AS quote, c.key AS key ORDER BY paragraph, quote`, { id })).map((r) => ({ ...r }));

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
  });
  afterAll(async () => {
    await query(`MATCH (r:Entity {id: $resolution}) OPTIONAL MATCH (r)-[:HAS_PARAGRAPH]->(p) DETACH DELETE r, p`, { resolution: RESOLUTION });
    await query(`MATCH (n:Entity) WHERE n.curated = false AND (n.id STARTS WITH $tampere OR n.id STARTS WITH 'instrument:cbd:' OR n.id STARTS WITH 'instrument:convention-on-biological') DETACH DELETE n`, { tampere: TAMPERE });
    await graph.driver.close();
  });

  it('folds every splinter into one node with all its citations, and leaves curated facts as they were', async () => {
    const before = await cbdProperties();
    await writeSplinters();

    expect(await mergeSplinters(graph.executor, index)).toEqual({ merged: 3, renamed: 2 });

    const left = await query(`MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id`, { ids: SPLINTERS.map((s) => s.id) });
    expect(left).toEqual([]);
    expect(await citations('instrument:cbd')).toEqual([
      { paragraph: `${RESOLUTION}#pp1`, quote: 'Convention on Biological Diversity101', key: `${RESOLUTION}#pp1@10>instrument:cbd` },
      { paragraph: `${RESOLUTION}#pp2`, quote: 'Convention on Biological Diversity 24', key: `${RESOLUTION}#pp2@10>instrument:cbd` },
    ]);
    // Its curated facts stay; its stored citation count (issue 13) follows the citations it received.
    const { citedByCount, ...after } = await cbdProperties();
    const { citedByCount: countBefore, ...curatedBefore } = before;
    expect(after).toEqual(curatedBefore);
    expect(countBefore.toNumber()).toBe(0);
    expect(citedByCount.toNumber()).toBe(2);
    // The splinter's article follows it: one provision of the catalogue entry, with its citation.
    const [article] = await query(`MATCH (a:Entity {id: 'instrument:cbd:article-8'})-[:PART_OF]->(i:Entity) RETURN i.id AS parent, a.curated AS curated`);
    expect({ ...article }).toEqual({ parent: 'instrument:cbd', curated: false });
    expect((await citations('instrument:cbd:article-8')).map((c) => c.quote)).toEqual(['article 8 of the Convention on Biological Diversity 24']);
    // Two prints of a name outside the catalogue: one uncurated node, named by the normalised title.
    const [tampere] = await query(`MATCH (n:Entity {id: $id}) RETURN n.title AS title, n.curated AS curated, count { (n)<-[:CITES]-() } AS cited, count { (n)<-[:ABOUT]-() } AS about`, { id: TAMPERE });
    expect({ ...tampere }).toEqual({
      title: 'Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations',
      curated: false,
      cited: expect.anything(),
      about: expect.anything(),
    });
    expect(Number(tampere.cited)).toBe(2);
    expect(Number(tampere.about)).toBe(1);
  });

  it('changes nothing when run again', async () => {
    expect(await mergeSplinters(graph.executor, index)).toEqual({ merged: 0, renamed: 0 });
  });

  it('runs when the catalogue is loaded, as at start-up', async () => {
    await query(`CREATE (:Entity:Instrument {id: 'instrument:convention-on-biological-diversity-on-12-october-2014', title: 'Convention on Biological Diversity on 12 October 2014', kind: 'CONVENTION', curated: false})<-[:CITES {key: 'k', quote: 'Convention on Biological Diversity on 12 October 2014'}]-(:Paragraph {id: $paragraph})`, {
      paragraph: `${RESOLUTION}#pp9`,
    });
    const summary = await loadSeedGraph(graph.executor, DATA_DIR);
    expect(summary.splinters).toEqual({ merged: 1, renamed: 0 });
    expect((await citations('instrument:cbd')).map((c) => c.paragraph)).toContain(`${RESOLUTION}#pp9`);
    await query(`MATCH (p:Paragraph {id: $paragraph}) DETACH DELETE p`, { paragraph: `${RESOLUTION}#pp9` });
  });
});
