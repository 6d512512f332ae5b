import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from '../repo-root';
import { expandTemplate } from './cypher-template';

/** A named, static Cypher statement read from `cypher/queries/<name>.cypher`. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

const QUERIES_DIR = join(repoRoot(), 'cypher', 'queries');

/**
 * Every query under cypher/queries, by its path without `.cypher` (`explore/paths`): the folder is the registry. A
 * file whose name starts with `_` is a fragment that queries include (see cypher-template.ts), not a query.
 */
export const QUERY_NAMES: readonly string[] = listCypherFiles(QUERIES_DIR)
  .map((f) => relative(QUERIES_DIR, f).split(sep).join('/').replace(/\.cypher$/, ''))
  .filter((name) => !name.split('/').pop()!.startsWith('_'));

/** The name of a file under cypher/queries; `cypher()` refuses any other. */
export type QueryName = string;

const cache = new Map<QueryName, CypherQuery>();

/** The query of that name, its placeholders expanded (cypher-template.ts); the file is read once. */
export function cypher(name: QueryName): CypherQuery {
  let query = cache.get(name);
  if (!query) {
    if (!QUERY_NAMES.includes(name)) throw new Error(`No query "${name}": cypher/queries/${name}.cypher does not exist.`);
    query = { name, text: compact(expandTemplate(readQueryFile(name), readQueryFile)) };
    cache.set(name, query);
  }
  return query;
}

/** Loads and expands every query, so a broken file or placeholder fails at start-up rather than on first use. */
export function loadAllQueries(): void {
  QUERY_NAMES.forEach((name) => cypher(name));
}

/**
 * The text sent to Neo4j: without whole-line comments, indentation and blank lines. The files keep them for readers;
 * the driver would encode them on every request and Neo4j hash them on every plan-cache lookup (the planned
 * statements nest several fragments: their comments were a third of the text).
 */
export function compact(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('//'))
    .join('\n');
}

function readQueryFile(name: string): string {
  return readFileSync(join(QUERIES_DIR, `${name}.cypher`), 'utf8');
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
