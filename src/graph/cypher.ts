import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from '../repo-root';

/** A named, static Cypher statement read from `cypher/queries/<name>.cypher`. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

/** Every query the code runs. Names are checked against the files at start-up. */
export const QUERY_NAMES = [
  'load/upsert-entities',
  'load/unlink-managed',
  'load/link-entities',
  'load/write-resolutions',
  'load/remove-resolutions',
  'load/remove-uncurated-entities',
  'catalogue/uncurated-names',
  'catalogue/dependants',
  'catalogue/existing-ids',
  'catalogue/rename-splinters',
  'catalogue/merge-splinters',
  'load/stored-versions',
  'load/remove-everything',
  'graph/bump-version',
  'graph/version',
  'health/ping',
  'health/counts',
  'entity/by-ids',
  'entity/by-symbols',
  'entity/by-abbreviations',
  'entity/by-wikidata',
  'entity/by-treaty-collection',
  'entity/by-treaty-series',
  'entity/links-out',
  'entity/links-in',
  'entity/list',
  'entity/list-citing',
  'entity/most-cited/instrument',
  'entity/most-cited/body',
  'entity/most-cited/document',
  'entity/most-cited/resolution',
  'entity/most-cited/event',
  'counts/recount',
  'counts/targets-of-resolutions',
  'counts/entity-ids',
  'counts/mismatches',
  'warm-up/prepare-for-replanning',
  'warm-up/touch-store',
  'warm-up/sample-ids',
  'plan/lookup-by-id',
  'plan/lookup-by-symbol',
  'plan/links',
  'plan/cited-entities',
  'plan/paragraphs-by-ids',
  'plan/paragraphs-of',
  'plan/citations-of',
  'plan/cited-by',
  'entity/cited-by',
  'resolution/cited-entities',
  'resolution/paragraphs',
  'paragraph/by-ids',
  'paragraph/citations',
  'search/entities',
  'search/paragraphs',
  'explore/neighbourhood',
  'explore/paths',
  'explore/timeline',
  'export/property-types',
  'export/nodes-page',
  'export/relationships-from',
  'export/neighbourhood',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

const cache = new Map<QueryName, CypherQuery>();

/** The query of that name; its file is read once. */
export function cypher(name: QueryName): CypherQuery {
  let query = cache.get(name);
  if (!query) {
    const text = readFileSync(join(repoRoot(), 'cypher', 'queries', `${name}.cypher`), 'utf8').trim();
    query = { name, text };
    cache.set(name, query);
  }
  return query;
}

/** Loads every known query, failing fast on a missing file, and reports files no code uses. */
export function loadAllQueries(): { unused: string[] } {
  QUERY_NAMES.forEach((name) => cypher(name));
  const dir = join(repoRoot(), 'cypher', 'queries');
  const onDisk = listCypherFiles(dir).map((f) => relative(dir, f).split(sep).join('/').replace(/\.cypher$/, ''));
  return { unused: onDisk.filter((n) => !(QUERY_NAMES as readonly string[]).includes(n)) };
}

/** The idempotent schema statements (constraints, indexes), in file order. */
export function schemaStatements(): CypherQuery[] {
  const dir = join(repoRoot(), 'cypher', 'schema');
  return listCypherFiles(dir).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
      .filter((s) => s.length > 0)
      .map((text, i) => ({ name: `schema/${relative(dir, file)}#${i + 1}`, text })),
  );
}

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listCypherFiles(join(dir, e.name)) : e.name.endsWith('.cypher') ? [join(dir, e.name)] : []));
}
