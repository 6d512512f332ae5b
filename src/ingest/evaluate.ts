import { ParsedClause, ParsedParagraph, ParsedResolution } from './parsed-resolution';

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
  /** symbol, adoptedOn, adoptedBy and votingOutcome. */
  metadata: Accuracy;
  misses: Miss[];
}

export const METADATA_FIELDS = ['symbol', 'adoptedOn', 'adoptedBy', 'votingOutcome'] as const;

/**
 * Compares a parse with a hand-checked gold parse. Paragraphs are compared by position, so a merged or split
 * paragraph also costs the clauses and citations of the paragraphs after it; the first misses point at the cause.
 * A citation is the tuple (paragraph position, target id, quote, occurrence).
 */
export function scoreExtraction(got: ParsedResolution, gold: ParsedResolution): ExtractionScore {
  const misses: Miss[] = [];
  const metadata: Accuracy = { correct: 0, total: METADATA_FIELDS.length };
  for (const field of METADATA_FIELDS) {
    if (got[field] === gold[field]) metadata.correct += 1;
    else misses.push({ area: 'metadata', where: field, expected: show(gold[field]), got: show(got[field]) });
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
    if (e && g && e.kind === g.kind && e.number === g.number && e.text === g.text) paragraphs.correct += 1;
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
  const extra: string[] = [];
  for (const key of found.keys) {
    const left = unmatched.get(key) ?? 0;
    if (left > 0) {
      truePositives += 1;
      unmatched.set(key, left - 1);
    } else extra.push(key);
  }
  for (const [key, left] of unmatched) {
    for (let k = 0; k < left; k++) misses.push({ area: 'citation', where: expected.where.get(key)!, expected: expected.show.get(key)!, got: '(not found)' });
  }
  for (const key of extra) misses.push({ area: 'citation', where: found.where.get(key)!, expected: '(none)', got: found.show.get(key)! });

  return { paragraphs, firstClauses, clauses, citations: { truePositives, expected: expected.keys.length, found: found.keys.length }, metadata, misses };
}

/** Adds up the counts of several scores (micro-averages); misses are kept per file by the caller. */
export function sumScores(scores: ExtractionScore[]): Omit<ExtractionScore, 'misses'> {
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

function citationKeys(r: ParsedResolution): { keys: string[]; where: Map<string, string>; show: Map<string, string> } {
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
function label(index: number, p: ParsedParagraph | undefined): string {
  const kind = p ? (p.kind === 'OPERATIVE' ? ` (op${p.number ? ` ${p.number}` : ''})` : ' (pp)') : '';
  return `¶${index + 1}${kind}`;
}

function paragraphDiff(e: ParsedParagraph | undefined, g: ParsedParagraph | undefined): { expected: string; got: string } {
  if (!e) return { expected: '(no paragraph)', got: snippet(g!.text, 0) };
  if (!g) return { expected: snippet(e.text, 0), got: '(no paragraph)' };
  if (e.kind !== g.kind || e.number !== g.number) {
    return { expected: `${e.kind}${e.number ? ` ${e.number}` : ''}`, got: `${g.kind}${g.number ? ` ${g.number}` : ''}` };
  }
  let at = 0;
  while (at < e.text.length && e.text[at] === g.text[at]) at++;
  return { expected: `${snippet(e.text, at)} at char ${at}`, got: snippet(g.text, at) };
}

/** About 60 characters of `text` around `at`, quoted, with ellipses where cut. */
function snippet(text: string, at: number): string {
  const from = Math.max(0, at - 20);
  const to = Math.min(text.length, at + 40);
  return `${from > 0 ? '…' : ''}${quoted(text.slice(from, to))}${to < text.length ? '…' : ''}`;
}

function sameClause(a: ParsedClause, b: ParsedClause): boolean {
  return a.phrase === b.phrase && a.relation === b.relation && a.addressee === b.addressee;
}

function showClause(c: ParsedClause | undefined): string {
  if (!c) return '(no clause)';
  return `${quoted(c.phrase)} ${c.relation}${c.addressee ? ` addressee ${quoted(c.addressee)}` : ''}`;
}

function quoted(s: string): string {
  return JSON.stringify(s);
}

function show(v: unknown): string {
  return v === undefined ? '(none)' : String(v);
}
