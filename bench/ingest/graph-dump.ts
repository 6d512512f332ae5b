import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { repoRoot } from '../../src/repo-root';

/** A canonical text of the graph: one sorted line per node and per relationship, every value tagged with its type. */
export interface GraphDump {
  nodes: string[];
  relationships: string[];
  /** Nodes by label set and relationships by type. */
  counts: Map<string, number>;
  /** sha256 of all the lines. */
  hash: string;
}

/**
 * Dumps the whole graph (but the version counter) canonically: two loads that made the same nodes, labels,
 * relationships and properties (with the same value types: integer, float, date, string, list) dump alike.
 */
export async function dumpGraph(driver: Driver, options: { ignoreValuesOf?: string[] } = {}): Promise<GraphDump> {
  const ignored = new Set(options.ignoreValuesOf ?? []);
  const canonical = (value: unknown): string => canonicalValue(value, ignored);
  const query = (file: string) => readFileSync(join(repoRoot(), 'cypher', 'bench', file), 'utf8');
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const counts = new Map<string, number>();
    const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    const nodes = (await session.run(query('dump-nodes.cypher'))).records.map((r) => {
      const labels = (r.get('labels') as string[]).sort().join(':');
      count(`(:${labels})`);
      return `(:${labels} ${canonical(r.get('props'))})`;
    });
    const relationships = (await session.run(query('dump-relationships.cypher'))).records.map((r) => {
      count(`[:${r.get('type') as string}]`);
      return `(${String(r.get('from'))})-[:${r.get('type') as string} ${canonical(r.get('props'))}]->(${String(r.get('to'))})`;
    });
    nodes.sort();
    relationships.sort();
    const hash = createHash('sha256');
    for (const line of [...nodes, '--', ...relationships]) hash.update(line).update('\n');
    return { nodes, relationships, counts, hash: hash.digest('hex') };
  } finally {
    await session.close();
  }
}

/** What differs between two dumps: counts, then the first lines found in one and not the other. */
export function diffDumps(a: GraphDump, b: GraphDump, max = 10): string[] {
  if (a.hash === b.hash) return [];
  const out: string[] = [];
  for (const key of [...new Set([...a.counts.keys(), ...b.counts.keys()])].sort()) {
    if (a.counts.get(key) !== b.counts.get(key)) out.push(`count ${key}: ${a.counts.get(key) ?? 0} vs ${b.counts.get(key) ?? 0}`);
  }
  const only = (x: string[], y: string[]) => {
    const ys = new Set(y);
    return x.filter((l) => !ys.has(l));
  };
  for (const [side, lines] of [
    ['only in the first', [...only(a.nodes, b.nodes), ...only(a.relationships, b.relationships)]],
    ['only in the second', [...only(b.nodes, a.nodes), ...only(b.relationships, a.relationships)]],
  ] as const) {
    lines.slice(0, max).forEach((l) => out.push(`${side}: ${l.slice(0, 300)}`));
    if (lines.length > max) out.push(`${side}: … ${lines.length - max} more`);
  }
  return out;
}

/** `ignored`: properties whose value is left out (e.g. parserRevision, which differs between two builds' parser code). */
function canonicalValue(value: unknown, ignored: Set<string>): string {
  const canonical = (v: unknown) => canonicalValue(v, ignored);
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value)) return `${value.toString()}i`;
  if (typeof value === 'number') return `${value}f`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return `${value.constructor.name}(${String(value)})`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${k}:${ignored.has(k) ? '…' : canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return String(value);
}
