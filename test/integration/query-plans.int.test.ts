import { Driver } from 'neo4j-driver';
import { cypher } from '../../src/graph/cypher';
import { connectTestGraph, resetAndLoad } from '../support/graph';

/**
 * The per-id reads behind the batched loaders must start from an index, never from a scan of a label: a label scan
 * is cheap on the seed graph and grows with every resolution ingested (the benchmark at 10,000 resolutions found
 * `MATCH (r:Resolution {id: …})` scanning every resolution, because the id index is on :Entity). Each carries a
 * `USING INDEX SEEK` hint: without it the planner, going by the statistics of a small or recently emptied graph,
 * sometimes chose a scan of the whole id index (seen in CI).
 */
const LOOKUPS = [
  'entity/by-ids',
  'entity/by-symbols',
  'entity/links-in',
  'entity/links-out',
  'entity/cited-by',
  'paragraph/by-ids',
  'paragraph/citations',
  'resolution/cited-entities',
  'resolution/paragraphs',
  'agenda/by-ids',
  'agenda/of-resolutions',
  'agenda/resolutions',
] as const;

/** Every parameter any of those reads takes, with a harmless value: EXPLAIN plans the query without running it. */
const PARAMS = {
  ids: ['un:E/CN.4/RES/2003/48'],
  id: 'agenda:ga:78:71(b)',
  symbols: ['E/CN.4/RES/2003/48'],
  type: 'MONITORED_BY',
  relations: null,
  types: null,
  roles: null,
  kind: null,
  resolutionId: null,
  adoptedBy: null,
  orderField: 'adoptedOn',
  descending: false,
  skip: 0,
  limit: 10,
};

describe('query plans of the per-id reads', () => {
  let driver: Driver;

  beforeAll(async () => {
    const graph = await connectTestGraph();
    await resetAndLoad(graph);
    driver = graph.driver;
  });
  afterAll(async () => driver.close());

  it.each(LOOKUPS)('%s starts from an index seek, not a label or node scan', async (name) => {
    const session = driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    try {
      const result = await session.run(`EXPLAIN ${cypher(name).text}`, PARAMS);
      const operators: string[] = [];
      const visit = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
        operators.push(`${plan.operatorType} ${String(plan.arguments.Details ?? '')}`);
        plan.children.forEach((c) => visit(c as typeof plan));
      };
      visit(result.summary.plan as never);
      expect(operators.filter((o) => /^(NodeByLabelScan|AllNodesScan|NodeIndexScan)/.test(o))).toEqual([]);
      expect(operators.some((o) => /^(NodeUniqueIndexSeek|NodeIndexSeek)/.test(o))).toBe(true);
    } finally {
      await session.close();
    }
  });
});
