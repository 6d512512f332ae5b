import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CatalogueWrite, EntityRow, LinkRow, Props } from '../model/graph-write';
import { documentId, provisionId } from '../model/ids';
import { LinkType } from '../model/vocabulary';
import { Catalogue, catalogueSchema } from './catalogue.schema';

/** Raised when a data file is malformed or refers to something that does not exist; the message names the entry. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** Reads and validates the curated catalogue from `data/catalogue/*.json`. */
export function readCatalogue(dataDir: string): Catalogue {
  const read = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(dataDir, 'catalogue', file), 'utf8'));
    } catch (error) {
      throw new DataFileError(`Cannot read data/catalogue/${file}: ${(error as Error).message}`);
    }
  };
  return parseOrExplain(catalogueSchema, {
    bodies: read('bodies.json'),
    instruments: read('instruments.json'),
    documents: read('documents.json'),
    events: read('events.json'),
    aliases: read('aliases.json'),
  }, 'data/catalogue');
}

/** Validates with zod and turns its issues into one readable message. */
export function parseOrExplain<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new DataFileError(`${where} is not valid: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** Drops undefined values so the property map holds only known facts (unknown stays absent, i.e. null). */
export function compact(props: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined) out[k] = v as Props[string];
  return out;
}

/** Turns the catalogue into entity and link rows, and checks that every reference points at a catalogue entry. */
export function catalogueToRows(catalogue: Catalogue): CatalogueWrite {
  const entities: EntityRow[] = [];
  const links: LinkRow[] = [];
  const link = (from: string, type: LinkType, to: string | undefined, props: Props = {}) => {
    if (to) links.push({ from, to, type, props });
  };

  for (const b of catalogue.bodies) {
    entities.push({
      id: b.id,
      type: 'Body',
      props: compact({ id: b.id, kind: b.kind, title: b.title, shortTitle: b.shortTitle, abbreviation: b.abbreviation,
        aliases: b.aliases, establishedOn: b.establishedOn, note: b.note, wikidata: b.externalIds?.wikidata, curated: true }),
    });
    link(b.id, 'PART_OF', b.parent);
    link(b.id, 'ESTABLISHED_BY', b.establishedBy);
    link(b.id, 'SUCCEEDED_BY', b.succeededBy);
    link(b.id, 'CONCERNS', b.concerns);
  }

  for (const i of catalogue.instruments) {
    entities.push({
      id: i.id,
      type: 'Instrument',
      props: compact({ id: i.id, kind: i.kind, title: i.title, shortTitle: i.shortTitle, abbreviation: i.abbreviation,
        aliases: i.aliases, symbol: i.symbol, adoptedOn: i.adoptedOn, signedOn: i.signedOn, entryIntoForce: i.entryIntoForce,
        treatySeriesVolume: i.treatySeries?.volume, treatySeriesNumber: i.treatySeries?.number, treatySeriesPage: i.treatySeries?.page,
        wikidata: i.externalIds?.wikidata, treatyCollectionChapter: i.externalIds?.treatyCollection, note: i.note, curated: true }),
    });
    link(i.id, 'ADOPTED_IN', i.adoptingResolution);
    link(i.id, 'ADOPTED_BY', i.adoptedBy);
    for (const body of i.monitoredBy ?? []) link(i.id, 'MONITORED_BY', body);
    for (const p of i.provisions ?? []) {
      const id = provisionId(i.id, p.number);
      entities.push({
        id,
        type: 'Provision',
        props: compact({ id, kind: 'ARTICLE', number: p.number, title: p.title ?? `Article ${p.number}`,
          sortKey: p.number.padStart(6, '0'), curated: true }),
      });
      link(id, 'PART_OF', i.id);
    }
  }

  for (const d of catalogue.documents) {
    // Ids are published once: a corrected symbol keeps the id derived from the symbol as first published (`publishedAs`).
    const idSymbol = d.publishedAs ?? d.symbol;
    if (d.id !== documentId(idSymbol)) {
      throw new DataFileError(
        `data/catalogue/documents.json: ${d.id} should be ${documentId(idSymbol)}` +
          (d.publishedAs ? '' : ` (if the symbol was corrected after ${d.id} was published, keep the id and set "publishedAs" to the old symbol)`),
      );
    }
    entities.push({
      id: d.id,
      type: d.kind === 'RESOLUTION' ? 'Resolution' : 'Document',
      props: compact({ id: d.id, kind: d.kind, symbol: d.symbol, number: d.number, title: d.title, adoptedOn: d.adoptedOn,
        note: d.note, curated: true }),
    });
    link(d.id, 'ADOPTED_BY', d.adoptedBy);
    link(d.id, 'AUTHORED_BY', d.authoredBy);
    link(d.id, 'CONCERNS', d.concerns);
  }

  for (const e of catalogue.events) {
    entities.push({
      id: e.id,
      type: 'Event',
      props: compact({ id: e.id, kind: e.kind, title: e.title, date: e.date, year: e.year ?? (e.date ? Number(e.date.slice(0, 4)) : undefined),
        note: e.note, curated: true }),
    });
    link(e.id, 'HELD_BY', e.heldBy);
    link(e.id, 'PART_OF', e.partOf);
    link(e.id, 'CONCERNS', e.concerns);
  }

  assertUniqueIds(entities);
  assertExternalIdsUnique(entities);
  const known = new Set(entities.map((e) => e.id));
  assertTargetsKnown(links, known, 'data/catalogue');
  const unknownAlias = catalogue.aliases.flatMap((a) => a.targets).find((t) => !known.has(t));
  if (unknownAlias) throw new DataFileError(`data/catalogue/aliases.json: ${unknownAlias} is not in the catalogue`);
  return { entities, links };
}

function assertUniqueIds(entities: EntityRow[]): void {
  const seen = new Set<string>();
  for (const e of entities) {
    if (seen.has(e.id)) throw new DataFileError(`data/catalogue: the id ${e.id} is used twice`);
    seen.add(e.id);
  }
}

/** An external id names one entry: two entries with the same Wikidata item, UNTC reference or UNTS volume and number are a data error. */
function assertExternalIdsUnique(entities: EntityRow[]): void {
  const keysOf = (p: EntityRow['props']) => [
    p.wikidata !== undefined ? `Wikidata ${p.wikidata}` : undefined,
    p.treatyCollectionChapter !== undefined ? `UN Treaty Collection ${p.treatyCollectionChapter}` : undefined,
    p.treatySeriesVolume !== undefined ? `UNTS volume ${p.treatySeriesVolume} No. ${p.treatySeriesNumber}` : undefined,
  ];
  const seen = new Map<string, string>();
  for (const e of entities) {
    for (const key of keysOf(e.props)) {
      if (key === undefined) continue;
      const other = seen.get(key);
      if (other) throw new DataFileError(`data/catalogue: ${key} is given for both ${other} and ${e.id}; an external id names one entry.`);
      seen.set(key, e.id);
    }
  }
}

/** Every link must end at a known entity, or the write would silently drop it. */
export function assertTargetsKnown(links: LinkRow[], known: Set<string>, where: string): void {
  const missing = links.filter((l) => !known.has(l.to) || !known.has(l.from));
  if (missing.length > 0) {
    const list = missing.slice(0, 5).map((l) => `${l.from} -${l.type}-> ${l.to}`);
    throw new DataFileError(`${where}: links to unknown entities: ${list.join(', ')}. Add the entity or fix the id.`);
  }
}
