import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { TextVersion } from '../model/graph-write';

/** sha256 (hex) of a text as read: what tells one version of a resolution's text from another. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const revisions = new Map<string, string>();

/**
 * A hash of what turns a text into rows: the parser's own code (this folder and src/core/model, as compiled) and the
 * catalogue under `dataDir` that names are resolved against. A shipped text is read again at start-up when it
 * changes, so a new parser or catalogue reaches the texts it would read differently. Computed once per process.
 */
export function parserRevision(dataDir: string): string {
  const known = revisions.get(dataDir);
  if (known) return known;
  const hash = createHash('sha256');
  const ext = extname(__filename);
  for (const dir of [__dirname, join(__dirname, '..', 'model')]) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(ext) && !f.endsWith(`.d${ext}`)).sort()) {
      hash.update(file).update(readFileSync(join(dir, file)));
    }
  }
  const catalogue = join(dataDir, 'catalogue');
  if (existsSync(catalogue)) {
    for (const file of readdirSync(catalogue).filter((f) => f.endsWith('.json')).sort()) hash.update(file).update(readFileSync(join(catalogue, file)));
  }
  const revision = hash.digest('hex').slice(0, 16);
  revisions.set(dataDir, revision);
  return revision;
}

/** The version of a text from `source` (a shipped file's path under the project, or `api` / `cli`). */
export function textVersion(text: string, source: string, dataDir: string): TextVersion {
  return { contentHash: contentHash(text), source, parserRevision: parserRevision(dataDir) };
}
