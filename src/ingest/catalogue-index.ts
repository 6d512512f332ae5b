import { Catalogue } from '../catalogue/catalogue.schema';
import { provisionId } from '../model/ids';

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
  const name = (phrase: string | undefined, id: string) => {
    if (!phrase || phrase.length < 3) return;
    if (!names.has(phrase)) names.set(phrase, new Set());
    names.get(phrase)!.add(id);
  };
  for (const b of catalogue.bodies) {
    ids.add(b.id);
    titles.set(b.id, { title: b.title, kind: b.kind, type: 'Body' });
    // "States" is also in "United States" and "Small Island Developing States": collective actors are found by the
    // extractor where a sentence names them as actors, never by their bare name (see `collectives`).
    if (b.kind === 'COLLECTIVE') {
      collectives.push({ id: b.id, names: [b.title, ...(b.aliases ?? [])] });
      continue;
    }
    [b.title, b.shortTitle, ...(b.aliases ?? [])].forEach((n) => name(n, b.id));
    if (b.abbreviation && /^[A-Z]{3,}( Committee)?$/.test(b.abbreviation)) name(b.abbreviation, b.id);
  }
  for (const i of catalogue.instruments) {
    ids.add(i.id);
    titles.set(i.id, { title: i.title, kind: i.kind, type: 'Instrument' });
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
  for (const a of catalogue.aliases) a.targets.forEach((t) => name(a.phrase, t));
  return {
    ids,
    names: [...names].map(([phrase, t]) => ({ phrase, targets: [...t] })).sort((a, b) => b.phrase.length - a.phrase.length),
    bySymbol,
    byTreatySeries,
    byAdoptingResolution,
    titles,
    collectives,
  };
}
