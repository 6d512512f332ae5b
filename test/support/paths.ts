import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT_DIR = join(__dirname, '..', '..');
export const DATA_DIR = join(ROOT_DIR, 'data');

/**
 * The real corpus of General Assembly resolutions (78th session) the corpus tests read: `data/corpus/ga-78` once the
 * project ships it, else the shared copy this workspace holds. One place to change when the corpus moves.
 */
export function corpusDir(): string {
  const candidates = [join(DATA_DIR, 'corpus', 'ga-78'), '/work/shared/corpus/ga-78'];
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`The GA-78 corpus is not there: looked in ${candidates.join(' and ')}. Put the texts in data/corpus/ga-78.`);
  return found;
}
