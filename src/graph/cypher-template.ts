import { DRAWN_NODE_PROPERTIES, MAX_PATH_HOPS } from '../core/model/explore';
import { LINK_TYPES } from '../core/model/vocabulary';

/**
 * The parts of Cypher files that vary with the vocabulary or repeat, built once when a file is loaded, so no file
 * copies them by hand. A file names them with placeholders:
 *
 *   {{> explore/_neighbours}}   the text of cypher/queries/explore/_neighbours.cypher (a fragment: its name starts
 *                               with `_`, it is no query of its own), indented like the placeholder
 *   {{shortest-path-branches}}  one allShortestPaths branch per hop count, generated below
 *
 * Everything generated is static text built from the vocabulary and constants, never from a request: values stay
 * $parameters. Relationship types are checked against /^[A-Z_]+$/ before they become text.
 */
export const GENERATED: Readonly<Record<string, () => string>> = {
  'path-relationship-types': () => pathRelationshipTypes(),
  'shortest-path-branches': () => shortestPathBranches(),
};

/** What a path between entities may walk: paragraphs, their citations, and every link type of the vocabulary. */
export function pathRelationshipTypes(): string {
  return ['HAS_PARAGRAPH', 'CITES', ...LINK_TYPES].map(checkedType).join('|');
}

/**
 * One branch per `$maxHops` (1..MAX_PATH_HOPS), joined by UNION ALL, because a path length cannot be a parameter: a
 * citation is two stored relationships (resolution -> paragraph -> entity), so n entity hops allow 2n of them.
 */
export function shortestPathBranches(): string {
  const types = pathRelationshipTypes();
  return Array.from({ length: MAX_PATH_HOPS }, (_, i) => i + 1)
    .map((hops) =>
      [
        `WITH a, b WHERE $maxHops = ${hops} AND a IS NOT NULL AND b IS NOT NULL AND a <> b`,
        `MATCH p = allShortestPaths((a)-[:${types}*..${2 * hops}]-(b))`,
        'RETURN p',
      ].join('\n'),
    )
    .join('\nUNION ALL\n');
}

/**
 * Placeholders that stand inside a line: `[l:{{link-types}}]` is every link type of the vocabulary, so a walk over
 * catalogue links never reads a node's paragraphs or citations (a hub cited 10,000 times has 10,000 of them).
 */
export const INLINE: Readonly<Record<string, () => string>> = {
  'link-types': () => LINK_TYPES.map(checkedType).join('|'),
  // `n {.id, {{drawn-properties}}, labels: labels(n)}`: the properties a drawing shows of a node (core/model/explore.ts).
  'drawn-properties': () => DRAWN_NODE_PROPERTIES.map((p) => `.${checkedProperty(p)}`).join(', '),
};

/**
 * Placeholders that stand inside a line and name a variable of the query: `{{projected-entity n}}` is the node `n` as
 * a read returns it, with only the properties the operation reads when `$props.entity` names them (the format
 * src/graph/projection.ts turns back into a map), or every property when it is null.
 */
export const INLINE_OF_VARIABLE: Readonly<Record<string, (v: string) => string>> = {
  'projected-entity': (v) =>
    `CASE WHEN $props.entity IS NULL THEN ${v} {.*, labels: labels(${v})} ELSE {id: ${v}.id, labels: labels(${v}), _values: [k IN $props.entity | ${v}[k]]} END`,
};

/** Expands the placeholders of a Cypher file's text; `readFragment` reads `cypher/queries/<name>.cypher`. */
export function expandTemplate(text: string, readFragment: (name: string) => string, seen: readonly string[] = []): string {
  return expandInline(expandLines(text, readFragment, seen));
}

function expandInline(text: string): string {
  return text.replace(/\{\{([\w-]+)(?: ([a-z]\w*))?\}\}/g, (_match, name: string, variable: string | undefined) => {
    const generate = variable === undefined ? INLINE[name] : INLINE_OF_VARIABLE[name] && (() => INLINE_OF_VARIABLE[name](variable));
    if (!generate) {
      const known = [...Object.keys(GENERATED), ...Object.keys(INLINE), ...Object.keys(INLINE_OF_VARIABLE).map((k) => `${k} <variable>`)];
      throw new Error(`{{${variable === undefined ? name : `${name} ${variable}`}}} is not a known placeholder (${known.join(', ')})`);
    }
    return generate();
  });
}

function expandLines(text: string, readFragment: (name: string) => string, seen: readonly string[]): string {
  return text.replace(/^([ \t]*)\{\{\s*(>\s*)?([\w/-]+)\s*\}\}[ \t]*$/gm, (_line, indent: string, include: string | undefined, name: string) => {
    let body: string;
    if (include) {
      if (!name.split('/').pop()!.startsWith('_')) throw new Error(`{{> ${name}}}: only fragments (files named _*.cypher) can be included`);
      if (seen.includes(name)) throw new Error(`{{> ${name}}} includes itself (${[...seen, name].join(' -> ')})`);
      // A fragment's opening comment describes the file; the query it lands in has its own.
      body = expandTemplate(readFragment(name).replace(/^(?:[ \t]*\/\/.*\n)+/, '').trim(), readFragment, [...seen, name]);
    } else {
      const generate = GENERATED[name];
      if (!generate) throw new Error(`{{${name}}} is not a known placeholder (${Object.keys(GENERATED).join(', ')})`);
      body = generate();
    }
    return body
      .split('\n')
      .map((line) => (line ? indent + line : line))
      .join('\n');
  });
}

function checkedType(type: string): string {
  if (!/^[A-Z_]+$/.test(type)) throw new Error(`not a relationship type: ${JSON.stringify(type)}`);
  return type;
}

function checkedProperty(name: string): string {
  if (!/^[a-zA-Z]+$/.test(name)) throw new Error(`"${name}" is not a plain property name`);
  return name;
}
