import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from './paths';

/** The README: its examples are tested, not just shown. */
export function readmeText(): string {
  return readFileSync(join(ROOT_DIR, 'README.md'), 'utf8');
}

/** README.md first, then every docs/*.md in name order: the documents whose examples are run by tests. */
export function docFiles(): { file: string; text: string }[] {
  const dir = join(ROOT_DIR, 'docs');
  const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
  return [{ file: 'README.md', text: readmeText() }, ...pages.map((f) => ({ file: `docs/${f}`, text: readFileSync(join(dir, f), 'utf8') }))];
}

/** Every document of docFiles, one after the other. */
export function allDocsText(): string {
  return docFiles()
    .map((d) => d.text)
    .join('\n');
}

/** Each ```graphql block followed by a ```json block: a query for the plain API and its exact answer. A page may have none. */
export function docExamples(doc: string): { query: string; expected: unknown }[] {
  return [...doc.matchAll(/```graphql\n([\s\S]*?)\n```\s*```json\n([\s\S]*?)\n```/g)].map((m) => ({ query: m[1], expected: JSON.parse(m[2]) }));
}

/** The fenced block right after `<!-- gateway: <name> -->`, in the README or a page of docs/. */
export function markedBlock(doc: string, name: string): string {
  const match = new RegExp(`<!-- gateway: ${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  if (!match) throw new Error(`no block marked "gateway: ${name}" in README.md or docs/`);
  return match[1];
}
