import { ExportInputError, parseExportScope } from '../../../src/services/export-request';
import { propertyTypeOf, relationshipId } from '../../../src/core/export/graph-data';

describe('parseExportScope', () => {
  it('exports the whole graph without a root, and a neighbourhood (default depth 1) with one', () => {
    expect(parseExportScope(undefined, undefined)).toEqual({ kind: 'whole' });
    expect(parseExportScope(' un:E/CN.4/RES/2003/48 ', undefined)).toEqual({ kind: 'neighbourhood', rootId: 'un:E/CN.4/RES/2003/48', depth: 1 });
    expect(parseExportScope('instrument:icmw', '3')).toEqual({ kind: 'neighbourhood', rootId: 'instrument:icmw', depth: 3 });
  });

  it.each([
    [undefined, '2', /depth needs a root/],
    ['', undefined, /root is empty/],
    ['x', '0', /from 1 to 3/],
    ['x', '4', /from 1 to 3/],
    ['x', '1.5', /from 1 to 3/],
    ['x', 'two', /from 1 to 3/],
  ])('refuses root=%p depth=%p with a message that says what to do', (root, depth, message) => {
    expect(() => parseExportScope(root, depth)).toThrow(ExportInputError);
    expect(() => parseExportScope(root, depth)).toThrow(message);
  });
});

describe('propertyTypeOf', () => {
  it('maps Cypher value types, ignoring empty lists and widening mixed numbers', () => {
    expect(propertyTypeOf(['STRING NOT NULL'])).toBe('string');
    expect(propertyTypeOf(['FLOAT NOT NULL'])).toBe('float');
    expect(propertyTypeOf(['INTEGER NOT NULL', 'FLOAT NOT NULL'])).toBe('float');
    expect(propertyTypeOf(['DATE NOT NULL'])).toBe('date');
    expect(propertyTypeOf(['LIST<NOTHING> NOT NULL', 'LIST<STRING NOT NULL> NOT NULL'])).toBe('string[]');
    expect(propertyTypeOf(['LIST<FLOAT NOT NULL> NOT NULL'])).toBe('float[]');
    expect(propertyTypeOf(['LIST<NOTHING> NOT NULL'])).toBe('string[]');
    expect(propertyTypeOf(['STRING NOT NULL', 'BOOLEAN NOT NULL'])).toBe('string');
  });

  it('names CITES by its citation key and other relationships by their ends', () => {
    expect(relationshipId('CITES', 'p', 't', { key: 'p@4>t' })).toBe('CITES:p@4>t');
    expect(relationshipId('PART_OF', 'a', 'b', {})).toBe('PART_OF:a>b');
  });
});
