import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from './paths';

/** The README: its examples are tested, not just shown. */
export function readmeText(): string {
  return readFileSync(join(ROOT_DIR, 'README.md'), 'utf8');
}

/** Each ```graphql block followed by a ```json block: a query for the plain API and its exact answer. */
export function docExamples(doc: string): { query: string; expected: unknown }[] {
  return [...doc.matchAll(/```graphql\n([\s\S]*?)\n```\s*```json\n([\s\S]*?)\n```/g)].map((m) => ({ query: m[1], expected: JSON.parse(m[2]) }));
}

/** The fenced block right after `<!-- gateway: <name> -->`. */
export function markedBlock(doc: string, name: string): string {
  const match = new RegExp(`<!-- gateway: ${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  if (!match) throw new Error(`README.md has no block marked "gateway: ${name}"`);
  return match[1];
}
