/** A UN organ whose resolutions the pipeline reads: how texts name it and how its symbols are built. */
export interface Organ {
  key: 'ga' | 'hrc' | 'chr' | 'ecosoc' | 'sc';
  bodyId: string;
  names: string[];
  /** Short forms a text of this organ uses for itself ("the Council", "the Commission"). */
  selfNames: string[];
  resolutionPrefix: string;
  decisionPrefix: string;
}

export const ORGANS: Organ[] = [
  { key: 'ga', bodyId: 'body:general-assembly', names: ['General Assembly'], selfNames: ['the Assembly'], resolutionPrefix: 'A/RES/', decisionPrefix: 'A/DEC/' },
  { key: 'hrc', bodyId: 'body:hrc', names: ['Human Rights Council'], selfNames: ['the Council'], resolutionPrefix: 'A/HRC/RES/', decisionPrefix: 'A/HRC/DEC/' },
  { key: 'chr', bodyId: 'body:chr', names: ['Commission on Human Rights'], selfNames: ['the Commission'], resolutionPrefix: 'E/CN.4/RES/', decisionPrefix: 'E/CN.4/DEC/' },
  { key: 'ecosoc', bodyId: 'body:ecosoc', names: ['Economic and Social Council'], selfNames: ['the Council'], resolutionPrefix: 'E/RES/', decisionPrefix: 'E/DEC/' },
  { key: 'sc', bodyId: 'body:security-council', names: ['Security Council'], selfNames: ['the Council'], resolutionPrefix: 'S/RES/', decisionPrefix: 'S/DEC/' },
];

/** The organs' names as a regular-expression alternation: "General Assembly|Human Rights Council|...". */
export const ORGAN_NAMES = ORGANS.map((o) => o.names[0]).join('|');

export function organByName(name: string): Organ | undefined {
  const n = name.trim().toLowerCase();
  return ORGANS.find((o) => o.names.some((x) => x.toLowerCase() === n));
}

/**
 * The UN symbol of a resolution or decision from its printed number:
 * "45/158" -> A/RES/45/158, "2200 A (XXI)" -> A/RES/2200(XXI), "2003/48" of the Commission -> E/CN.4/RES/2003/48,
 * "1325 (2000)" of the Security Council -> S/RES/1325(2000).
 */
export function symbolOf(organ: Organ, number: string, decision = false): string {
  const prefix = decision ? organ.decisionPrefix : organ.resolutionPrefix;
  const compact = number.replace(/\s+[A-Z](?=\s*\()/, '').replace(/\s+/g, '');
  return prefix + compact;
}

/** The session a resolution number belongs to, where the number says it (GA "74/148" -> 74, HRC "7/16" -> 7). */
export function sessionOf(organ: Organ, number: string | undefined, year: number | undefined): number | undefined {
  if (organ.key === 'chr' && year) return year - 1944;
  if ((organ.key === 'ga' || organ.key === 'hrc') && number && /^\d{1,3}\/\d+/.test(number)) return Number(number.split('/')[0]);
  return undefined;
}

const ORDINALS = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const TENS = ['', '', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/** "sixtieth" -> 60, "fifty-ninth" -> 59, "60th" -> 60; undefined if it is not an ordinal. */
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const digits = /^(\d{1,3})(st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  for (let n = 1; n < 200; n++) if (ordinalWord(n) === w) return n;
  return undefined;
}

/** 60 -> "sixtieth", 59 -> "fifty-ninth", 100 -> "one hundredth", 101 -> "one hundred and first". */
export function ordinalWord(n: number): string {
  if (n === 100) return 'one hundredth';
  if (n > 100 && n < 200) return `one hundred and ${ordinalWord(n - 100)}`;
  if (n < 20) return ORDINALS[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (u === 0) return `${TENS[t]}ieth`;
  return `${TENS[t]}y-${ORDINALS[u]}`;
}
