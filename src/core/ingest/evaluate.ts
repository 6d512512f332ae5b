// Over 400 lines: the scoring of a parse against a gold file (paragraphs, clauses, citations, entities) and the
// name canonicalisation it needs; one module so every score uses the same matching. Split scoring from naming when it grows.
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../model/vocabulary';
import { CatalogueIndex } from './catalogue-index';
import { citationSchema, clauseSchema, paragraphSchema, ParsedClause, ParsedParagraph, ParsedResolution, parsedResolutionSchema } from './parsed-resolution';

/**
 * A gold file: the parser's output shape, plus what a reader can say that the parser may not (yet) produce:
 * `part` on paragraphs of a resolution in parts or sections, the document `kind` (DRAFT for a draft) and its
 * `sponsors` as printed, relations named after their verb even where the vocabulary has no name for them yet
 * (DECLARES, DEPLORES, STRESSES …), and citation targets written `name:<Type>:<Full title>` for entities that are
 * not (yet) in the catalogue.
 */
export const goldClauseSchema = clauseSchema.extend({ relation: z.string().regex(/^[A-Z][A-Z_]*$/, 'must be a relation name in capitals, e.g. RECALLS') });
export const goldCitationSchema = citationSchema.extend({
  target: z.string().regex(/^((un|instrument|body|event|resolution|document):\S.*|name:(Instrument|Body|Document|Resolution|Event):\S.*)$/, 'must be an id (un:, instrument:, body:, event:, resolution:) or name:<Type>:<Full title>'),
});
export const goldParagraphSchema = paragraphSchema.extend({
  part: z.string().min(1).optional(),
  clauses: z.array(goldClauseSchema).min(1),
  citations: z.array(goldCitationSchema),
});
export const goldResolutionSchema = parsedResolutionSchema.extend({
  kind: z.enum(DOCUMENT_KINDS).optional(),
  sponsors: z.array(z.string().min(1)).min(1).optional(),
  paragraphs: z.array(goldParagraphSchema).min(1),
});
export type GoldResolution = z.infer<typeof goldResolutionSchema>;
type GoldParagraph = z.infer<typeof goldParagraphSchema>;
type AnyParagraph = ParsedParagraph | GoldParagraph;
type AnyClause = ParsedClause | z.infer<typeof goldClauseSchema>;

/** How many of `total` items were right. */
export interface Accuracy {
  correct: number;
  total: number;
}

/** Citations found against citations expected. */
export interface CitationCounts {
  truePositives: number;
  expected: number;
  found: number;
}

/** What a developer needs to fix one error: where, what was expected, what the parser gave. */
export interface Miss {
  area: 'metadata' | 'segmentation' | 'clause' | 'citation';
  where: string;
  expected: string;
  got: string;
}

/** The score of one parse against its gold file; counts add up across files (micro-averages). */
export interface ExtractionScore {
  /** Positions where kind, number and text are all equal, out of the longer of the two paragraph lists. */
  paragraphs: Accuracy;
  /** Paragraphs whose first clause has the expected phrase and relation. */
  firstClauses: Accuracy;
  /** Every clause, compared by position within its paragraph: phrase, relation and addressee. */
  clauses: Accuracy;
  citations: CitationCounts;
  /** symbol, adoptedOn, adoptedBy and votingOutcome (and kind and sponsors where the gold gives them). */
  metadata: Accuracy;
  /** Citations by kind, strict and lenient, relations by verb and structure; only when scored with a catalogue. */
  entities?: EntityScore;
  misses: Miss[];
}

export const METADATA_FIELDS = ['symbol', 'adoptedOn', 'adoptedBy', 'votingOutcome'] as const;

/**
 * Compares a parse with a hand-checked gold parse. Paragraphs are compared by position, so a merged or split
 * paragraph also costs the clauses and citations of the paragraphs after it; the first misses point at the cause.
 * A citation is the tuple (paragraph position, target id, quote, occurrence).
 */
export function scoreExtraction(got: ParsedResolution, gold: GoldResolution | ParsedResolution, index?: CatalogueIndex): ExtractionScore {
  const misses: Miss[] = [];
  const metadata: Accuracy = { correct: 0, total: METADATA_FIELDS.length };
  for (const field of METADATA_FIELDS) {
    if (got[field] === gold[field]) metadata.correct += 1;
    else misses.push({ area: 'metadata', where: field, expected: show(gold[field]), got: show(got[field]) });
  }
  const extra = got as ParsedResolution & { kind?: string; sponsors?: string[] };
  const g = gold as GoldResolution;
  for (const [field, want, have] of [
    ['kind', g.kind, extra.kind],
    ['sponsors', g.sponsors?.join('; '), extra.sponsors?.join('; ')],
  ] as const) {
    if (want === undefined) continue;
    metadata.total += 1;
    if (want === have) metadata.correct += 1;
    else misses.push({ area: 'metadata', where: field, expected: want, got: show(have) });
  }

  const count = Math.max(gold.paragraphs.length, got.paragraphs.length);
  if (gold.paragraphs.length !== got.paragraphs.length) {
    misses.push({ area: 'segmentation', where: 'paragraph count', expected: String(gold.paragraphs.length), got: String(got.paragraphs.length) });
  }
  const paragraphs: Accuracy = { correct: 0, total: count };
  const firstClauses: Accuracy = { correct: 0, total: count };
  const clauses: Accuracy = { correct: 0, total: 0 };
  for (let i = 0; i < count; i++) {
    const e = gold.paragraphs[i];
    const g = got.paragraphs[i];
    const where = label(i, e ?? g);
    if (e && g && samePlace(e, g) && sameText(e.text, g.text)) paragraphs.correct += 1;
    else misses.push({ area: 'segmentation', where, ...paragraphDiff(e, g) });

    const ec = e?.clauses ?? [];
    const gc = g?.clauses ?? [];
    if (ec[0] && gc[0] && ec[0].phrase === gc[0].phrase && ec[0].relation === gc[0].relation) firstClauses.correct += 1;
    const n = Math.max(ec.length, gc.length);
    clauses.total += n;
    for (let k = 0; k < n; k++) {
      if (ec[k] && gc[k] && sameClause(ec[k], gc[k])) clauses.correct += 1;
      else misses.push({ area: 'clause', where: `${where} clause ${k + 1}`, expected: showClause(ec[k]), got: showClause(gc[k]) });
    }
  }

  const expected = citationKeys(gold);
  const found = citationKeys(got);
  const unmatched = new Map<string, number>();
  for (const key of expected.keys) unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  let truePositives = 0;
  const surplus: string[] = [];
  for (const key of found.keys) {
    const left = unmatched.get(key) ?? 0;
    if (left > 0) {
      truePositives += 1;
      unmatched.set(key, left - 1);
    } else surplus.push(key);
  }
  for (const [key, left] of unmatched) {
    for (let k = 0; k < left; k++) misses.push({ area: 'citation', where: expected.where.get(key)!, expected: expected.show.get(key)!, got: '(not found)' });
  }
  for (const key of surplus) misses.push({ area: 'citation', where: found.where.get(key)!, expected: '(none)', got: found.show.get(key)! });

  const citations = { truePositives, expected: expected.keys.length, found: found.keys.length };
  return { paragraphs, firstClauses, clauses, citations, metadata, ...(index ? { entities: scoreEntities(got, g, index) } : {}), misses };
}

/** Adds up the counts of several scores (micro-averages); misses are kept per file by the caller. */
export function sumScores(scores: ExtractionScore[]): Omit<ExtractionScore, 'misses' | 'entities'> & { entities?: Omit<EntityScore, 'misses'> } {
  const entities = scores.flatMap((s) => (s.entities ? [s.entities] : []));
  const acc = (pick: (s: ExtractionScore) => Accuracy): Accuracy => ({
    correct: scores.reduce((n, s) => n + pick(s).correct, 0),
    total: scores.reduce((n, s) => n + pick(s).total, 0),
  });
  return {
    paragraphs: acc((s) => s.paragraphs),
    firstClauses: acc((s) => s.firstClauses),
    clauses: acc((s) => s.clauses),
    metadata: acc((s) => s.metadata),
    citations: {
      truePositives: scores.reduce((n, s) => n + s.citations.truePositives, 0),
      expected: scores.reduce((n, s) => n + s.citations.expected, 0),
      found: scores.reduce((n, s) => n + s.citations.found, 0),
    },
    ...(entities.length > 0 ? { entities: sumEntityScores(entities) } : {}),
  };
}

/** Share of correct items; 1 when there is nothing to get right. */
export function accuracy(a: Accuracy): number {
  return a.total === 0 ? 1 : a.correct / a.total;
}

/** Precision, recall and F1; precision is 1 when nothing was found, recall is 1 when nothing was expected. */
export function precisionRecall(c: CitationCounts): { precision: number; recall: number; f1: number } {
  const precision = c.found === 0 ? 1 : c.truePositives / c.found;
  const recall = c.expected === 0 ? 1 : c.truePositives / c.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function citationKeys(r: ParsedResolution | GoldResolution): { keys: string[]; where: Map<string, string>; show: Map<string, string> } {
  const keys: string[] = [];
  const where = new Map<string, string>();
  const show = new Map<string, string>();
  r.paragraphs.forEach((p, i) => {
    for (const c of p.citations) {
      const occurrence = c.occurrence ?? 1;
      const key = JSON.stringify([i, c.target, c.quote, occurrence]);
      keys.push(key);
      where.set(key, label(i, p));
      show.set(key, `${c.target} ${quoted(c.quote)}${occurrence > 1 ? ` (occurrence ${occurrence})` : ''}`);
    }
  });
  return { keys, where, show };
}

/** "¶3 (pp)" or "¶14 (op 4)": the position, and what the gold calls the paragraph. */
function label(index: number, p: AnyParagraph | undefined): string {
  const part = p && partOf(p) ? `${partOf(p)}-` : '';
  const kind = p ? (p.kind === 'OPERATIVE' ? ` (${part}op${p.number ? ` ${p.number}` : ''})` : ` (${part}pp)`) : '';
  return `¶${index + 1}${kind}`;
}

function paragraphDiff(e: AnyParagraph | undefined, g: AnyParagraph | undefined): { expected: string; got: string } {
  if (!e) return { expected: '(no paragraph)', got: snippet(g!.text, 0) };
  if (!g) return { expected: snippet(e.text, 0), got: '(no paragraph)' };
  if (!samePlace(e, g)) return { expected: place(e), got: place(g) };
  const et = collapse(e.text);
  const gt = collapse(g.text);
  let at = 0;
  while (at < et.length && et[at] === gt[at]) at++;
  return { expected: `${snippet(et, at)} at char ${at}`, got: snippet(gt, at) };
}

function place(p: AnyParagraph): string {
  return `${partOf(p) ? `part ${partOf(p)} ` : ''}${p.kind}${p.number ? ` ${p.number}` : ''}`;
}

/** The part (A, B) or section (I, II) a paragraph belongs to, in a resolution numbered from 1 in each. */
function partOf(p: AnyParagraph): string | undefined {
  return (p as { part?: string }).part;
}

function samePlace(e: AnyParagraph, g: AnyParagraph): boolean {
  return e.kind === g.kind && e.number === g.number && partOf(e) === partOf(g);
}

/** Paragraph texts are compared after collapsing runs of whitespace (line breaks, double spaces) to one space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  return collapse(a) === collapse(b);
}

/** About 60 characters of `text` around `at`, quoted, with ellipses where cut. */
function snippet(text: string, at: number): string {
  const from = Math.max(0, at - 20);
  const to = Math.min(text.length, at + 40);
  return `${from > 0 ? '…' : ''}${quoted(text.slice(from, to))}${to < text.length ? '…' : ''}`;
}

function sameClause(a: AnyClause, b: AnyClause): boolean {
  return a.phrase === b.phrase && a.relation === b.relation && a.addressee === b.addressee;
}

function showClause(c: AnyClause | undefined): string {
  if (!c) return '(no clause)';
  return `${quoted(c.phrase)} ${c.relation}${c.addressee ? ` addressee ${quoted(c.addressee)}` : ''}`;
}

function quoted(s: string): string {
  return JSON.stringify(s);
}

function show(v: unknown): string {
  return v === undefined ? '(none)' : String(v);
}

// ---------------------------------------------------------------------------------------------------------------
// Citations by kind, relations by verb and structure, as ANNOTATION.md defines them.

/** The kinds of citation ANNOTATION.md names; `other` holds what it does not (sessions and meetings). */
export const CITATION_KINDS = ['instrument', 'resolution', 'document', 'body', 'provision', 'other'] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

/** Citations, relations and structure, with paragraphs matched by their place (part, kind, number), not position. */
export interface EntityScore {
  /** Every (paragraph, target) once, by kind. */
  strict: Record<CitationKind, CitationCounts>;
  /** The same without bodies named inside another cited name ("Human Rights Council" in "Human Rights Council resolution 27/21"). */
  lenient: Record<CitationKind, CitationCounts>;
  /** Gold clauses by their relation (one relation per verb), and how many of them the parser gave that relation. */
  relations: Record<string, Accuracy & { phrases: string[] }>;
  /** Paragraphs found at their place with the gold text; every clause's leading phrase; files whose paragraph count is right. */
  structure: { paragraphs: Accuracy; leads: Accuracy; counts: Accuracy };
  misses: Miss[];
}

/** `<instrument or resolution>:article-72`, `…:paragraph-5`, `…:goal-4`, `…:target-16.9`, `…:rule-160`, `…:principle-3`, `…:chapter-2`. */
const PROVISION = /^(.+):((?:article|paragraph|goal|target|section|annex|rule|principle|chapter|part)-[^:]+)$/;

/** The kind of a citation target, from the id scheme (CONVENTIONS.md). */
export function citationKind(target: string): CitationKind {
  if (PROVISION.test(target)) return 'provision';
  const named = /^name:(\w+):/.exec(target);
  if (named) return ({ Instrument: 'instrument', Body: 'body', Document: 'document', Resolution: 'resolution' } as Record<string, CitationKind>)[named[1]] ?? 'other';
  if (target.startsWith('instrument:')) return 'instrument';
  if (target.startsWith('body:')) return 'body';
  if (target.startsWith('resolution:')) return 'resolution';
  if (target.startsWith('un:')) return /^un:([A-Z][A-Z0-9.]*\/)*(RES|DEC)\//.test(target) ? 'resolution' : 'document';
  if (target.startsWith('document:')) return 'document';
  return 'other';
}

const NAME_PREFIX: Record<string, string> = { Instrument: 'instrument', Body: 'body', Document: 'document', Resolution: 'resolution', Event: 'event' };

/** Lower case, straight quotes, one space, no leading "the", no trailing punctuation: how two names are compared. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '')
    .replace(/[\s,.;:]+$/, '')
    .toLowerCase();
}

function slug(name: string): string {
  return normaliseName(name)
    .replace(/[^\p{L}\d]+/gu, '-')
    .replace(/^-|-$/g, '');
}

interface NameTable {
  /** Normalised name (title, short title, abbreviation, alias) to catalogue ids. */
  byName: Map<string, string[]>;
  /** Slug of a name to catalogue ids, so an uncurated `instrument:<slug>` meets its curated entity. */
  bySlug: Map<string, string[]>;
}

const tables = new WeakMap<CatalogueIndex, NameTable>();

function nameTable(index: CatalogueIndex): NameTable {
  let t = tables.get(index);
  if (t) return t;
  t = { byName: new Map(), bySlug: new Map() };
  const add = (name: string, id: string) => {
    for (const [map, key] of [
      [t!.byName, normaliseName(name)],
      [t!.bySlug, slug(name)],
    ] as const) {
      const ids = map.get(key) ?? [];
      if (!ids.includes(id)) map.set(key, [...ids, id]);
    }
  };
  for (const { phrase, targets } of index.names) for (const id of targets) add(phrase, id);
  for (const [id, { title }] of index.titles) add(title, id);
  tables.set(index, t);
  return t;
}

/** The one catalogue entity of that prefix a name stands for, if the catalogue knows exactly one. */
function catalogueEntity(map: Map<string, string[]>, key: string, prefix: string): string | undefined {
  const ids = (map.get(key) ?? []).filter((id) => id.startsWith(`${prefix}:`) || (prefix === 'document' && id.startsWith('un:')));
  return ids.length === 1 ? ids[0] : undefined;
}

/**
 * One id per entity, whoever wrote it: a gold `name:<Type>:<Full title>` resolves through the catalogue (title, short
 * title, abbreviation, alias) or becomes the uncurated id of that name; a parser's uncurated id resolves through the
 * title it gave the entity, or its slug, to the catalogue entity of that name where there is one. A provision keeps
 * its article, goal or paragraph on the canonical id of its instrument or resolution; `resolution:<body>:<n>` gets the
 * canonical slug of its body.
 */
export function canonicalTarget(target: string, index: CatalogueIndex, titles: Map<string, string> = new Map()): string {
  const t = nameTable(index);
  // A provision first ("name:Instrument:Rules of procedure …:rule-160" is a provision of a named instrument, not an instrument).
  const provision = PROVISION.exec(target);
  if (provision) return `${canonicalTarget(provision[1], index, titles)}:${provision[2]}`;
  const named = /^name:(\w+):(.+)$/.exec(target);
  if (named) {
    const prefix = NAME_PREFIX[named[1]] ?? named[1].toLowerCase();
    return catalogueEntity(t.byName, normaliseName(named[2]), prefix) ?? `${prefix}:${slug(named[2])}`;
  }
  const ofBody = /^resolution:([^:]+):(.+)$/.exec(target);
  if (ofBody) {
    const body = canonicalTarget(`body:${ofBody[1]}`, index, titles);
    return `resolution:${body.replace(/^body:/, '')}:${ofBody[2]}`;
  }
  // Security Council resolutions are written `un:S/RES/2118 (2013)` (CONVENTIONS.md); older gold files left out the space.
  const council = /^un:S\/RES\/(\d+)\s*\((\d{4})\)$/.exec(target);
  if (council) return `un:S/RES/${council[1]} (${council[2]})`;
  // A part of a resolution adopted in parts ("resolution 77/253 B"): the letter is kept after a space, as the UN writes it.
  const part = /^(un:[A-Z]\/RES\/\d+\/\d+) ?([A-Z])$/.exec(target);
  if (part) return `${part[1]} ${part[2]}`;
  if (index.ids.has(target)) return target;
  const prefix = /^(instrument|body|document):/.exec(target)?.[1];
  if (!prefix) return target;
  const title = titles.get(target);
  if (title) return catalogueEntity(t.byName, normaliseName(title), prefix) ?? `${prefix}:${slug(title)}`;
  return catalogueEntity(t.bySlug, target.slice(prefix.length + 1), prefix) ?? target;
}

/** Where a paragraph sits: part, kind and number (operative) or rank among the preambular paragraphs of its part. */
function placeKeys(paragraphs: AnyParagraph[]): string[] {
  const rank = new Map<string, number>();
  return paragraphs.map((p) => {
    const part = partOf(p) ?? '';
    const kindKey = `${part}|${p.kind}`;
    const n = (rank.get(kindKey) ?? 0) + 1;
    rank.set(kindKey, n);
    return p.kind === 'OPERATIVE' && p.number ? `${part}|op|${p.number}` : `${part}|${p.kind === 'OPERATIVE' ? 'op#' : 'pp'}|${n}`;
  });
}

function placeLabel(key: string): string {
  const [part, kind, n] = key.split('|');
  return `${part ? `${part}-` : ''}${kind === 'op' ? 'op' : kind === 'op#' ? 'op (unnumbered) ' : 'pp'}${n}`;
}

/** Spans [from, to) of every occurrence of `quote` in `text`. */
function spans(text: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  const t = collapse(text);
  const q = collapse(quote);
  if (!q) return out;
  for (let at = t.indexOf(q); at >= 0; at = t.indexOf(q, at + 1)) out.push([at, at + q.length]);
  return out;
}

/** Targets of bodies whose every mention in the paragraph lies inside a longer quote of another cited target. */
function nestedBodies(p: AnyParagraph, canon: (target: string) => string): Set<string> {
  const nested = new Set<string>();
  for (const c of p.citations) {
    const target = canon(c.target);
    if (citationKind(target) !== 'body' && citationKind(c.target) !== 'body') continue;
    const own = spans(p.text, c.quote);
    const others = p.citations.filter((d) => canon(d.target) !== target && collapse(d.quote).length > collapse(c.quote).length).flatMap((d) => spans(p.text, d.quote));
    if (own.length > 0 && own.every(([a, b]) => others.some(([x, y]) => x <= a && b <= y))) nested.add(target);
  }
  return nested;
}

function emptyCounts(): Record<CitationKind, CitationCounts> {
  return Object.fromEntries(CITATION_KINDS.map((k) => [k, { truePositives: 0, expected: 0, found: 0 }])) as Record<CitationKind, CitationCounts>;
}

/**
 * Scores citations per (paragraph, kind, target), strict and lenient; clause relations per verb; and structure.
 * Paragraphs are matched by their place, so one merged paragraph does not cost the citations of all the others.
 */
export function scoreEntities(got: ParsedResolution, gold: GoldResolution | ParsedResolution, index: CatalogueIndex): EntityScore {
  const titles = new Map<string, string>();
  for (const e of got.newEntities ?? []) if (e.title) titles.set(e.id, e.title);
  const canon = (target: string) => canonicalTarget(target, index, titles);
  const misses: Miss[] = [];
  const goldKeys = placeKeys(gold.paragraphs);
  const gotKeys = placeKeys(got.paragraphs);
  const gotByKey = new Map<string, AnyParagraph>();
  got.paragraphs.forEach((p, i) => gotByKey.set(gotKeys[i], p));

  const paragraphs: Accuracy = { correct: 0, total: 0 };
  const leads: Accuracy = { correct: 0, total: 0 };
  const relations: EntityScore['relations'] = {};
  gold.paragraphs.forEach((e, i) => {
    const g = gotByKey.get(goldKeys[i]);
    paragraphs.total += 1;
    if (g && sameText(e.text, g.text)) paragraphs.correct += 1;
    const used = new Set<number>();
    e.clauses.forEach((c, k) => {
      leads.total += 1;
      const gc = g?.clauses ?? [];
      let j = gc.findIndex((x, n) => !used.has(n) && x.phrase.toLowerCase() === c.phrase.toLowerCase());
      if (j < 0 && gc[k] && !used.has(k)) j = k;
      const match = j >= 0 ? gc[j] : undefined;
      if (j >= 0) used.add(j);
      if (match && match.phrase === c.phrase) leads.correct += 1;
      const r = (relations[c.relation] ??= { correct: 0, total: 0, phrases: [] });
      r.total += 1;
      if (!r.phrases.includes(c.phrase)) r.phrases.push(c.phrase);
      if (match && match.relation === c.relation) r.correct += 1;
      else misses.push({ area: 'clause', where: `${placeLabel(goldKeys[i])} "${c.phrase}"`, expected: c.relation, got: match ? `${match.relation} ("${match.phrase}")` : '(no clause)' });
    });
  });
  paragraphs.total += got.paragraphs.filter((_, i) => !goldKeys.includes(gotKeys[i])).length;
  const counts: Accuracy = { correct: gold.paragraphs.length === got.paragraphs.length ? 1 : 0, total: 1 };

  // Every (place, canonical target) once per side, and which of them are bodies named inside another name.
  const collect = (ps: AnyParagraph[], keys: string[]) => {
    const items = new Map<string, { kind: CitationKind; where: string; show: string }>();
    const nested = new Set<string>();
    ps.forEach((p, i) => {
      for (const c of p.citations) {
        const target = canon(c.target);
        const kind = citationKind(target) === 'other' ? citationKind(c.target) : citationKind(target);
        const key = `${keys[i]}\u0000${target}`;
        if (!items.has(key)) items.set(key, { kind, where: placeLabel(keys[i]), show: `${kind} ${target}${target !== c.target ? ` (${c.target})` : ''} "${c.quote}"` });
      }
      for (const target of nestedBodies(p, canon)) nested.add(`${keys[i]}\u0000${target}`);
    });
    return { items, nested };
  };
  const expected = collect(gold.paragraphs, goldKeys);
  const found = collect(got.paragraphs, gotKeys);
  const strict = emptyCounts();
  const lenient = emptyCounts();
  const dropped = new Set([...expected.nested, ...found.nested]);
  for (const [key, item] of expected.items) {
    const hit = found.items.has(key);
    for (const score of dropped.has(key) ? [strict] : [strict, lenient]) {
      score[item.kind].expected += 1;
      if (hit) score[item.kind].truePositives += 1;
    }
    if (!hit) misses.push({ area: 'citation', where: item.where, expected: item.show, got: '(not found)' });
  }
  for (const [key, item] of found.items) {
    const kind = expected.items.get(key)?.kind ?? item.kind;
    for (const score of dropped.has(key) ? [strict] : [strict, lenient]) score[kind].found += 1;
    if (!expected.items.has(key)) misses.push({ area: 'citation', where: item.where, expected: '(none)', got: item.show });
  }
  return { strict, lenient, relations, structure: { paragraphs, leads, counts }, misses };
}

/** The five kinds of ANNOTATION.md together; `other` (sessions, meetings) is reported on its own line only. */
export function totalCounts(byKind: Record<CitationKind, CitationCounts>): CitationCounts {
  const all = CITATION_KINDS.filter((k) => k !== 'other').map((k) => byKind[k]);
  return {
    truePositives: all.reduce((n, c) => n + c.truePositives, 0),
    expected: all.reduce((n, c) => n + c.expected, 0),
    found: all.reduce((n, c) => n + c.found, 0),
  };
}

/** Adds up entity scores across files. */
export function sumEntityScores(scores: EntityScore[]): Omit<EntityScore, 'misses'> {
  const add = (a: CitationCounts, b: CitationCounts) => ({ truePositives: a.truePositives + b.truePositives, expected: a.expected + b.expected, found: a.found + b.found });
  const addAcc = (a: Accuracy, b: Accuracy) => ({ correct: a.correct + b.correct, total: a.total + b.total });
  const strict = emptyCounts();
  const lenient = emptyCounts();
  const relations: EntityScore['relations'] = {};
  let structure = { paragraphs: { correct: 0, total: 0 }, leads: { correct: 0, total: 0 }, counts: { correct: 0, total: 0 } };
  for (const s of scores) {
    for (const k of CITATION_KINDS) {
      strict[k] = add(strict[k], s.strict[k]);
      lenient[k] = add(lenient[k], s.lenient[k]);
    }
    for (const [rel, r] of Object.entries(s.relations)) {
      const acc = (relations[rel] ??= { correct: 0, total: 0, phrases: [] });
      acc.correct += r.correct;
      acc.total += r.total;
      for (const p of r.phrases) if (!acc.phrases.includes(p)) acc.phrases.push(p);
    }
    structure = {
      paragraphs: addAcc(structure.paragraphs, s.structure.paragraphs),
      leads: addAcc(structure.leads, s.structure.leads),
      counts: addAcc(structure.counts, s.structure.counts),
    };
  }
  return { strict, lenient, relations, structure };
}
