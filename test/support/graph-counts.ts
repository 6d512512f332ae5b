import { Driver } from 'neo4j-driver';

/** Nodes per label and relationships per type: what the fault and hostile-input tests compare before and after. */
export interface GraphCounts {
  labels: Record<string, number>;
  types: Record<string, number>;
}

/** Counts the whole graph (test-only Cypher, no user input). */
export async function countGraph(driver: Driver, database = process.env.NEO4J_DATABASE ?? 'neo4j'): Promise<GraphCounts> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const labels = await session.run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label');
    const types = await session.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
    return {
      labels: Object.fromEntries(labels.records.map((r) => [r.get('label') as string, Number(r.get('n'))])),
      types: Object.fromEntries(types.records.map((r) => [r.get('type') as string, Number(r.get('n'))])),
    };
  } finally {
    await session.close();
  }
}
