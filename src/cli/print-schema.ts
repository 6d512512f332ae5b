import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../repo-root';
import { printGraphSchema } from '../api/graphql/build-schema';
import { printSubgraphGraphSchema } from '../api/graphql/subgraph';

/** `npm run schema`: writes schema.graphql and, for Apollo Federation, subgraph.graphql from the code-first schema. */
function main(): void {
  for (const [name, sdl] of [
    ['schema.graphql', printGraphSchema()],
    ['subgraph.graphql', printSubgraphGraphSchema()],
  ] as const) {
    writeFileSync(join(repoRoot(), name), sdl);
    console.log(`Wrote ${name} (${sdl.split('\n').length} lines).`);
  }
}

main();
