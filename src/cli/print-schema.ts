import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../repo-root';
import { printGraphSchema } from '../schema/build-schema';

/** `npm run schema`: writes schema.graphql from the code-first schema. */
function main(): void {
  const file = join(repoRoot(), 'schema.graphql');
  const sdl = printGraphSchema();
  writeFileSync(file, sdl);
  console.log(`Wrote schema.graphql (${sdl.split('\n').length} lines).`);
}

main();
