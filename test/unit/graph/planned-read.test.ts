import { buildPlannedRead, FULL_PROJECTION, MAX_PLAN_STEPS, PlanStep, unprojectRows } from '../../../src/graph/planned-read';

describe('buildPlannedRead', () => {
  const steps: PlanStep[] = [
    { kind: 'lookup-by-symbol', args: {}, ids: ['A/RES/78/76'] },
    { kind: 'cited-entities', args: { relations: ['GUIDED_BY'], types: null }, parent: 0, from: 'nodeIds' },
    { kind: 'paragraphs-by-ids', args: {}, parent: 1, from: 'paragraphIds' },
    { kind: 'links', args: { type: 'MONITORED_BY', direction: 'OUT' }, parent: 1, from: 'nodeIds' },
  ];

  it('nests each fragment in a subquery fed by its parent, with every value a parameter', () => {
    const { text, params } = buildPlannedRead(steps);
    expect(params).toEqual({ props: FULL_PROJECTION, ids0: ['A/RES/78/76'], s0: {}, s1: { relations: ['GUIDED_BY'], types: null }, s2: {}, s3: { type: 'MONITORED_BY', direction: 'OUT' } });
    expect(text).toContain('WITH $ids0 AS ids, $s0 AS args');
    expect(text).toContain('CALL (n0) {');
    expect(text).toContain('CALL (p1) {');
    expect(text).toContain('CALL (n1) {');
    expect(text).toContain('USING INDEX SEEK n:Entity(symbol)');
    expect(text).not.toContain('A/RES/78/76');
    expect(text.trim().split('\n').at(-1)).toBe('RETURN i0, r0, i1, r1, i2, r2, i3, r3');
  });

  it('refuses a step before its parent, a step without input, and too many steps', () => {
    expect(() => buildPlannedRead([{ kind: 'links', args: {}, parent: 0, from: 'nodeIds' }])).toThrow(/before its parent/);
    expect(() => buildPlannedRead([{ kind: 'lookup-by-id', args: {} }])).toThrow(/neither a parent nor ids/);
    expect(() => buildPlannedRead(Array.from({ length: MAX_PLAN_STEPS + 1 }, () => steps[0]))).toThrow(/1 to/);
  });

  it('sends the projection as the one parameter $props, never as text', () => {
    const projection = { entity: ['title', 'abbreviation'], paragraph: ['text'], citations: false };
    const { text, params } = buildPlannedRead(steps, projection);
    expect(params.props).toEqual(projection);
    expect(text).not.toContain('abbreviation');
    expect(text).toContain('$props.entity');
  });
});

describe('unprojectRows', () => {
  const projection = { entity: ['title', 'adoptedOn'], paragraph: ['text', 'order'], citations: true };

  it('makes projected nodes and paragraphs back into the maps `.*` gives, without the missing properties', () => {
    expect(unprojectRows('lookup-by-id', [{ id: 'i:1', labels: ['Entity', 'Instrument'], _values: ['Title', null] }], projection)).toEqual([
      { id: 'i:1', labels: ['Entity', 'Instrument'], title: 'Title' },
    ]);
    expect(unprojectRows('links', [{ id: 'x', node: { id: 'b:1', labels: ['Entity', 'Body'], _values: [null, '2001-01-01'] }, link: {} }], projection)).toEqual([
      { id: 'x', node: { id: 'b:1', labels: ['Entity', 'Body'], adoptedOn: '2001-01-01' }, link: {} },
    ]);
    expect(unprojectRows('paragraphs-of', [{ id: 'r', paragraph: { id: 'r#op1', _values: ['Decides', 3] } }], projection)).toEqual([
      { id: 'r', paragraph: { id: 'r#op1', text: 'Decides', order: 3 } },
    ]);
    expect(unprojectRows('paragraphs-by-ids', [{ id: 'r#op1', resolutionId: 'r', _values: [null, 1] }], projection)).toEqual([{ id: 'r#op1', resolutionId: 'r', order: 1 }]);
  });

  it('leaves whole maps (projection null) as they are', () => {
    const rows = [{ id: 'i:1', labels: ['Entity'], title: 'T', note: 'N' }];
    expect(unprojectRows('lookup-by-id', rows, FULL_PROJECTION)).toBe(rows);
  });
});
