// Over 400 lines: the citation-finding passes (names, resolution lists, symbols, sessions, courts) share TextContext and
// the mention helpers, which bodies.ts and provisions.ts call back. Moving those into a mentions.ts splits it (and ends the cycle).
import { documentId, uncuratedInstrumentId } from '../model/ids';
import { isoDate, MONTH } from './dates';
import { CatalogueIndex } from './catalogue-index';
import { fitsDate, knownOtherBody, ordinalValue, ordinalWord, Organ, ORGAN_NAMES, ORGANS, otherBodySlug, symbolOf } from './organs';
import { collectiveActors, unknownBodies } from './bodies';
import { agendaGoals, provisions } from './provisions';

/** A mention found in a paragraph: its span, its exact words and the entities it names. */
export interface Mention {
  start: number;
  end: number;
  quote: string;
  targets: string[];
}

/** An entity a text names that the catalogue does not have; it is created as not yet curated. */
export interface DiscoveredEntity {
  id: string;
  type: 'Resolution' | 'Document' | 'Instrument' | 'Body' | 'Provision' | 'Event';
  kind: string;
  title?: string;
  symbol?: string;
  number?: string;
  date?: string;
  partOf?: string;
  concerns?: string;
  heldBy?: string;
}

/** What the extractor needs to know about the text it reads. */
export interface TextContext {
  organ: Organ;
  /** Numbers of other bodies' resolutions and decisions already read in the text: a later "decision 14/1" is the same one. */
  otherNumbers?: Map<string, { other: string; name: string }>;
  /** The instrument the resolution is about: what "the Convention" refers to. */
  subject?: { id: string; noun: string };
  index: CatalogueIndex;
  discovered: Map<string, DiscoveredEntity>;
}

const NUM = String.raw`(?:\d{1,4}\s?[A-Z]?\s?\([IVXLC]+\)|\d{1,4}\s?\(\d{4}\)|\d{1,2}\/(?:CP|CMP|CMA|COP|MOP)\.\d{1,2}|WHA\d{2}\.\d{1,2}|(?:S-)?\d{1,4}\/\d{1,4}(?:\s[A-Z]\b)?)`;
/** "of 18 December 1990", with a footnote digit that a PDF glued to the year ("of 30 September 20111 and"). */
const DATED = String.raw`(?:\s+(?:of|on)\s+\d{1,2}\s+${MONTH}\s+(?:\d{4}(?:\d{1,2}(?!\d))?|\d{3}\b))?`;
const LIST_SEP = String.raw`(?:,\s*(?:and\s+)?|,?\s+and\s+)`;
const RESOLUTION_REF = new RegExp(String.raw`\b(resolutions?|decisions?)\s+(${NUM}${DATED}(?:${LIST_SEP}${NUM}${DATED})*)`, 'g');
const ITEM = new RegExp(String.raw`(${NUM})(\s+(?:of|on)\s+\d{1,2}\s+${MONTH}\s+(\d{4}|\d{3}\b))?`, 'g');
const SYMBOL = /\b(?:A|E|S|CCPR|CERD|CEDAW|CRC|CAT|CMW|CRPD|CED|HRI|ST|TD|DP|UNEP)\/[A-Za-z0-9.()\-]+(?:\/[A-Za-z0-9.()\-]+)+/g;
const SESSION = new RegExp(String.raw`\b(its|the) ((?:one hundred(?: and)? |one )?(?:\w+-)?\w+) session(?: of the (${ORGAN_NAMES}|Commission|Council|Assembly))?\b`, 'g');
// "the Convention" alone, not the start of another title ("the Convention on the Rights of the Child"); a date may follow.
const ANAPHORA = /\bthe (Convention|Covenant|Declaration|Protocol|Treaty|Agreement)\b(?! (?:on|against|for|relating to|concerning|of) (?:the )?\p{Lu}| to (?:the )?\p{Lu})/gu;

/** Every mention in one paragraph, overlapping candidates resolved by keeping the longest. */
export function extractMentions(text: string, ctx: TextContext): Mention[] {
  const named = names(text, ctx);
  const instruments = unknownInstruments(text, ctx, named);
  const candidates: Mention[] = [...named, ...instruments, ...unknownBodies(text, ctx, [...named, ...instruments]), ...collectiveActors(text, ctx), ...selfNames(text, ctx), ...anaphora(text, ctx), ...charterAlone(text, ctx), ...resolutionRefs(text, ctx), ...symbols(text, ctx), ...sessions(text, ctx, named), ...agendaGoals(text, ctx), ...courtDecisions(text, ctx)];
  candidates.push(...provisions(text, candidates, ctx), ...entriesIntoForce(text, candidates, ctx), ...protocolsThereto(text, candidates, ctx));
  return withParentsOfProvisions(withInstrumentsInsideBodies(pickLongest(candidates), named), candidates);
}

/** Organs whose names other bodies' names hold ("President of the General Assembly", "Personal Envoy of the Secretary-General"). */
const ORGAN_IDS = new Set([...ORGANS.map((o) => o.bodyId), 'body:secretary-general']);

/**
 * Adds to the kept mentions the instruments and organs named inside a kept body's name ("the Conference of the Parties
 * to the Convention on Biological Diversity" cites the Convention too, "the President of the General Assembly" the
 * Assembly, "the Special Rapporteur of the Human Rights Council on ..." the Council: ANNOTATION.md cites entities named
 * inside another name), each with its own words as the quote. `candidates` are the mentions that were there before the
 * longest won.
 */
export function withInstrumentsInsideBodies(kept: Mention[], candidates: Mention[]): Mention[] {
  const named = (m: Mention, prefix: string) => m.targets.length > 0 && m.targets.every((t) => t.startsWith(prefix));
  const holders = kept.filter((m) => named(m, 'body:') || named(m, 'instrument:'));
  if (holders.length === 0) return kept;
  // Instruments inside bodies' names; organs inside bodies' and instruments' names ("the rules of procedure of the General Assembly").
  const keptSet = new Set(kept);
  // Kept mentions do not overlap: the one holding a span is the last that starts at or before it (a binary search, so a
  // text of many titles stays linear-logarithmic).
  const sorted = [...holders].sort((a, b) => a.start - b.start);
  const holderOf = (start: number, end: number): Mention[] => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    const b = sorted[lo - 1];
    return b && end <= b.end ? [b] : [];
  };
  const inner = candidates.filter(
    (n) =>
      (named(n, 'instrument:') || (n.targets.length === 1 && ORGAN_IDS.has(n.targets[0]))) &&
      !keptSet.has(n) &&
      holderOf(n.start, n.end).some((b) => (ORGAN_IDS.has(n.targets[0]) || named(b, 'body:')) && b.end - b.start > n.end - n.start && !b.targets.includes(n.targets[0])),
  );
  if (inner.length === 0) return kept;
  const unique = inner.filter((n, k) => inner.findIndex((x) => x.start === n.start && x.end === n.end && x.targets[0] === n.targets[0]) === k);
  return [...kept, ...unique].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A provision's target: `<parent>:article-7`, `…:paragraph-4`, `…:rule-160`, `…:principle-7`, `…:chapter-17`. */
const PROVISION_TARGET = /:(?:article|paragraph|annex-paragraph|rule|principle|chapter|goal|target)-[^:]+$/;

/**
 * Adds to the kept mentions the parent named in a provision's words ("Article 17 of the Charter of the United Nations"
 * cites the Charter too, "paragraph 4 of its resolution 61/261" the resolution): ANNOTATION.md counts one citation per
 * (kind, target), and the parent is named there. "article 32 thereof" or a bare "Article 9" name no parent.
 */
export function withParentsOfProvisions(kept: Mention[], candidates: Mention[]): Mention[] {
  const provisionsKept = kept.filter((p) => p.targets.length > 0 && PROVISION_TARGET.test(p.targets[0]) && !/\bthereof$/.test(p.quote));
  if (provisionsKept.length === 0) return kept;
  const keptSet = new Set(kept);
  // Candidates by where they end: a parent ends where its provision's words end. One pass, not one per provision.
  const byEnd = new Map<number, Mention[]>();
  for (const x of candidates) {
    if (keptSet.has(x) || x.targets.length === 0 || PROVISION_TARGET.test(x.targets[0]) || !/^(?:instrument|un|resolution|document):/.test(x.targets[0])) continue;
    (byEnd.get(x.end) ?? byEnd.set(x.end, []).get(x.end)!).push(x);
  }
  const parents: Mention[] = [];
  for (const p of provisionsKept) {
    const parent = (byEnd.get(p.end) ?? []).filter((x) => x.start > p.start).sort((a, b) => a.start - b.start)[0];
    if (parent && !parents.includes(parent)) parents.push(parent);
  }
  if (parents.length === 0) return kept;
  return [...kept, ...parents].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Keeps the longest of overlapping mentions; the result is in text order. */
export function pickLongest(candidates: Mention[]): Mention[] {
  // Kept mentions never overlap, so sorted by start their ends are sorted too: one binary search finds the only kept
  // mention that could overlap a candidate (comparing with every kept one was quadratic in a paragraph's mentions).
  const kept: Mention[] = [];
  for (const m of [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < m.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && kept[lo - 1].end > m.start) continue;
    kept.splice(lo, 0, m);
  }
  return kept;
}

function isWordBoundary(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !/[\p{L}\p{N}]/u.test(text[at]);
}

/**
 * The catalogue's phrases by one of their words (the longest), for `names`. A phrase found at word boundaries holds
 * each of its words as a whole word of the paragraph (a word is a run of letters and digits, read one UTF-16 unit at a
 * time as isWordBoundary reads them), so a paragraph that lacks a phrase's key word cannot hold the phrase: looking up
 * the paragraph's words replaces scanning it once per phrase (800 phrases), and finds the same mentions.
 */
interface NameLookup {
  byWord: Map<string, number[]>;
  /** Phrases without a word (none today): always looked for. */
  always: number[];
}

const nameLookups = new WeakMap<CatalogueIndex['names'], NameLookup>();

/** The words of `s`: runs of letters and digits; a surrogate (a character outside the BMP) is not a letter, as for isWordBoundary. */
function wordsOf(s: string): string[] {
  return s.replace(/[\uD800-\uDFFF]/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function nameLookup(names: CatalogueIndex['names']): NameLookup {
  let lookup = nameLookups.get(names);
  if (lookup) return lookup;
  lookup = { byWord: new Map(), always: [] };
  for (const [i, { phrase }] of names.entries()) {
    const words = wordsOf(phrase);
    if (words.length === 0) {
      lookup.always.push(i);
      continue;
    }
    const key = words.reduce((a, b) => (b.length > a.length ? b : a));
    (lookup.byWord.get(key) ?? lookup.byWord.set(key, []).get(key)!).push(i);
  }
  nameLookups.set(names, lookup);
  return lookup;
}

/** Words before a name that make it part of another office's title ("Special Representative of the ..."). */
const OFFICE_OF = /\b(?:Special|Personal|Deputy|High) (?:Representative|Adviser|Envoy|Coordinator)s? (?:of|to) the $/;

function names(text: string, ctx: TextContext): Mention[] {
  const found: Mention[] = [];
  // "United Nations Children’s Fund" as web pages print it is the catalogue's "United Nations Children's Fund".
  const probe = text.replace(/[’‘]/g, "'");
  const lookup = nameLookup(ctx.index.names);
  // Only the phrases whose key word the paragraph holds can be found in it, looked for in the catalogue's order.
  const candidates = [...lookup.always];
  for (const word of new Set(wordsOf(probe))) candidates.push(...(lookup.byWord.get(word) ?? []));
  candidates.sort((a, b) => a - b);
  for (const i of candidates) {
    const { phrase, targets } = ctx.index.names[i];
    for (let at = probe.indexOf(phrase); at >= 0; at = probe.indexOf(phrase, at + 1)) {
      // "the Special Representative of the Secretary-General for Children and Armed Conflict" is another office.
      if (OFFICE_OF.test(probe.slice(Math.max(0, at - 60), at))) continue;
      if (isWordBoundary(text, at - 1) && isWordBoundary(text, at + phrase.length)) found.push({ start: at, end: at + phrase.length, quote: text.slice(at, at + phrase.length), targets });
    }
  }
  return found;
}

const INSTRUMENT_HEAD =
  /\b((?:(?:International|Optional|Second Optional|United Nations|Inter-American|European|African|American|Arab|Global)\s+)*(Convention|Covenant|Protocol|Declaration|Charter|Compact|Principles|Guidelines|Rules|Programme of Action|Platform for Action|Treaty|Agreement|Statute|Framework|Strategy|Plan of Action|Code of Conduct)\s+(?:on|against|for|relating to|concerning|of|to|Relating to)\s+)/g;
const TITLE_CONNECTORS = new Set(['the', 'of', 'and', 'or', 'on', 'for', 'to', 'in', 'against', 'with', 'from', 'all', 'their', 'at', 'its', 'as', 'between']);
const MONTH_WORD = new RegExp(`^${MONTH}$`);
/** Head nouns of bodies that adopt instruments: a title followed by "of the <body>" ends before it. */
const ADOPTING_BODY_HEAD = /^(?:Organization|Organisation|Commission|Summit|Conference|Agency|Assembly|Council|Committee|Programme|Forum|Union)$/;
/** The most characters a title's words before or after its head ("Convention on") may take; the longest real title is about 200. */
const TITLE_WINDOW = 600;
const HEAD_KINDS: Record<string, string> = { Convention: 'CONVENTION', Covenant: 'COVENANT', Protocol: 'PROTOCOL', Declaration: 'DECLARATION', Charter: 'CHARTER' };

/**
 * Instruments the catalogue lacks, recognised by the shape of their titles ("Convention relating to the Status of
 * Refugees"): a head noun, a preposition, then capitalised words and connectors. They become uncurated instruments.
 */
function unknownInstruments(text: string, ctx: TextContext, named: Mention[]): Mention[] {
  const found: Mention[] = [];
  const namedIndex = indexMentions(named);
  for (const m of text.matchAll(INSTRUMENT_HEAD)) {
    const protocol = protocolTo(text, m, namedIndex);
    if (protocol) {
      const id = protocol.targets[0];
      if (!ctx.index.ids.has(id)) discover(ctx, { id, type: 'Instrument', kind: 'PROTOCOL', title: protocol.quote });
      found.push(protocol);
      continue;
    }
    // A title's tail is read from a window, not from the rest of the text: splitting the whole rest at each head made a
    // text of many titles quadratic (issue 9, finding 3). No title is longer than the window.
    const tailStart = m.index! + m[0].length;
    const words = text.slice(tailStart, tailStart + TITLE_WINDOW).split(/(?=[\s,;:.()“”"‘])/);
    let tail = '';
    let lastCapital = 0;
    for (const raw of words) {
      const word = raw.trim();
      // "Torture and Other Cruel, Inhuman or Degrading Treatment": a comma inside the title, before an enumeration's end.
      if (word === ',' && TITLE_ENUMERATION.test(text.slice(tailStart + tail.length, tailStart + TITLE_WINDOW))) {
        tail += raw;
        continue;
      }
      // "... of the United Nations Convention on the Law of the Sea": an instrument named inside the title goes on.
      const nested = HEAD_KINDS[word] && /\bof the(?: United Nations)?$/.test(tail);
      if (!/^[\p{L}\d'’-]+$/u.test(word) || (HEAD_KINDS[word] && !nested) || word === 'Optional') break;
      // "... Consular Relations and the United Nations Standard Minimum Rules": "and the" starts another title.
      if (word === 'the' && /\sand$/.test(tail)) break;
      // What the sentence adds after a title: where it was adopted ("... in Cali", "... in New York"), the body that
      // adopted it ("... of the Food and Agriculture Organization of the United Nations"), another name after "and".
      const after = text.slice(tailStart + tail.length + raw.length, tailStart + 2 * TITLE_WINDOW);
      if (word === 'in' && /^\s+\p{Lu}/u.test(after) && !/^\s+(?:Those|All|Africa|International|Armed|Environmental|Criminal|Civil|Commercial|Transboundary|Persons|Women|Children|Particular|Accordance)\b/.test(after)) break;
      if (word === 'of' && /^\s+the\s+((?:\p{Lu}[\p{L}'’-]*|of|the|and|on|for)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|on|for))*)/u.exec(after)?.[1].split(/\s+/).some((w) => ADOPTING_BODY_HEAD.test(w))) break;
      if (word === 'and' && (/^\s+(?:its|to|in|the)\b/.test(after) || /^\s+(?:\p{Lu}[\p{L}'’-]*\s+)*(?:Agenda|Agency|Organization|Convention|Treaty|Protocol|Declaration)\b/u.test(after))) break;
      // No dates, years or footnote numbers in a title: "... of 10 December 1982", "... for 2023", "... Diversity101".
      if (/^\d/.test(word) || MONTH_WORD.test(word)) break;
      const glued = /^(\p{Lu}[\p{L}'’-]*?\p{Ll})\d{1,3}$/u.exec(word);
      if (glued) {
        tail += raw.slice(0, raw.length - (word.length - glued[1].length));
        lastCapital = tail.length;
        break;
      }
      if (/^[\p{Lu}\d]/u.test(word)) {
        tail += raw;
        lastCapital = tail.length;
      } else if (TITLE_CONNECTORS.has(word)) tail += raw;
      else break;
    }
    // "the Convention on 23 December 2010" is a date, not a title.
    if (lastCapital === 0 || /^\d/.test(tail.trimStart())) continue;
    // "the Vienna Convention on ...", "the United Nations Standard Minimum Rules for ...": capitalised words after "the".
    const start = m.index! - (/\bthe [“"‘]?((?:\p{Lu}[\p{L}-]* )+)$/u.exec(text.slice(Math.max(0, m.index! - TITLE_WINDOW), m.index!))?.[1].length ?? 0);
    const end = m.index! + m[0].length + lastCapital;
    if (namedIndex.overlaps(start, end)) continue;
    const title = text.slice(start, end);
    const id = uncuratedInstrumentId(title);
    if (!ctx.index.ids.has(id)) discover(ctx, { id, type: 'Instrument', kind: HEAD_KINDS[m[2]] ?? 'OTHER', title });
    found.push({ start, end, quote: title, targets: [id] });
  }
  return found;
}

/** After a comma in a title: capitalised words, then "and"/"or" and a capitalised word ("Cruel, Inhuman or Degrading"). */
const TITLE_ENUMERATION = /^,\s+\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*)*\s+(?:and|or)\s+\p{Lu}/u;
/** The lower-case part of a protocol's title: "on the involvement of children in armed conflict", up to where the sentence moves on. */
const PROTOCOL_SUBJECT = /^ on (?:the|a|an) [a-z][\p{L}\s,'’-]*?(?=[;.:()]|,\s+(?:the|and|which|as|in|to|adopted|including|entered)\b|,?\s+(?:and|or) (?:the|its|their)\b|$)/u;

/**
 * "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child
 * pornography": a protocol named after the instrument it supplements (which the catalogue knows), plus its subject.
 * The catalogue's own protocols are found by name before this; a new one becomes an uncurated instrument.
 */
/**
 * Questions about `mentions` in O(log n) each: the mentions by start, with the largest end so far. Asking some() or
 * find() of every mention for every title head was quadratic in a text of many titles (issue 9, finding 3).
 */
interface MentionIndex {
  /** Whether any mention overlaps the span. */
  overlaps(start: number, end: number): boolean;
  /** Whether some mention starting at or before `start` reaches `end`. */
  covers(start: number, end: number): boolean;
  /** The first mention (in the given order) that starts at `at`. */
  startingAt(at: number): Mention | undefined;
}

function indexMentions(mentions: readonly Mention[]): MentionIndex {
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const m of byStart) maxEnd.push(Math.max(m.end, maxEnd[maxEnd.length - 1] ?? -Infinity));
  const firstAt = new Map<number, Mention>();
  for (const m of mentions) if (!firstAt.has(m.start)) firstAt.set(m.start, m);
  /** How many mentions start before `limit` (or at it, with `inclusive`). */
  const countBefore = (limit: number, inclusive: boolean) => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start < limit || (inclusive && byStart[mid].start === limit)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    overlaps(start, end) {
      const k = countBefore(end, false);
      return k > 0 && maxEnd[k - 1] > start;
    },
    covers(start, end) {
      const k = countBefore(start, true);
      return k > 0 && maxEnd[k - 1] >= end;
    },
    startingAt: (at) => firstAt.get(at),
  };
}

function protocolTo(text: string, m: RegExpMatchArray, named: MentionIndex): Mention | undefined {
  if (m[2] !== 'Protocol' || !/\bto\s+$/.test(m[0])) return undefined;
  const after = m.index! + m[0].length;
  const parent = named.startingAt(after) ?? (text.slice(after, after + 4) === 'the ' ? named.startingAt(after + 4) : undefined);
  if (!parent) return undefined;
  // Read from a window: a subject matched against the whole rest of the text could run to its end (no punctuation
  // stops it), making each protocol's title the rest of the text, quadratic in a text of many protocols (issue 9).
  const rest = text.slice(parent.end, parent.end + TITLE_WINDOW);
  const match = PROTOCOL_SUBJECT.exec(rest)?.[0];
  // One that runs to the window's end found no end of its own: it is not a subject.
  const subject = match && (match.length < rest.length || parent.end + rest.length === text.length) ? match.replace(/[\s,]+$/, '') : '';
  const end = parent.end + subject.length;
  if (named.covers(m.index!, end)) return undefined;
  const title = text.slice(m.index!, end);
  const id = uncuratedInstrumentId(title);
  return { start: m.index!, end, quote: title, targets: [id] };
}

/** "the Commission" in a resolution of the Commission is the Commission itself. */
function selfNames(text: string, ctx: TextContext): Mention[] {
  return ctx.organ.selfNames.flatMap((phrase) =>
    [...text.matchAll(new RegExp(`\\b${phrase}\\b(?!'s| (?:on|for|of) (?:the )?[A-Z])`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + phrase.length, quote: phrase, targets: [ctx.organ.bodyId] })),
  );
}

/** "the Convention" in a resolution about a convention is that convention. */
function anaphora(text: string, ctx: TextContext): Mention[] {
  if (!ctx.subject) return [];
  return [...text.matchAll(ANAPHORA)]
    .filter((m) => m[1] === ctx.subject!.noun)
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length, quote: m[0], targets: [ctx.subject!.id] }));
}

/** "the Charter" alone, not the start of another title ("the Charter of Economic Rights and Duties of States"). */
const CHARTER_ALONE = /\bthe (Charter)\b(?!\s+(?:of|on|for|to)\s+(?:the\s+)?\p{Lu})(?!’s|'s)/gu;
/** Another charter named in the paragraph: "African Charter on Human and Peoples’ Rights", "the Charter of Economic Rights". */
const OTHER_CHARTER = /\b(?!The\b|Nations\b)\p{Lu}[\p{L}’'-]*\s+Charter\b|\bCharter\s+(?:of|on|for)\s+(?!the\s+United\s+Nations\b)(?:the\s+)?\p{Lu}/u;

/**
 * "the Charter" alone in a United Nations text is the Charter of the United Nations ("in accordance with international law
 * and the Charter", "Article 19 of the Charter"), unless the text is about another charter or the paragraph names one.
 */
function charterAlone(text: string, ctx: TextContext): Mention[] {
  if (ctx.subject?.noun === 'Charter' || !ctx.index.ids.has('instrument:un-charter')) return [];
  if (OTHER_CHARTER.test(text)) return [];
  return [...text.matchAll(CHARTER_ALONE)].map((m) => {
    const start = m.index! + 4;
    return { start, end: start + m[1].length, quote: m[1], targets: ['instrument:un-charter'] };
  });
}

/** Whose resolution a reference is: an organ with a symbol scheme, another body (by name), or not known. */
type Issuer = { organ: Organ; explicit: boolean } | { other: string; name: string } | undefined;

/** Words that end the name of a body that adopts resolutions or decisions. */
const ISSUER_HEAD = /(?:Assembly|Council|Commission|Conference|Parties|Organization|Organisation|Board|Committee|Forum|Meeting|Summit|Congress|Union|Session|Agency)$/;
/** A body noun followed by its subject: "Working Group on Ageing", "Committee on the Peaceful Uses of Outer Space". */
const ISSUER_WITH_SUBJECT = /\b(?:Working Group|Commission|Committee|Conference|Council|Board|Forum|Meeting|Assembly)\s+(?:on|of|for)\s+\S/;
/** A run of capitalised words and the connectors of names, ending right before `resolution`. */
const NAME_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*|of|the|and|on|for|to|in|against)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|and|on|for|to|in|against))*)\s+$/u;
const NAME_AFTER = /^,?\s+(?:(?:adopted\s+)?(?:of|by)\s+the\s+|adopted\s+(?:at|during)\s+(?:the|its)\s+[\w-]+\s+(?:meeting|session)\s+of\s+the\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|and|on|for|to|in|against))*)/u;

/** A body's name from a run of words: without a leading participle or article, ending on a capitalised word. */
function cleanName(run: string): string {
  let name = run.trim();
  for (;;) {
    const next = name.replace(/^(?:\p{Lu}\p{Ll}+ing|The|the|of|and|on|for|to|in|against|Also|Further)\s+/u, '');
    if (next === name) break;
    name = next;
  }
  return name.replace(/(?:\s+(?:of|the|and|on|for|to|in|against))+$/, '');
}

/** The issuer a name designates, and the words of the name that designate it: an organ by its name or short name, another body by the head of its name. */
function issuerOfName(run: string, ctx: TextContext): { issuer: Issuer; name: string } {
  const organName = ORGANS.flatMap((o) => o.names.map((n) => ({ o, n }))).find(({ n }) => run === n || run.endsWith(` ${n}`));
  if (organName && !/(?:Environment|Health|Habitat) Assembly$/.test(run)) return { issuer: { organ: organName.o, explicit: true }, name: organName.n };
  // "the Commission and Assembly resolution 61/98": the bare short name after "and".
  const bare = /(?:^|\s+and\s+)(Assembly|Council|Commission)$/.exec(run)?.[1];
  if (bare && bare !== run) return issuerOfName(bare, ctx);
  if (run === 'Assembly') return { issuer: { organ: ORGANS[0], explicit: true }, name: run };
  if (['Council', 'Commission'].includes(run)) return { issuer: ctx.organ.selfNames.includes(`the ${run}`) ? { organ: ctx.organ, explicit: true } : undefined, name: run };
  // "the Conference of the Parties to the Convention" in a resolution about the Convention on Biological Diversity.
  const subjectTitle = ctx.subject && ctx.index.titles.get(ctx.subject.id)?.title;
  const known = knownOtherBody(
    !subjectTitle ? run : run.endsWith(`Parties to the ${ctx.subject!.noun}`) ? `${run.slice(0, -ctx.subject!.noun.length)}${subjectTitle}` : /^(?:the )?Conference of the Parties$/.test(run) ? `Conference of the Parties to the ${subjectTitle}` : run,
  );
  if (known) return { issuer: { other: known.slug, name: known.name }, name: known.name };
  // "the Open-ended Working Group on Ageing", "the Committee on Information": a body noun with its subject.
  if ((!ISSUER_HEAD.test(run) && !ISSUER_WITH_SUBJECT.test(run)) || !/\s/.test(run)) return { issuer: undefined, name: run };
  // "the Beijing Declaration and Platform for Action and United Nations Environment Assembly": the last name only.
  const parts = run.split(/\s+and\s+(?=\p{Lu})/u);
  let name = run;
  for (let i = parts.length - 1; i > 0; i--) {
    if (/\b(?:Declaration|Convention|Programme|Platform|Agenda|Action|Protocol|Framework|Strategy|Plan)\b/.test(parts.slice(0, i).join(' and '))) {
      name = parts.slice(i).join(' and ');
      break;
    }
  }
  return { issuer: { other: otherBodySlug(name), name }, name };
}

/**
 * Whose resolution "resolution 27/21" is, from the words before it ("Human Rights Council resolution", "its
 * resolution", "the Environment Assembly resolution") or after the list ("decision 15/4 of the Conference of the Parties
 * to the Convention on Biological Diversity"); undefined if nothing says.
 */
function issuerOf(text: string, m: RegExpMatchArray, ctx: TextContext): { issuer: Issuer | 'its'; start: number } {
  const from = Math.max(0, m.index! - 160);
  const before = text.slice(from, m.index!);
  const its = /\bits\s+$/.exec(before);
  if (its) return { issuer: 'its', start: from + its.index };
  const inIts = /\s+(?:in|by)\s+its\s+$/.exec(before);
  const named = NAME_BEFORE.exec(inIts ? before.slice(0, inIts.index + 1) : before);
  // "the Convention on Biological Diversity and resolutions 3/4": a name that does not end right before is not the issuer.
  if (named && /\p{Lu}[\p{L}'’.-]*$/u.test(named[1])) {
    const found = issuerOfName(cleanName(named[1]), ctx);
    // "Council resolution 27/21" after "the Human Rights Council" in the same paragraph: the Council the text is talking about.
    if (!found.issuer && /^(?:Council|Commission)$/.test(found.name)) {
      const organ = ORGANS.map((o) => ({ o, at: text.lastIndexOf(o.names[0], m.index!) })).filter(({ o, at }) => at >= 0 && o.names[0].endsWith(found.name)).sort((a, b) => b.at - a.at)[0]?.o;
      if (organ) found.issuer = { organ, explicit: true };
    }
    const runEnd = from + named.index + named[1].length;
    if (found.issuer) return { issuer: found.issuer, start: inIts ? from + inIts.index + inIts[0].indexOf('its') : runEnd - found.name.length };
  }
  const after = NAME_AFTER.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 200));
  return { issuer: after ? issuerOfName(cleanName(after[1]), ctx).issuer : undefined, start: m.index! };
}

/** The organ of a number when nothing names one: the shape of the number, else the text's own organ. */
function organOfNumber(number: string, ctx: TextContext): Organ | undefined {
  if (/\([IVXLC]+\)/.test(number)) return ORGANS.find((o) => o.key === 'ga');
  if (/\(\d{4}\)/.test(number)) return ORGANS.find((o) => o.key === 'sc');
  if (/^(?:S-)?\d{1,3}\//.test(number) && ['ga', 'hrc'].includes(ctx.organ.key)) return ctx.organ;
  if (/^\d{4}\//.test(number) && ['chr', 'ecosoc'].includes(ctx.organ.key)) return ctx.organ;
  return undefined;
}

/** True if `number` can be one of `organ`'s: sessions ("70/1") for the Assembly and the Council, years ("2003/48") for the Commission and ECOSOC. */
function fitsNumber(organ: Organ, number: string): boolean {
  if (/^(?:S-)?\d{1,3}\//.test(number)) return organ.key === 'ga' || organ.key === 'hrc';
  if (/^\d{4}\//.test(number)) return organ.key === 'chr' || organ.key === 'ecosoc';
  if (/\(\d{4}\)/.test(number)) return organ.key === 'sc';
  return true;
}

/**
 * "General Assembly resolution 45/158 of 18 December 1990", "its resolutions 1999/44, 2002/62 and 2005/47",
 * "Human Rights Council decision 18/120 of 30 September 2011 and resolutions 24/14 ... and 27/21" (a list carries its
 * organ to every item), "United Nations Environment Assembly resolution 5/5" (another body's: `resolution:unea:5/5`,
 * never an Assembly symbol). A date that cannot fall in the session of the organ guessed for a bare number means the
 * organ is not that one: the Council's if the date fits it, else nothing is cited.
 */
function resolutionRefs(text: string, ctx: TextContext): Mention[] {
  const found: Mention[] = [];
  let carried: { issuer: Exclude<Issuer, undefined>; end: number } | undefined;
  for (const m of text.matchAll(RESOLUTION_REF)) {
    const listStart = m.index! + m[0].length - m[2].length;
    const decision = m[1].startsWith('decision');
    const at = issuerOf(text, m, ctx);
    let issuer = at.issuer;
    // "... decision 18/120 of 30 September 2011 and resolutions 24/14": the list goes on under the same organ.
    if (issuer === undefined && carried && /^\d{0,2}(?:,\s*|,?\s+and\s+|,?\s+and\s+(?:of\s+)?(?:its\s+)?)$/.test(text.slice(carried.end, m.index!))) issuer = carried.issuer;
    let first = true;
    let last: Exclude<Issuer, undefined> | undefined;
    for (const item of m[2].matchAll(ITEM)) {
      const number = item[1].replace(/\s+/g, ' ').trim();
      // "72/256 of 24 December 2107", "75/247 of 31 December 202": a misprinted year says nothing; the number decides.
      const printed = item[3] ? Number(item[3]) : undefined;
      const year = printed !== undefined && printed >= 1945 && printed <= 2100 ? printed : undefined;
      const start = first ? at.start : listStart + item.index!;
      const end = listStart + item.index! + item[0].length;
      first = false;
      let id: string | undefined;
      const climate = CLIMATE_BODIES[/\/(CP|CMP|CMA)\./.exec(number)?.[1] ?? ''];
      if (climate) {
        id = otherResolution(ctx, climate, number, decision);
      } else if (issuer !== undefined && issuer !== 'its' && 'other' in issuer) {
        id = otherResolution(ctx, issuer, number, decision);
        last = issuer;
        (ctx.otherNumbers ??= new Map()).set(`${decision}:${number}`, issuer);
      } else if ((issuer === undefined || issuer === 'its') && ctx.otherNumbers?.has(`${decision}:${number}`) && !(year !== undefined && fitsDate(ctx.organ, number, year))) {
        // "Taking note of decision 14/1 of the Open-ended Working Group on Ageing ... Welcomes its decision 14/1": the
        // number the text already gave to another body keeps that body.
        id = otherResolution(ctx, ctx.otherNumbers.get(`${decision}:${number}`)!, number, decision);
      } else if (/\/(?:COP|MOP)\./.test(number)) {
        // "decision 7/COP.13": the desertification convention's numbering; another convention's is not guessed.
        if (!/Desertification/.test(text)) continue;
        id = otherResolution(ctx, { other: 'unccd-cop', name: 'Conference of the Parties to the United Nations Convention to Combat Desertification' }, number, decision);
      } else if (/^WHA/.test(number)) {
        id = otherResolution(ctx, { other: 'wha', name: 'World Health Assembly' }, number, decision);
      } else {
        const organ = organOfItem(issuer, number, year, ctx, text.slice(Math.max(0, at.start - 80), at.start));
        if (!organ) continue;
        if (issuer && issuer !== 'its') last = issuer;
        const symbol = symbolOf(organ, number, decision);
        id = known(ctx, symbol) ?? discover(ctx, { id: documentId(symbol), type: decision ? 'Document' : 'Resolution', kind: decision ? 'DECISION' : 'RESOLUTION', symbol, number });
      }
      // "Human Rights Council resolution 27/21": the organ named inside the reference is cited too (ANNOTATION.md).
      const organNamed = start === at.start && issuer && issuer !== 'its' && 'organ' in issuer && text.startsWith(issuer.organ.names[0], start) ? issuer.organ.bodyId : undefined;
      found.push({ start, end, quote: text.slice(start, end), targets: organNamed ? [id, organNamed] : [id] });
    }
    carried = last ? { issuer: last, end: m.index! + m[0].length } : undefined;
  }
  return found;
}

/** The organ of one item of a list: the one named, "its" organ, or the number's; checked against the item's date. */
function organOfItem(issuer: Issuer | 'its', number: string, year: number | undefined, ctx: TextContext, before: string): Organ | undefined {
  if (issuer === 'its') {
    // "adopted by the General Assembly in its resolution 70/1": the organ just named, if the number has its shape.
    const organ = organAddressed(before, ctx) ?? ctx.organ;
    if (!fitsNumber(organ, number)) return undefined;
    return year === undefined || fitsDate(organ, number, year) ? organ : undefined;
  }
  if (issuer && 'organ' in issuer) return issuer.organ;
  const organ = organOfNumber(number, ctx);
  if (!organ || year === undefined || fitsDate(organ, number, year)) return organ;
  // "resolution 27/21 of 26 September 2014" in an Assembly text cannot be the Assembly's 27th session.
  const council = ORGANS.find((o) => o.key === 'hrc')!;
  return fitsNumber(council, number) && fitsDate(council, number, year) ? council : undefined;
}

/** The climate regime's bodies, by the part of their decisions' numbers that says whose they are ("1/CP.21", "1/CMA.3"). */
const CLIMATE_BODIES: Record<string, { other: string; name: string }> = {
  CP: { other: 'unfccc-cop', name: 'Conference of the Parties to the United Nations Framework Convention on Climate Change' },
  CMP: { other: 'unfccc-cmp', name: 'Conference of the Parties serving as the meeting of the Parties to the Kyoto Protocol' },
  CMA: { other: 'unfccc-cma', name: 'Conference of the Parties serving as the meeting of the Parties to the Paris Agreement' },
};

/** A resolution or decision of a body outside the organs' symbol schemes: `resolution:<body>:<number as printed>`. */
function otherResolution(ctx: TextContext, issuer: { other: string; name: string }, number: string, decision: boolean): string {
  const id = `resolution:${issuer.other}:${number}`;
  const title = `${decision ? 'Decision' : 'Resolution'} ${number} of the ${issuer.name.replace(/^the\s+/, '')}`;
  return discover(ctx, { id, type: decision ? 'Document' : 'Resolution', kind: decision ? 'DECISION' : 'RESOLUTION', number, title });
}

function symbols(text: string, ctx: TextContext): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    let symbol = m[0].replace(/[.,;:]+$/, '');
    while (symbol.endsWith(')') && (symbol.match(/\(/g)?.length ?? 0) < (symbol.match(/\)/g)?.length ?? 0)) symbol = symbol.slice(0, -1);
    if (!/\d/.test(symbol)) continue;
    // "the report of the Special Rapporteur on the situation of human rights defenders (A/HRC/96/37)": the noun that the
    // symbol follows, looked for back to the previous clause or symbol.
    const before = text.slice(Math.max(0, m.index! - 200), m.index!).split(/[;)]/).pop()!.toLowerCase();
    const kind = /\/RES\//.test(symbol) ? 'RESOLUTION' : /\/L\.\d/.test(symbol) ? 'DRAFT' : /\b(?:reports?|addend(?:um|a))\b/.test(before) ? 'REPORT' : 'OTHER';
    const id = known(ctx, symbol) ?? discover(ctx, { id: documentId(symbol), type: kind === 'RESOLUTION' ? 'Resolution' : 'Document', kind, symbol });
    found.push({ start: m.index!, end: m.index! + symbol.length, quote: symbol, targets: [id] });
  }
  return found;
}

/** The organ "its" refers to in "to the Human Rights Council at its forty-third session": the one named just before, else the text's own. */
function organAddressed(before: string, ctx: TextContext): Organ | undefined {
  const named = new RegExp(`(${ORGAN_NAMES}|Assembly)(?:,)?\\s+(?:at|during|in|by|through|under)\\s*$`).exec(before);
  if (named?.[1] === 'Assembly') return ORGANS.find((o) => o.key === 'ga')!;
  if (named) return ORGANS.find((o) => o.names.includes(named[1]));
  // "the Commission on the Status of Women at its eighty-ninth session": another body's session, which is not guessed.
  const other = /\b(?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:of|on|for|the|and|against|to|in|\p{Lu}[\p{L}'’-]*))*)\s+(?:at|during)\s*$/u.exec(before);
  if (other && !ctx.organ.selfNames.includes(`the ${other[1]}`)) return undefined;
  return ctx.organ;
}

/** "its sixtieth session", "the fifty-ninth session of the Commission on Human Rights". */
function sessions(text: string, ctx: TextContext, mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(SESSION)) {
    const n = ordinalValue(m[2]);
    if (!n) continue;
    const holder = m[1] === 'its' ? sessionHolder(text, m.index!, ctx, mentions) : namedOrgan(m[3], ctx);
    if (!holder) continue;
    const id = `event:${holder.key}-${n}`;
    if (!ctx.index.ids.has(id)) {
      const title = `${ordinalWord(n).charAt(0).toUpperCase()}${ordinalWord(n).slice(1)} session of the ${holder.name}`;
      discover(ctx, { id, type: 'Event', kind: 'SESSION', title, heldBy: holder.bodyId });
    }
    found.push({ start: m.index!, end: m.index! + m[0].length, quote: m[0], targets: [id] });
  }
  return found;
}

interface SessionHolder {
  key: string;
  name: string;
  bodyId: string;
}

function namedOrgan(name: string | undefined, ctx: TextContext): SessionHolder | undefined {
  const organ = name ? ORGANS.find((o) => o.names.includes(name)) ?? (ctx.organ.selfNames.includes(`the ${name}`) ? ctx.organ : undefined) : undefined;
  return organ && { key: organ.key, name: organ.names[0], bodyId: organ.bodyId };
}

/** Bodies that meet in numbered sessions, by the head of their name. */
const MEETS_IN_SESSIONS = /^(?:Commission|Committee|Council|Assembly|Conference|Forum|Board|Working Group|Subcommission|Sub-Commission)\b/;

/**
 * Whose session "its Nth session" is: the organ or catalogue body named just before ("the Commission on the Status of
 * Women at its eighty-ninth session"), else the text's own organ, unless the clause names another body that meets in
 * sessions as its subject ("Decides that the Commission ... shall consider the question at its ninety-first session"):
 * then nothing is guessed.
 */
function sessionHolder(text: string, at: number, ctx: TextContext, mentions: Mention[]): SessionHolder | undefined {
  const before = text.slice(Math.max(0, at - 200), at);
  const organ = organAddressed(before, ctx);
  if (organ && organ !== ctx.organ) return { key: organ.key, name: organ.names[0], bodyId: organ.bodyId };
  const bodyBefore = (m: Mention) => m.targets.length === 1 && m.end <= at && ctx.index.titles.get(m.targets[0])?.type === 'Body';
  const adjacent = mentions.find((m) => bodyBefore(m) && /^\s+(?:at|during)\s+$/.test(text.slice(m.end, at)));
  if (adjacent && adjacent.targets[0] !== ctx.organ.bodyId) {
    const body = ctx.index.titles.get(adjacent.targets[0])!;
    return MEETS_IN_SESSIONS.test(body.title) ? { key: adjacent.targets[0].replace(/^body:/, ''), name: body.title, bodyId: adjacent.targets[0] } : undefined;
  }
  if (!organ) return undefined;
  const clauseStart = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(':', at), 0);
  const rival = mentions.some((m) => bodyBefore(m) && m.start >= clauseStart && m.targets[0] !== ctx.organ.bodyId && MEETS_IN_SESSIONS.test(ctx.index.titles.get(m.targets[0])!.title));
  return rival ? undefined : { key: organ.key, name: organ.names[0], bodyId: organ.bodyId };
}

/**
 * "the Convention against Torture ... and the Optional Protocol thereto": the catalogue's optional protocol to the
 * instrument named just before, when it has exactly one.
 */
function protocolsThereto(text: string, mentions: Mention[], ctx: TextContext): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(/\bOptional Protocol thereto\b/g)) {
    const parent = mentions
      .filter((x) => x.end <= m.index! && x.targets.length === 1 && ctx.index.titles.get(x.targets[0])?.type === 'Instrument')
      .sort((a, b) => b.end - a.end)[0];
    const parentTitle = parent && ctx.index.titles.get(parent.targets[0])!.title;
    if (!parentTitle) continue;
    const protocols = [...ctx.index.titles].filter(([, t]) => t.type === 'Instrument' && t.title === `Optional Protocol to the ${parentTitle}`);
    if (protocols.length === 1) found.push({ start: m.index!, end: m.index! + m[0].length, quote: m[0], targets: [protocols[0][0]] });
  }
  return found;
}

/** "the entry into force of the Convention (on 1 July 2003)": the event of that instrument. */
function entriesIntoForce(text: string, mentions: Mention[], ctx: TextContext): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(/\bentry into force of (?:the )?/g)) {
    const after = m.index! + m[0].length;
    const of = mentions.find((x) => x.targets.length === 1 && x.targets[0].startsWith('instrument:') && (x.start === after || x.start === after - 4));
    if (!of) continue;
    const instrument = of.targets[0];
    const id = `event:${instrument.slice('instrument:'.length)}-entry-into-force`;
    if (!ctx.index.ids.has(id)) {
      const title = ctx.index.titles.get(instrument)?.title;
      // "the entry into force of the Convention on 23 December 2010": the text states the date.
      const on = new RegExp(`^,? on (\\d{1,2} ${MONTH} \\d{4})`).exec(text.slice(of.end))?.[1];
      const date = on && isoDate(on);
      discover(ctx, { id, type: 'Event', kind: 'ENTRY_INTO_FORCE', title: title ? `Entry into force of the ${title}` : undefined, ...(date ? { date } : {}), concerns: instrument });
    }
    found.push({ start: m.index!, end: m.index! + 'entry into force'.length, quote: 'entry into force', targets: [id] });
  }
  return found;
}

/** "the advisory opinion of the International Court of Justice (of 8 July 1996) on the legality of ...": what follows "on" or "in the case concerning". */
const COURT_DECISION = new RegExp(
  String.raw`\b(advisory opinion|[Aa]dvisory [Oo]pinion|judgment|Judgment|order)s? (?:of|rendered by|issued by|delivered by|handed down by) the (International Court of Justice|Inter-American Court of Human Rights|European Court of Human Rights|African Court on Human and Peoples’ Rights|International Tribunal for the Law of the Sea)(?:,? (?:of|on) \d{1,2} ${MONTH} \d{4},?)?\s+(?:on (?:the )?(?:question of )?|in the case concerning |concerning )[“"]?([\p{L}][\p{L}’'\s-]*?)(?=[,;:.“”"()]|\d|\s+(?:issued|rendered|delivered|that|and|which|adopted|of \d)\b|$)`,
  'gu',
);
const COURTS: Record<string, string> = {
  'International Court of Justice': 'icj',
  'Inter-American Court of Human Rights': 'iacthr',
  'European Court of Human Rights': 'ecthr',
  'African Court on Human and Peoples’ Rights': 'afchpr',
  'International Tribunal for the Law of the Sea': 'itlos',
};

/**
 * Advisory opinions and judgments of the International Court of Justice and of regional courts are documents of their
 * own, named by their subject ("Legality of the threat or use of nuclear weapons"): `document:<court>-<subject>`.
 */
function courtDecisions(text: string, ctx: TextContext): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(COURT_DECISION)) {
    const subject = m[3].replace(/\s+/g, ' ').trim();
    if (subject.split(' ').length < 3) continue;
    const court = COURTS[m[2]];
    const title = subject.charAt(0).toUpperCase() + subject.slice(1);
    const id = `document:${court}-${title.toLowerCase().replace(/[^\p{L}\d]+/gu, '-').replace(/^-|-$/g, '')}`;
    discover(ctx, { id, type: 'Document', kind: 'OTHER', title });
    const end = m.index! + m[0].length;
    found.push({ start: m.index!, end, quote: text.slice(m.index!, end), targets: [id] });
  }
  return found;
}

/** The id of a document the catalogue knows by symbol. */
export function known(ctx: TextContext, symbol: string): string | undefined {
  const id = ctx.index.bySymbol.get(symbol);
  return id ?? (ctx.index.ids.has(documentId(symbol)) ? documentId(symbol) : undefined);
}

/** Records an entity the catalogue lacks (once) and returns its id. */
export function discover(ctx: TextContext, entity: DiscoveredEntity): string {
  if (!ctx.index.ids.has(entity.id) && !ctx.discovered.has(entity.id)) ctx.discovered.set(entity.id, entity);
  return entity.id;
}
