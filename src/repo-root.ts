import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | undefined;

/** The directory holding package.json, found by walking up from this file (works from src/ and dist/src/). */
export function repoRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'cypher'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the project root (package.json and cypher/) above ' + __dirname);
    dir = parent;
  }
  root = dir;
  return root;
}
