import { documentId, isParagraphId, paragraphId, provisionId } from '../../../src/core/model/ids';
import { organByName, symbolOf } from '../../../src/core/ingest/organs';
import { catalogueToRows, readCatalogue } from '../../../src/core/catalogue/catalogue';
import { DATA_DIR } from '../../support/paths';

/** Published ids are a contract with every partner that stored one: these tables pin how they are derived. */
describe('the public id scheme', () => {
  it.each([
    ['E/CN.4/RES/2003/48', 'un:E/CN.4/RES/2003/48'],
    ['A/RES/45/158', 'un:A/RES/45/158'],
    ['A/RES/2200(XXI)', 'un:A/RES/2200(XXI)'],
    ['A/RES/217(III)', 'un:A/RES/217(III)'],
    ['A/HRC/RES/7/16', 'un:A/HRC/RES/7/16'],
    ['S/RES/1325 (2000)', 'un:S/RES/1325 (2000)'],
    ['A/CONF.157/23', 'un:A/CONF.157/23'],
    ['E/CN.4/2003/L.11/Add.4', 'un:E/CN.4/2003/L.11/Add.4'],
  ])('derives the id of UN document %s from its symbol, unchanged', (symbol, id) => {
    expect(documentId(symbol)).toBe(id);
  });

  it.each([
    ['General Assembly', '45/158', 'un:A/RES/45/158'],
    ['General Assembly', '2200 A (XXI)', 'un:A/RES/2200(XXI)'],
    ['Commission on Human Rights', '2003/48', 'un:E/CN.4/RES/2003/48'],
    ['Human Rights Council', '7/16', 'un:A/HRC/RES/7/16'],
    ['Security Council', '1325 (2000)', 'un:S/RES/1325 (2000)'],
    ['General Assembly', '48/218 B', 'un:A/RES/48/218 B'],
  ])('gives a resolution of the %s printed as "%s" the id %s', (organ, number, id) => {
    expect(documentId(symbolOf(organByName(organ)!, number))).toBe(id);
  });

  it('numbers paragraphs within their kind and names provisions by article', () => {
    expect(paragraphId('un:E/CN.4/RES/2003/48', 'PREAMBULAR', 3)).toBe('un:E/CN.4/RES/2003/48#pp3');
    expect(paragraphId('un:E/CN.4/RES/2003/48', 'OPERATIVE', 5)).toBe('un:E/CN.4/RES/2003/48#op5');
    expect(provisionId('instrument:icmw', '72')).toBe('instrument:icmw:article-72');
    expect(provisionId('instrument:x', '2A')).toBe('instrument:x:article-2a');
    expect(isParagraphId('un:E/CN.4/RES/2003/48#op5')).toBe(true);
    expect(isParagraphId('un:E/CN.4/RES/2003/48')).toBe(false);
  });

  it('keeps every curated id in its published form: a prefix, then a lowercase slug or the UN symbol', () => {
    const rows = catalogueToRows(readCatalogue(DATA_DIR));
    for (const { id, props } of rows.entities) {
      if (id.startsWith('un:')) expect(id).toBe(documentId(props.symbol as string));
      else expect([id, /^(instrument|body|event):[a-z0-9]+(-[a-z0-9]+)*(:article-[0-9a-z]+)?$/.test(id)]).toEqual([id, true]);
    }
  });
});

describe('an id outlives a corrected symbol', () => {
  const catalogue = readCatalogue(DATA_DIR);
  const withDocument = (entry: Record<string, unknown>) => ({ ...catalogue, documents: [...catalogue.documents, entry as (typeof catalogue.documents)[number]] });

  it('keeps the published id when the symbol is corrected and publishedAs names the old symbol', () => {
    const rows = catalogueToRows(withDocument({ id: 'un:E/CN.4/2003/999', kind: 'REPORT', symbol: 'E/CN.4/2003/998', publishedAs: 'E/CN.4/2003/999' }));
    expect(rows.entities.find((e) => e.id === 'un:E/CN.4/2003/999')?.props.symbol).toBe('E/CN.4/2003/998');
  });

  it('refuses an id that matches neither the symbol nor publishedAs, and says how to keep a published id', () => {
    expect(() => catalogueToRows(withDocument({ id: 'un:E/CN.4/2003/999', kind: 'REPORT', symbol: 'E/CN.4/2003/998' }))).toThrow(/set "publishedAs" to the old symbol/);
  });
});
