import { normaliseEntityName, provisionId } from '../model/ids';
import { canonicalEntityId, CatalogueIndex } from './catalogue-index';
import { NewEntity, ParsedCitation, ParsedResolution } from './parsed-resolution';

/**
 * The merge step of one parsed text: every uncurated instrument or body whose title, once normalised, is a
 * catalogue entry's name or another spelling of an uncurated name becomes that one entity ("Convention on
 * Biological Diversity101" -> `instrument:cbd`; "... Law of the Sea of 10 December 1982" -> the node of "... Law of
 * the Sea"). The citations move with it (their quotes are the words printed and stay as they are), provisions and
 * entry-into-force events of a splinter follow their instrument, and duplicates that result are dropped. Pure.
 */
export function foldSplinters(parsed: ParsedResolution, index: CatalogueIndex): ParsedResolution {
  parsed = dropSymbolPrefixes(parsed, index);
  const entities = parsed.newEntities ?? [];
  const renamed = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'Instrument' && e.type !== 'Body') continue;
    const to = canonicalEntityId(index, e.id, e.title);
    if (to !== e.id) renamed.set(e.id, to);
    if (!index.ids.has(to) && e.title) titles.set(to, normalisedTitle(index, e.title, to));
  }
  if (renamed.size === 0 && titles.size === 0) return parsed;
  const rename = (id: string): string => renamed.get(id) ?? dependantId(id, renamed) ?? id;

  const newEntities: NewEntity[] = [];
  const seen = new Set<string>();
  for (const e of entities) {
    const id = rename(e.id);
    if (index.ids.has(id) || seen.has(id)) continue;
    seen.add(id);
    const moved: NewEntity = { ...e, id };
    if (titles.has(id)) moved.title = titles.get(id);
    if (e.partOf) moved.partOf = rename(e.partOf);
    if (e.concerns) moved.concerns = rename(e.concerns);
    newEntities.push(moved);
  }

  const paragraphs = parsed.paragraphs.map((p) => {
    const kept = new Set<string>();
    const citations: ParsedCitation[] = [];
    for (const c of p.citations) {
      const moved = { ...c, target: rename(c.target) };
      const key = JSON.stringify([moved.target, moved.quote, moved.occurrence ?? 1]);
      if (kept.has(key)) continue;
      kept.add(key);
      citations.push(moved);
    }
    return { ...p, citations };
  });

  const out: ParsedResolution = { ...parsed, paragraphs };
  if (parsed.about) out.about = [...new Set(parsed.about.map(rename))];
  if (newEntities.length > 0) out.newEntities = newEntities;
  else delete out.newEntities;
  return out;
}

/** The title an uncurated node gets: the normalised name, which is what its id was made from. */
function normalisedTitle(index: CatalogueIndex, raw: string, id: string): string {
  return index.titles.get(id)?.title ?? normaliseEntityName(raw);
}

/**
 * Ids that are built from an instrument's id follow it: `<instrument>:article-5`, `<instrument>:paragraph-2` and
 * `event:<slug>-entry-into-force`.
 */
export function dependantId(id: string, renamed: Map<string, string>): string | undefined {
  const provision = /^(instrument:[^:]+):(article|paragraph)-(.+)$/.exec(id);
  if (provision && renamed.has(provision[1])) {
    const parent = renamed.get(provision[1])!;
    return provision[2] === 'article' ? provisionId(parent, provision[3]) : `${parent}:paragraph-${provision[3]}`;
  }
  const event = /^event:(.+)-entry-into-force$/.exec(id);
  if (event && renamed.has(`instrument:${event[1]}`)) {
    return `event:${renamed.get(`instrument:${event[1]}`)!.slice('instrument:'.length)}-entry-into-force`;
  }
  return undefined;
}

/** One node to fold: `from` is (or becomes) `to`; `title` is what an uncurated `to` is called. */
export interface SplinterMerge {
  from: string;
  to: string;
  title?: string;
}

/**
 * Which uncurated instruments and bodies of a graph are splinters, and of what: each node whose id is not the id its
 * title resolves to. Pure; the graph side (src/graph/splinters.repository.ts) reads the nodes and applies the plan.
 */
export function planSplinterMerges(nodes: { id: string; title?: string | null }[], index: CatalogueIndex): SplinterMerge[] {
  const merges: SplinterMerge[] = [];
  for (const n of nodes) {
    // The id's own words decide, so an uncurated id is never renamed for a title that only loosely fits it; the title
    // may still show that the node is a catalogue entry.
    const byId = canonicalEntityId(index, n.id);
    const byTitle = n.title ? canonicalEntityId(index, n.id, n.title) : byId;
    const to = index.ids.has(byTitle) ? byTitle : byId;
    if (to === n.id) continue;
    merges.push({ from: n.id, to, ...(index.ids.has(to) || !n.title ? {} : { title: normaliseEntityName(n.title) }) });
  }
  return merges;
}

/**
 * "NPT/CONF.2020/66", "JIU/REP/2023/1", "UNCTAD/DIAE/2023/1": an abbreviation printed as the first segment of a
 * document symbol is part of the symbol, not a mention of the treaty or body it abbreviates. Such citations go.
 */
function dropSymbolPrefixes(parsed: ParsedResolution, index: CatalogueIndex): ParsedResolution {
  let changed = false;
  const paragraphs = parsed.paragraphs.map((p) => {
    const citations = p.citations.filter((c) => {
      if (!/^[A-Z]{2,8}$/.test(c.quote) || !index.ids.has(c.target)) return true;
      let at = -1;
      for (let i = 0; i < (c.occurrence ?? 1); i++) at = p.text.indexOf(c.quote, at + 1);
      const keep = at < 0 || !/^[/-][A-Za-z0-9]/.test(p.text.slice(at + c.quote.length, at + c.quote.length + 2));
      changed ||= !keep;
      return keep;
    });
    return citations.length === p.citations.length ? p : { ...p, citations };
  });
  return changed ? { ...parsed, paragraphs } : parsed;
}
