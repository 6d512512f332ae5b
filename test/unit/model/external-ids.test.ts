import { parseExternalId, romanToNumber, treatyCollectionUrl, wikidataUrl } from '../../../src/core/model/external-ids';
import { catalogueToRows, DataFileError, readCatalogue } from '../../../src/core/catalogue/catalogue';
import { DATA_DIR } from '../../support/paths';

describe('external identifiers', () => {
  it('reads the Roman chapter numbers of the UN Treaty Collection', () => {
    expect([romanToNumber('I'), romanToNumber('IV'), romanToNumber('V'), romanToNumber('XVIII'), romanToNumber('XXIX')]).toEqual([1, 4, 5, 18, 29]);
  });

  it('links to Wikidata and to the UN Treaty Collection status page', () => {
    expect(wikidataUrl('Q42')).toBe('https://www.wikidata.org/wiki/Q42');
    expect(treatyCollectionUrl('IV-13')).toBe('https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-13&chapter=4&clang=_en');
    expect(treatyCollectionUrl('V-2')).toBe('https://treaties.un.org/Pages/ViewDetailsII.aspx?src=TREATY&mtdsg_no=V-2&chapter=5&Temp=mtdsg2&clang=_en');
    // No address we have not checked.
    expect(treatyCollectionUrl('XVIII-12-a')).toBeNull();
  });

  it.each([
    ['WIKIDATA', ' q42 ', 'Q42'],
    ['TREATY_COLLECTION', 'iv-13', 'IV-13'],
    ['TREATY_COLLECTION', 'IV-8-B', 'IV-8-b'],
    ['TREATY_SERIES', '2220 / 39481', '2220/39481'],
  ] as const)('normalises a %s value "%s" to "%s"', (scheme, raw, value) => {
    expect(parseExternalId(scheme, raw)).toMatchObject({ ok: true, value });
  });

  it.each([
    ['WIKIDATA', 'Q0'],
    ['WIKIDATA', '42'],
    ['TREATY_COLLECTION', '4-13'],
    ['TREATY_COLLECTION', "IV-13' OR 1=1"],
    ['TREATY_SERIES', '39481'],
    ['TREATY_SERIES', '2220/x'],
  ] as const)('refuses a malformed %s value "%s" with an example of the right form', (scheme, raw) => {
    const parsed = parseExternalId(scheme, raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(/e\.g\. "/);
  });

  it('keeps each external id on one catalogue entry', () => {
    const catalogue = readCatalogue(DATA_DIR);
    expect(() => catalogueToRows(catalogue)).not.toThrow();
    const [first, second] = catalogue.instruments.filter((i) => i.treatySeries);
    const twice = { ...catalogue, instruments: [first, { ...second, treatySeries: first.treatySeries }, ...catalogue.instruments.slice(2)] };
    expect(() => catalogueToRows(twice)).toThrow(DataFileError);
    const sameChapter = {
      ...catalogue,
      instruments: catalogue.instruments.map((i, n) => (n < 2 ? { ...i, treatySeries: undefined, externalIds: { treatyCollection: 'IV-99' } } : i)),
    };
    expect(() => catalogueToRows(sameChapter)).toThrow(/UN Treaty Collection IV-99 is given for both/);
  });
});
