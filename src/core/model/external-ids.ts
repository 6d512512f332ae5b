/**
 * External identifiers: how a catalogue entry is named in other systems, and how to turn those names into links.
 * Pure functions, no driver: the resolvers and the tests share them.
 */

export type ExternalIdSchemeName = 'WIKIDATA' | 'TREATY_COLLECTION' | 'TREATY_SERIES';

/** A lookup value, checked and normalised; `problem` says what is wrong with it otherwise. */
export type ParsedExternalId =
  | { ok: true; scheme: 'WIKIDATA' | 'TREATY_COLLECTION'; value: string }
  | { ok: true; scheme: 'TREATY_SERIES'; value: string; volume: number; number: number }
  | { ok: false; problem: string };

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** "IV" -> 4, "XVIII" -> 18; the chapters of the UN Treaty Collection run from I to XXIX. */
export function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]];
    const next = ROMAN[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The Wikidata page of an item, e.g. https://www.wikidata.org/wiki/Q42. */
export function wikidataUrl(qid: string): string {
  return `https://www.wikidata.org/wiki/${qid}`;
}

/**
 * The status page of a treaty in the UN Treaty Collection, for the chapters whose address we have checked: chapter IV
 * (human rights) is served by ViewDetails.aspx, chapter V (refugees) by ViewDetailsII.aspx (ViewDetails.aspx redirects
 * there). The reference goes in `mtdsg_no`, the chapter as an Arabic number. Null for other chapters rather than a
 * guessed address.
 */
export function treatyCollectionUrl(reference: string): string | null {
  const roman = reference.split('-')[0];
  const chapter = romanToNumber(roman);
  if (roman === 'IV') return `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${reference}&chapter=${chapter}&clang=_en`;
  if (roman === 'V') return `https://treaties.un.org/Pages/ViewDetailsII.aspx?src=TREATY&mtdsg_no=${reference}&chapter=${chapter}&Temp=mtdsg2&clang=_en`;
  return null;
}

/** Checks and normalises a value a client wants to look up; never throws. */
export function parseExternalId(scheme: ExternalIdSchemeName, raw: string): ParsedExternalId {
  const value = raw.trim();
  switch (scheme) {
    case 'WIKIDATA': {
      const qid = value.toUpperCase();
      return /^Q[1-9]\d{0,11}$/.test(qid) ? { ok: true, scheme, value: qid } : { ok: false, problem: 'a Wikidata item id is Q followed by digits, e.g. "Q42"' };
    }
    case 'TREATY_COLLECTION': {
      const match = /^([IVXL]+)-(\d{1,3})(-[a-z])?$/i.exec(value);
      if (!match) return { ok: false, problem: 'a UN Treaty Collection reference is a Roman chapter, a number and maybe a letter, e.g. "IV-13" or "IV-8-b"' };
      return { ok: true, scheme, value: `${match[1].toUpperCase()}-${match[2]}${(match[3] ?? '').toLowerCase()}` };
    }
    case 'TREATY_SERIES': {
      const match = /^(\d{1,5})\s*\/\s*(\d{1,7})$/.exec(value);
      if (!match) return { ok: false, problem: 'a UN Treaty Series reference is "<volume>/<registration number>", e.g. "2220/39481"' };
      const [volume, number] = [Number(match[1]), Number(match[2])];
      return { ok: true, scheme, value: `${volume}/${number}`, volume, number };
    }
  }
}
