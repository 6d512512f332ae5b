/**
 * The public identifier scheme. Ids never change once published:
 * - a UN document (resolutions included): `un:` + its UN symbol, e.g. `un:E/CN.4/RES/2003/48`;
 * - a paragraph: its resolution's id + `#pp<n>` (preambular) or `#op<n>` (operative), e.g. `un:E/CN.4/RES/2003/48#op5`;
 * - a curated instrument, body or event: `instrument:`, `body:` or `event:` + a lowercase slug, e.g. `instrument:icmw`;
 * - a provision: its instrument's id + `:article-<n>`, e.g. `instrument:icmw:article-72`;
 * - an agenda item: `agenda:` + the organ's key + `:` + the session + `:` + the item number with its sub-item letter
 *   in brackets, e.g. `agenda:ga:78:71(b)`, `agenda:ga:78:13`, `agenda:hrc:54:3` (see agendaItemId).
 */
export function documentId(symbol: string): string {
  return `un:${symbol}`;
}

export function paragraphId(resolutionId: string, kind: 'PREAMBULAR' | 'OPERATIVE', indexInKind: number, part?: string): string {
  return `${resolutionId}#${part ? `${part}-` : ''}${kind === 'PREAMBULAR' ? 'pp' : 'op'}${indexInKind}`;
}

/**
 * An agenda item of one session of one organ: `agenda:ga:78:71(b)` is item 71 (b) of the General Assembly's
 * seventy-eighth session. The organ key is one of ga, hrc, chr, ecosoc, sc; the session is its number ("78"), a
 * special session's "S-27" or "ES-10", or ECOSOC's year ("2044").
 */
export function agendaItemId(organKey: string, session: string, number: number, subItem?: string): string {
  return `agenda:${organKey}:${session}:${number}${subItem ? `(${subItem})` : ''}`;
}

export function provisionId(instrumentId: string, article: string): string {
  return `${instrumentId}:article-${article.toLowerCase()}`;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A date or year that ends a name in running text: "of 10 December 1982", "on 12 October 2014", "in December 2015", "for 2023", "of 2019". */
const TRAILING_DATE = new RegExp(String.raw`\s*,?\s+(?:(?:of|on|in|for|from|adopted on|signed on)\s+)(?:\d{1,2}\s+)?(?:(?:${MONTHS})\s+)?\d{4}(?:\d{1,3})?$`, 'i');
/** "Sendai Framework for Disaster Risk Reduction 2015–2030" keeps its name without the span of years. */
const TRAILING_YEARS = /\s*,?\s+\d{4}\s*[–-]\s*\d{4}$/;
/** ", 1961" as in "Single Convention on Narcotic Drugs, 1961". */
const TRAILING_COMMA_YEAR = /,\s*\d{4}$/;
/** Words after which a number belongs to the name ("Agenda 21", "Group of 20", "Convention No. 189"). */
const NUMBERED_HEAD = /(?:\bAgenda|\bof|\bNo\.|\bHabitat|\bProtocol|\bPart)$/;
/** "by the Special Rapporteur ...", "by the Committee on World Food Security": who presented or adopted it, not the name. */
const TRAILING_AUTHOR = /\s+by the (?:[\p{Lu}][\p{L}-]*|of|on|for|and|the)(?:\s+(?:[\p{Lu}][\p{L}-]*|of|on|for|and|the))*$/u;

/**
 * The name of an instrument or body as texts should know it, from the words a text prints: one line, straight
 * apostrophes, no footnote digits ("Diversity101", "Security 11"), no trailing date or year ("of 10 December 1982",
 * "for 2023"), no trailing punctuation, no leading "the". Every uncurated id and every catalogue look-up goes
 * through it, so the variants of one name land on one node.
 */
export function normaliseEntityName(raw: string): string {
  let name = raw
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    // "Non-\nProliferation" read as "Non- Proliferation": one word broken at a line end.
    .replace(/(\p{L})- (?=\p{Lu})/gu, '$1-')
    .trim()
    .replace(/^the\s+/i, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name
      .replace(/[\s,;:.(]+$/, '')
      .replace(/(\p{Ll})\d{1,3}$/u, '$1')
      // "Operations,12": a footnote marker after the comma that ends the name.
      .replace(/,\s*\d{1,3}$/, '')
      .replace(TRAILING_DATE, '')
      .replace(TRAILING_YEARS, '')
      .replace(TRAILING_COMMA_YEAR, '')
      .replace(TRAILING_AUTHOR, '');
    const number = /\s\d{1,3}$/.exec(name);
    if (number && !NUMBERED_HEAD.test(name.slice(0, number.index))) name = name.slice(0, number.index);
  }
  return name;
}

/** The slug ids are made of: lowercase, every run of other characters than letters and digits one "-". */
export function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\d]+/gu, '-').replace(/^-|-$/g, '');
}

/** The key two names share when they name the same thing in different print: the slug of the normalised name. */
export function nameKey(name: string): string {
  return slugOf(normaliseEntityName(name));
}

/** An instrument first met in a text, by its title: `instrument:` + the slug of its normalised title. */
export function uncuratedInstrumentId(title: string): string {
  return `instrument:${nameKey(title)}`;
}

/** A body first met in a text, by its name: `body:` + the slug of its normalised name. */
export function uncuratedBodyId(name: string): string {
  return `body:${nameKey(name)}`;
}

/** True for ids of paragraphs, which are not entities. */
export function isParagraphId(id: string): boolean {
  return /#(pp|op)\d+$/.test(id);
}
