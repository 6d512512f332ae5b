import { Catalogue } from '../catalogue/catalogue.schema';
import { nameKey, normaliseEntityName, provisionId, uncuratedBodyId, uncuratedInstrumentId } from '../model/ids';

/** What the pipeline knows before it reads a text: every catalogue entry, by the names texts use for it. */
export interface CatalogueIndex {
  /** Ids of every catalogue entity (provisions included). */
  ids: Set<string>;
  /** Exact phrases (titles, short titles, aliases, abbreviations) to the entities they name, longest first. */
  names: { phrase: string; targets: string[] }[];
  bySymbol: Map<string, string>;
  /** "2220/39481" (Treaty Series volume/number) to the instrument. */
  byTreatySeries: Map<string, string>;
  /** Instruments by their adopting resolution id, for footnotes such as "See resolution 45/158, annex." */
  byAdoptingResolution: Map<string, string[]>;
  titles: Map<string, { title: string; kind: string; type: 'Instrument' | 'Body' | 'Document' | 'Event' }>;
  /**
   * The collective actors (`body:states`, `body:member-states`, `body:states-parties`, `body:governments`) with the
   * names they go by. They are not in `names`: a bare "States" is as often part of another name ("United States").
   */
  collectives: { id: string; names: string[] }[];
  /**
   * Every name of every catalogue instrument and body (title, short title, abbreviation, aliases) by its `nameKey`,
   * so that "the Convention on Biological Diversity,10", "Convention on Biological Diversity 24" and "Convention on
   * Biological Diversity" all find `instrument:cbd`. A key two entries share names neither.
   */
  byNameKey: Map<string, Set<string>>;
}

/** Builds the index once; it is pure data, so the pipeline stays free of any database. */
export function buildCatalogueIndex(catalogue: Catalogue): CatalogueIndex {
  const ids = new Set<string>();
  const names = new Map<string, Set<string>>();
  const titles: CatalogueIndex['titles'] = new Map();
  const bySymbol = new Map<string, string>();
  const byTreatySeries = new Map<string, string>();
  const byAdoptingResolution = new Map<string, string[]>();
  const collectives: CatalogueIndex['collectives'] = [];
  const byNameKey = new Map<string, Set<string>>();
  const key = (phrase: string | undefined, id: string) => {
    const k = phrase && nameKey(phrase);
    if (!k) return;
    if (!byNameKey.has(k)) byNameKey.set(k, new Set());
    byNameKey.get(k)!.add(id);
  };
  const name = (phrase: string | undefined, id: string) => {
    if (!phrase || phrase.length < 3) return;
    if (!names.has(phrase)) names.set(phrase, new Set());
    names.get(phrase)!.add(id);
  };
  for (const b of catalogue.bodies) {
    ids.add(b.id);
    titles.set(b.id, { title: b.title, kind: b.kind, type: 'Body' });
    [b.title, b.shortTitle, b.abbreviation, ...(b.aliases ?? [])].forEach((n) => key(n, b.id));
    // "States" is also in "United States" and "Small Island Developing States": collective actors are found by the
    // extractor where a sentence names them as actors, never by their bare name (see `collectives`).
    if (b.kind === 'COLLECTIVE') {
      collectives.push({ id: b.id, names: [b.title, ...(b.aliases ?? [])] });
      continue;
    }
    [b.title, b.shortTitle, ...(b.aliases ?? [])].forEach((n) => name(n, b.id));
    // "the Special Rapporteur of the Human Rights Council on the negative impact of ...": the mandate, with its organ
    // named inside (cited too, see withNamedInside).
    if (b.kind === 'SPECIAL_PROCEDURE') {
      for (const n of [b.title, ...(b.aliases ?? [])]) {
        const m = /^(Special Rapporteur|Independent Expert|Working Group|Special Representative) (on|for) (.+)$/.exec(n);
        if (m) name(`${m[1]} of the Human Rights Council ${m[2]} ${m[3]}`, b.id);
      }
    }
    if (b.abbreviation && /^[A-Z]{3,}( Committee)?$/.test(b.abbreviation)) name(b.abbreviation, b.id);
  }
  for (const i of catalogue.instruments) {
    ids.add(i.id);
    titles.set(i.id, { title: i.title, kind: i.kind, type: 'Instrument' });
    [i.title, i.shortTitle, i.abbreviation, ...(i.aliases ?? [])].forEach((n) => key(n, i.id));
    [i.title, i.shortTitle, ...(i.aliases ?? [])].forEach((n) => name(n, i.id));
    if (i.abbreviation && /^[A-Z]{3,}$/.test(i.abbreviation)) name(i.abbreviation, i.id);
    if (i.symbol) bySymbol.set(i.symbol, i.id);
    if (i.treatySeries) byTreatySeries.set(`${i.treatySeries.volume}/${i.treatySeries.number}`, i.id);
    if (i.adoptingResolution) byAdoptingResolution.set(i.adoptingResolution, [...(byAdoptingResolution.get(i.adoptingResolution) ?? []), i.id]);
    for (const p of i.provisions ?? []) ids.add(provisionId(i.id, p.number));
  }
  for (const d of catalogue.documents) {
    ids.add(d.id);
    bySymbol.set(d.symbol, d.id);
    titles.set(d.id, { title: d.title ?? d.symbol, kind: d.kind, type: 'Document' });
  }
  for (const e of catalogue.events) {
    ids.add(e.id);
    titles.set(e.id, { title: e.title, kind: e.kind, type: 'Event' });
  }
  for (const a of catalogue.aliases) {
    a.targets.forEach((t) => name(a.phrase, t));
    if (a.targets.length === 1) key(a.phrase, a.targets[0]);
  }
  return {
    ids,
    names: [...names].map(([phrase, t]) => ({ phrase, targets: [...t] })).sort((a, b) => b.phrase.length - a.phrase.length),
    bySymbol,
    byTreatySeries,
    byAdoptingResolution,
    titles,
    collectives,
    byNameKey,
  };
}

/** What a name stands for: a catalogue entry (`curated`), or the one uncurated node every variant of the name shares. */
export interface ResolvedName {
  id: string;
  /** The catalogue title, or the normalised name an uncurated node is titled with. */
  title: string;
  curated: boolean;
}

/**
 * Resolves a name as a text prints it ("Convention on Biological Diversity101", "the Paris Agreement,",
 * "United Nations Convention on the Law of the Sea of 10 December 1982") to one entity: the catalogue entry whose
 * title, short title, abbreviation or alias has the same normalised form, else the uncurated instrument or body
 * named by the normalised name. `type` chooses the prefix of an uncurated id; a catalogue entry of either type is
 * found whatever `type` says. Undefined for a name that is empty once normalised.
 */
export function resolveName(index: CatalogueIndex, raw: string, type: 'Instrument' | 'Body'): ResolvedName | undefined {
  const title = normaliseEntityName(raw);
  if (!nameKey(title)) return undefined;
  const curated = curatedByName(index, title);
  if (curated) return { id: curated, title: index.titles.get(curated)?.title ?? title, curated: true };
  return { id: type === 'Instrument' ? uncuratedInstrumentId(title) : uncuratedBodyId(title), title, curated: false };
}

/** The catalogue id a name stands for, if exactly one catalogue instrument or body goes by it (in any print). */
export function curatedByName(index: CatalogueIndex, raw: string): string | undefined {
  const ids = index.byNameKey.get(nameKey(raw));
  return ids && ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * The id an entity should have: for an uncurated instrument or body, the id its normalised title resolves to (a
 * catalogue entry, or the uncurated id of the normalised name); other ids are returned unchanged. The merge step
 * folds every node whose id differs from this into the node with this id.
 */
export function canonicalEntityId(index: CatalogueIndex, id: string, title?: string): string {
  if (index.ids.has(id)) return id;
  const m = /^(instrument|body):([^:]+)$/.exec(id);
  if (!m) return id;
  const resolved = resolveName(index, title ?? m[2].replace(/-/g, ' '), m[1] === 'instrument' ? 'Instrument' : 'Body');
  return resolved?.id ?? id;
}
