import neo4j, { Integer } from 'neo4j-driver';
import { DataFileError } from '../core/catalogue/catalogue';
import { EntityRow, Props, ResolutionWrite, DATE_PROPS } from '../core/model/graph-write';

/**
 * The plan of a batch of resolution writes, pure: each resolution's rows checked and merged (toStatementRow), then the
 * set-wise parameters of the batch's statements with the outcome of writing its resolutions one after the other
 * (planBatch). LoadRepository runs the statements; this file decides what they get.
 */

/** One row of load/previous-versions: what the graph held of a resolution before the write. */
export interface PreviousRow {
  id: string;
  source: string | null;
  before: { contentHash: string | null; previousContentHash: string | null; previousParagraphCount: number | null; previousCitationCount: number | null };
  oldParagraphs: { id: string; text: string }[];
  oldCitations: { targetId: string; quote: string }[];
}

/** The link types a resolution write creates, by who owns them (see load/write-resolutions.cypher). */
const RESOLUTION_LINK_TYPES: readonly string[] = ['ADOPTED_BY', 'ADOPTED_AT', 'IN_SESSION', 'REPORTED_IN', 'ABOUT'];
const INTRODUCED_ENTITY_LINK_TYPES: readonly string[] = ['PART_OF', 'HELD_BY', 'CONCERNS'];

/** One resolution's rows, checked and with repeats merged: links split by owner, citations under their paragraph. */
export function toStatementRow(w: ResolutionWrite) {
  const attach = Boolean(w.attach);
  // A catalogued document keeps its curated links: the text adds only paragraphs (and introduced entities' links).
  const links = attach ? w.links.filter((l) => l.from !== w.resolution.id) : w.links;
  const targetIds = [...new Set([...w.citations.map((c) => c.targetId), ...links.map((l) => l.to)])].sort();
  const ownLinks = new Map<string, { to: string; type: string; props: Props }>();
  const entityLinks = new Map<string, { from: string; to: string; type: string; props: Props }>();
  for (const l of links) {
    const own = l.from === w.resolution.id;
    if (!(own ? RESOLUTION_LINK_TYPES : INTRODUCED_ENTITY_LINK_TYPES).includes(l.type)) {
      throw new DataFileError(`${w.resolution.id}: a ${l.type} link from ${l.from} is not one a resolution write makes (${linkTypesNote()})`);
    }
    // Later duplicates win, as MERGE ... SET would have it.
    if (own) ownLinks.set(`${l.type}>${l.to}`, { to: l.to, type: l.type, props: l.props });
    else entityLinks.set(`${l.from}>${l.type}>${l.to}`, { from: l.from, to: l.to, type: l.type, props: l.props });
  }
  const citations = new Map<string, Map<string, { targetId: string; props: Record<string, unknown> }>>(w.paragraphs.map((p) => [p.id, new Map()]));
  for (const c of w.citations) {
    const of = citations.get(c.paragraphId);
    if (!of) throw new DataFileError(`${c.key}: the paragraph ${c.paragraphId} is not one of ${w.resolution.id}'s paragraphs`);
    of.set(c.key, { targetId: c.targetId, props: withIntegers(c.props) });
  }
  const resolution = toNeo4jEntity(w.resolution);
  // A count is an integer in the graph: a JS number would travel, and be stored, as a float.
  const paragraphCount = neo4j.int(w.paragraphs.length);
  return {
    resolution: { ...resolution, props: attach ? { paragraphCount } : { ...resolution.props, paragraphCount } },
    attach,
    startup: Boolean(w.startup),
    version: w.version ?? {},
    newEntities: w.newEntities.map(toNeo4jEntity),
    targetIds,
    ownLinks: [...ownLinks.values()],
    entityLinks: [...entityLinks.keys()].map((key) => ({ key, ...entityLinks.get(key)! })),
    paragraphs: w.paragraphs.map((p) => ({ props: withIntegers(p.props), citations: [...citations.get(p.id)!.values()] })),
  };
}

type StatementRow = ReturnType<typeof toStatementRow>;

/** What the graph held of one resolution of a batch and what the write made of it, for its summary. */
export interface WriteOutcome {
  kept: boolean;
  heldBy: string | null;
  previousContentHash: string | null;
  oldParagraphs: { id: string; text: string }[];
  oldCitations: { targetId: string; quote: string }[];
}

/** The parameters of a batch's statements, and each resolution's outcome. */
export interface BatchPlan {
  outcomes: WriteOutcome[];
  /** Every entity the written resolutions cite or link to, distinct and sorted: looked up once, addressed by position. */
  targetIds: string[];
  /** targetIds and the entities the replaced versions cited: whose citations this batch may change. */
  touchedIds: string[];
  /** Per written resolution (in order), the targets it needs and what it makes exist, to tell which one cites an absent entity. */
  needs: { resolutionId: string; targetIds: string[]; introduces: string[] }[];
  entities: { id: string; types: string[]; props: Record<string, unknown> }[];
  replaced: { id: string; attach: boolean }[];
  resolutions: { resolution: { id: string; props: Record<string, unknown> }; attach: boolean; version: Record<string, unknown>; trace: Record<string, unknown>; ownLinks: unknown[] }[];
  entityLinks: { from: string; to: string; type: string; props: Props }[];
  paragraphs: { id: string; paragraphs: { props: Record<string, unknown>; citations: { target: Integer; props: Record<string, unknown> }[] }[] }[];
}

/**
 * Turns a batch into set-wise statement parameters with the outcome of writing its resolutions one after the other,
 * in order (the statements run each step for the whole batch at once):
 * - a start-up write (w.startup) never replaces a version from another source: that resolution is `kept`, nothing of
 *   it is written (a user's ingest wins over the shipped text);
 * - an introduced entity is created by the first text that names it (its properties), with every type the texts
 *   give it; one named after a resolution written earlier in the batch already exists as that resolution, so it is
 *   left alone, as are links from a resolution written in the batch (its write drops them, or they start from a
 *   curated node, which takes none);
 * - the trace of the version replaced (previousContentHash and counts) is kept until a text with other content
 *   replaces it.
 * Callers never put the same resolution twice in a batch (writeResolutions cuts the batch there).
 */
export function planBatch(rows: StatementRow[], previous: Map<string, PreviousRow>): BatchPlan {
  const plan: BatchPlan = { outcomes: [], targetIds: [], touchedIds: [], needs: [], entities: [], replaced: [], resolutions: [], entityLinks: [], paragraphs: [] };
  const written = new Set<string>();
  const entities = new Map<string, { id: string; types: string[]; props: Record<string, unknown> }>();
  const links = new Map<string, { from: string; to: string; type: string; props: Props }>();
  const targets = new Set<string>();
  const touched = new Set<string>();
  const writtenRows: StatementRow[] = [];
  for (const w of rows) {
    const id = w.resolution.id;
    const old = previous.get(id);
    const versionSource = (w.version as { source?: string }).source;
    // As Cypher's `w.startup AND old.source IS NOT NULL AND old.source <> w.version.source`, null (no version) included.
    const keptOrUnknown = w.startup && old?.source != null && (versionSource === undefined || old.source !== versionSource);
    const kept = keptOrUnknown && versionSource !== undefined;
    plan.outcomes.push({
      kept,
      heldBy: old?.source ?? null,
      previousContentHash: old?.before.contentHash ?? null,
      oldParagraphs: old?.oldParagraphs ?? [],
      oldCitations: old?.oldCitations ?? [],
    });
    if (keptOrUnknown) continue;
    written.add(id);
    writtenRows.push(w);
    const introduces: string[] = [];
    for (const e of w.newEntities) {
      if (written.has(e.id) && e.id !== id) continue;
      introduces.push(e.id);
      const known = entities.get(e.id);
      if (!known) entities.set(e.id, { id: e.id, types: [e.type], props: e.props });
      else if (!known.types.includes(e.type)) known.types.push(e.type);
    }
    for (const l of w.entityLinks) if (!links.has(l.key)) links.set(l.key, { from: l.from, to: l.to, type: l.type, props: l.props });
    w.targetIds.forEach((t) => targets.add(t));
    old?.oldCitations.forEach((c) => touched.add(c.targetId));
    plan.needs.push({ resolutionId: id, targetIds: w.targetIds, introduces });
    if (old) plan.replaced.push({ id, attach: w.attach });
    plan.resolutions.push({ resolution: w.resolution, attach: w.attach, version: w.version, trace: traceOf(w, old), ownLinks: w.ownLinks });
  }
  plan.entities = [...entities.values()];
  plan.entityLinks = [...links.values()].filter((l) => !written.has(l.from));
  plan.targetIds = [...targets].sort();
  plan.touchedIds = [...new Set([...targets, ...touched])].sort();
  const position = new Map(plan.targetIds.map((t, i) => [t, neo4j.int(i)]));
  plan.paragraphs = writtenRows.map((w) => ({
    id: w.resolution.id,
    paragraphs: w.paragraphs.map((p) => ({ props: withIntegers(p.props), citations: p.citations.map((c) => ({ target: position.get(c.targetId)!, props: withIntegers(c.props) })) })),
  }));
  return plan;
}

/**
 * The first resolution of the batch, in order, that cites or links to an entity that is neither in the graph
 * (`absent` holds those that are not) nor made by it or a resolution before it, with those entities.
 */
export function refusedBy(plan: BatchPlan, absent: Set<string>): { resolutionId: string; missing: string[] } | undefined {
  if (absent.size === 0) return undefined;
  const made = new Set<string>();
  for (const need of plan.needs) {
    made.add(need.resolutionId);
    need.introduces.forEach((id) => made.add(id));
    const missing = need.targetIds.filter((id) => absent.has(id) && !made.has(id));
    if (missing.length > 0) return { resolutionId: need.resolutionId, missing };
  }
  return undefined;
}

/** The trace properties to set on a written resolution: of the version it replaces when that had other content, else as they were. */
function traceOf(w: StatementRow, old: PreviousRow | undefined): Record<string, unknown> {
  if (!old) return {};
  const versionHash = (w.version as { contentHash?: string }).contentHash;
  const count = (n: number | null) => (n === null ? null : neo4j.int(n));
  if (old.oldParagraphs.length > 0 && versionHash !== undefined && (old.before.contentHash ?? '') !== versionHash) {
    return { previousContentHash: old.before.contentHash, previousParagraphCount: neo4j.int(old.oldParagraphs.length), previousCitationCount: neo4j.int(old.oldCitations.length) };
  }
  return {
    previousContentHash: old.before.previousContentHash,
    previousParagraphCount: count(old.before.previousParagraphCount),
    previousCitationCount: count(old.before.previousCitationCount),
  };
}

function linkTypesNote(): string {
  return `the resolution's own ${RESOLUTION_LINK_TYPES.join(', ')}; an introduced entity's ${INTRODUCED_ENTITY_LINK_TYPES.join(', ')}`;
}

export function toNeo4jEntity(e: EntityRow): { id: string; type: string; props: Record<string, unknown> } {
  return { id: e.id, type: e.type, props: withIntegers(withDates(e.props)) };
}

/**
 * Whole numbers (and lists of them) become Neo4j integers: a JS number travels, and is stored, as a float, so a vote
 * of 120, a paragraph's order or a citation's offset would read 120.0 to anyone querying Neo4j or its exports.
 */
export function withIntegers(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props)) out[key] = integerValue(props[key]);
  return out;
}

function integerValue(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isSafeInteger(x))) return v.map((x: number) => neo4j.int(x));
  return v;
}

/** ISO date strings become Neo4j `date` values so they sort and compare as dates. */
export function withDates(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = { ...props };
  for (const key of DATE_PROPS) {
    const v = props[key];
    if (typeof v === 'string') {
      const [y, m, d] = v.split('-').map(Number);
      out[key] = new neo4j.types.Date(y, m, d);
    }
  }
  return out;
}
