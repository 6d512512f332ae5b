import { buildPlannedRead, MAX_PLAN_STEPS, PlanStep } from '../../../src/graph/planned-read';

describe('buildPlannedRead', () => {
  const steps: PlanStep[] = [
    { kind: 'lookup-by-symbol', args: {}, ids: ['A/RES/78/76'] },
    { kind: 'cited-entities', args: { relations: ['GUIDED_BY'], types: null }, parent: 0, from: 'nodeIds' },
    { kind: 'paragraphs-by-ids', args: {}, parent: 1, from: 'paragraphIds' },
    { kind: 'links', args: { type: 'MONITORED_BY', direction: 'OUT' }, parent: 1, from: 'nodeIds' },
  ];

  it('nests each fragment in a subquery fed by its parent, with every value a parameter', () => {
    const { text, params } = buildPlannedRead(steps);
    expect(params).toEqual({ ids0: ['A/RES/78/76'], s0: {}, s1: { relations: ['GUIDED_BY'], types: null }, s2: {}, s3: { type: 'MONITORED_BY', direction: 'OUT' } });
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
});
