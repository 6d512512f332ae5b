import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT_DIR = join(__dirname, '..', '..');
export const DATA_DIR = join(ROOT_DIR, 'data');

/** The real corpus of General Assembly resolutions (78th session) the corpus tests read, as the project ships it. */
export function corpusDir(): string {
  const dir = join(DATA_DIR, 'corpus', 'ga-78');
  if (!existsSync(dir)) throw new Error(`The GA-78 corpus is not there: looked in ${dir}. Restore data/corpus/ga-78 from git.`);
  return dir;
}
