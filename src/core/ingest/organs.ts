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
 * The UN symbol of a resolution or decision from its printed number, as the UN writes it:
 * "45/158" -> A/RES/45/158, "48/218 B" -> A/RES/48/218 B, "2200 A (XXI)" -> A/RES/2200(XXI), "2003/48" of the
 * Commission -> E/CN.4/RES/2003/48, "1325 (2000)" of the Security Council -> S/RES/1325 (2000).
 */
export function symbolOf(organ: Organ, number: string, decision = false): string {
  const prefix = decision ? organ.decisionPrefix : organ.resolutionPrefix;
  const n = number.replace(/\s+/g, ' ').trim();
  const council = /^(\d{1,4}) ?\((\d{4})\)$/.exec(n);
  if (council) return `${prefix}${council[1]} (${council[2]})`;
  if (/\([IVXLC]+\)/.test(n)) return prefix + n.replace(/\s+[A-Z](?=\s*\()/, '').replace(/\s+/g, '');
  return prefix + n.replace(/^((?:S-)?\d{1,4}\/\d{1,4}) ?([A-Z])$/, '$1 $2');
}

/**
 * Whether a resolution dated `year` can carry `number` under `organ`: the Assembly's session n runs from September of
 * 1945 + n, the Council holds three sessions a year from 2006, ECOSOC, the Commission and the Security Council number
 * by year. A date that cannot fall in the session says the organ is wrong.
 */
export function fitsDate(organ: Organ, number: string, year: number): boolean {
  const session = /^(\d{1,3})\//.exec(number);
  if (organ.key === 'ga' && session) return year >= 1945 + Number(session[1]) && year <= 1947 + Number(session[1]);
  if (organ.key === 'hrc' && session) return Math.abs(year - (2006 + Math.floor((Number(session[1]) - 1) / 3))) <= 1;
  const yearly = /^(\d{4})\//.exec(number) ?? /\((\d{4})\)$/.exec(number);
  if (yearly) return Math.abs(year - Number(yearly[1])) <= 1;
  return true;
}

/** Bodies outside the organs' symbol schemes whose resolutions texts cite, by the words of their names; the slug is the id's middle part. */
const OTHER_BODIES: [RegExp, string][] = [
  [/\bEnvironment Assembly\b/, 'unea'],
  [/\bHabitat Assembly\b/, 'un-habitat-assembly'],
  [/\bWorld Health Assembly\b/, 'wha'],
  [/\bEconomic and Social Commission for Asia and the Pacific\b/, 'escap'],
  [/\bEconomic and Social Commission for Western Asia\b/, 'escwa'],
  [/\bEconomic Commission for Africa\b/, 'eca'],
  [/\bEconomic Commission for Europe\b/, 'ece'],
  [/\bEconomic Commission for Latin America and the Caribbean\b/, 'eclac'],
  [/\b(?:Conference of the )?Parties to the Convention on Biological Diversity\b/, 'cbd-cop'],
  [/\b(?:Conference of the )?Parties to the (?:United Nations )?Framework Convention on Climate Change\b/, 'unfccc-cop'],
  [/\b(?:Conference of the )?Parties to the (?:United Nations )?Convention to Combat Desertification\b/, 'unccd-cop'],
  [/\b(?:Conference of the )?Parties to the United Nations Convention against Transnational Organized Crime\b/, 'untoc-cop'],
  [/\b(?:Conference of the )?States Parties to the United Nations Convention against Corruption\b/, 'uncac-cosp'],
  [/\bCommission on Population and Development\b/, 'cpd'],
  [/\bCommission on the Status of Women\b/, 'csw'],
  [/\bCommission on Narcotic Drugs\b/, 'cnd'],
  [/\bCommission on Crime Prevention and Criminal Justice\b/, 'ccpcj'],
  [/\bCommission for Social Development\b/, 'csocd'],
  [/\bCommission on Science and Technology for Development\b/, 'cstd'],
  [/\bStatistical Commission\b/, 'statistical-commission'],
  [/\bWorld Meteorological (?:Organization|Congress)\b/, 'wmo'],
  [/\bInternational Labour Conference\b/, 'ilc'],
  [/\bUnited Nations Educational, Scientific and Cultural Organization\b|\bUNESCO\b/, 'unesco'],
];

/** A body of the list above named at the end of `run` ("... Economic and Social Commission for Asia and the Pacific"). */
export function knownOtherBody(run: string): { slug: string; name: string } | undefined {
  for (const [re, slug] of OTHER_BODIES) {
    const m = new RegExp(`(?:(?:United Nations|the) )?(?:${re.source})$`).exec(run);
    if (m) return { slug, name: m[0] };
  }
  return undefined;
}

/** The id slug of another body from its name as printed: a known short slug, else the slug of the full name. */
export function otherBodySlug(name: string): string {
  const known = OTHER_BODIES.find(([re]) => re.test(name));
  if (known) return known[1];
  return name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\d]+/gu, '-').replace(/^-|-$/g, '');
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
