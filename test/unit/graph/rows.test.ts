import { col, mapRow, mapRows, RowShapeError } from '../../../src/graph/rows';

const SHAPE = { id: col.string, count: col.number, kinds: col.stringList, title: col.nullable(col.string), element: col.oneOf(['node', 'relationship'] as const) };

describe('typed rows at the repository boundary', () => {
  it('return a row that fits its shape, typed', () => {
    const row = mapRow('test/q', SHAPE, { id: 'a', count: 2, kinds: ['X'], title: null, element: 'node' });
    const id: string = row.id;
    const element: 'node' | 'relationship' = row.element;
    expect([id, row.count, row.kinds, row.title, element]).toEqual(['a', 2, ['X'], null, 'node']);
  });

  it('name the query and the column when a RETURN alias was renamed or a type changed', () => {
    expect(() => mapRow('export/nodes-page', SHAPE, { identifier: 'a', count: 2, kinds: [], title: null, element: 'node' })).toThrow(
      new RowShapeError('Query export/nodes-page returned no such column (columns: identifier, count, kinds, title, element) for "id"; its repository expects another shape.'),
    );
    expect(() => mapRows('q', SHAPE, [{ id: 'a', count: '2', kinds: [], title: null, element: 'node' }])).toThrow(/returned a string for "count"/);
    expect(() => mapRow('q', SHAPE, { id: 'a', count: 2, kinds: [1], title: null, element: 'node' })).toThrow(/returned a list for "kinds"/);
    expect(() => mapRow('q', SHAPE, { id: 'a', count: 2, kinds: [], title: null, element: 'edge' })).toThrow(/"element"/);
  });
});
