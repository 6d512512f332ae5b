import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './paths';

/**
 * The folder of the GA-78 corpus (326 real resolution texts as PyMuPDF extracts them): the project's own copy under
 * data/corpus/ga-78, or, in a checkout made before the copy, the shared folder beside the worktrees.
 */
export function corpusDir(): string {
  const own = join(DATA_DIR, 'corpus', 'ga-78');
  if (existsSync(own)) return own;
  const shared = join(DATA_DIR, '..', '..', '..', 'shared', 'corpus', 'ga-78');
  if (existsSync(shared)) return shared;
  throw new Error(`No GA-78 corpus at ${own}: it ships with the project under data/corpus/ga-78.`);
}

/** Every corpus text, { name, text }, sorted by name. */
export function corpusTexts(): { name: string; text: string }[] {
  const dir = corpusDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
