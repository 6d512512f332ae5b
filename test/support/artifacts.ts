import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from './paths';

/** Where tests leave files for a person to look at (screenshots, logs): `test-artifacts/`, ignored by git. */
export function artifactPath(name: string): string {
  const dir = join(ROOT_DIR, 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
