import { planBatch, PreviousRow, refusedBy, toStatementRow } from '../../../src/graph/load-plan';
import { ResolutionWrite } from '../../../src/core/model/graph-write';

/** A resolution write with one paragraph citing `cites`, introducing `introduces` (id, type, kind). */
function write(id: string, cites: string[], introduces: [string, 'Document' | 'Resolution' | 'Event', string][] = [], extra: Partial<ResolutionWrite> = {}): ResolutionWrite {
  return {
    resolution: { id, type: 'Resolution', props: { id, kind: 'RESOLUTION', curated: true } },
    newEntities: introduces.map(([eid, type, kind]) => ({ id: eid, type, props: { id: eid, kind, curated: false } })),
    links: [],
    paragraphs: [{ id: `${id}#op1`, props: { id: `${id}#op1`, text: 'Decides' } }],
    citations: cites.map((t, i) => ({ key: `${id}#op1>${t}#${i}`, paragraphId: `${id}#op1`, targetId: t, props: { quote: t } })),
    version: { contentHash: `hash-${id}`, source: `data/${id}.txt`, parserRevision: 'r1' },
    startup: true,
    ...extra,
  };
}

const previous = (rows: PreviousRow[]) => new Map(rows.map((r) => [r.id, r]));
const held = (id: string, source: string, paragraphs = 2): PreviousRow => ({
  id,
  source,
  before: { contentHash: 'old-hash', previousContentHash: null, previousParagraphCount: null, previousCitationCount: null },
  oldParagraphs: Array.from({ length: paragraphs }, (_, i) => ({ id: `${id}#op${i + 1}`, text: `old ${i}` })),
  oldCitations: [{ targetId: 'x', quote: 'q' }],
});

describe('planBatch: a batch written set-wise comes out as its resolutions written one after another', () => {
  it('creates an entity two texts introduce once, with the first text’s properties and every type given', () => {
    const plan = planBatch(
      [write('r:1', ['doc:a'], [['doc:a', 'Document', 'REPORT']]), write('r:2', ['doc:a'], [['doc:a', 'Event', 'OTHER']])].map(toStatementRow),
      new Map(),
    );
    expect(plan.entities).toEqual([{ id: 'doc:a', types: ['Document', 'Event'], props: { id: 'doc:a', kind: 'REPORT', curated: false } }]);
    expect(plan.targetIds).toEqual(['doc:a']);
  });

  it('leaves alone an entity named after a resolution written earlier in the batch, but not one written later', () => {
    const earlier = planBatch([write('r:1', []), write('r:2', ['r:1'], [['r:1', 'Resolution', 'RESOLUTION']])].map(toStatementRow), new Map());
    expect(earlier.entities).toEqual([]);
    const later = planBatch([write('r:2', ['r:1'], [['r:1', 'Resolution', 'RESOLUTION']]), write('r:1', [])].map(toStatementRow), new Map());
    expect(later.entities.map((e) => e.id)).toEqual(['r:1']);
  });

  it('keeps a version from another source at start-up: nothing of that text is written', () => {
    const plan = planBatch([write('r:1', ['doc:a'], [['doc:a', 'Document', 'REPORT']])].map(toStatementRow), previous([held('r:1', 'api')]));
    expect(plan.outcomes[0]).toMatchObject({ kept: true, heldBy: 'api' });
    expect(plan.resolutions).toEqual([]);
    expect(plan.entities).toEqual([]);
  });

  it('records the replaced version’s trace when the content changed, and clears the old paragraphs first', () => {
    const plan = planBatch([write('r:1', [])].map(toStatementRow), previous([held('r:1', 'data/r:1.txt', 3)]));
    expect(plan.replaced).toEqual([{ id: 'r:1', attach: false }]);
    const trace = plan.resolutions[0].trace as Record<string, { toNumber?: () => number } | string>;
    expect(trace.previousContentHash).toBe('old-hash');
    expect((trace.previousParagraphCount as { toNumber(): number }).toNumber()).toBe(3);
    expect((trace.previousCitationCount as { toNumber(): number }).toNumber()).toBe(1);
    // The entity the replaced version cited ('x') is touched too: its count of citing texts may drop.
    expect(plan.touchedIds).toEqual(['x']);
  });

  it('addresses each citation by the position of its target in the batch’s sorted targets', () => {
    const plan = planBatch([write('r:1', ['z', 'a']), write('r:2', ['m'])].map(toStatementRow), new Map());
    expect(plan.targetIds).toEqual(['a', 'm', 'z']);
    const positions = plan.paragraphs.map((r) => r.paragraphs[0].citations.map((c) => c.target.toNumber()));
    expect(positions).toEqual([[2, 0], [1]]);
  });
});

describe('refusedBy', () => {
  it('names the first resolution, in batch order, citing an entity neither in the graph nor made before it', () => {
    const plan = planBatch([write('r:1', ['doc:b']), write('r:2', ['doc:b'], [['doc:b', 'Document', 'REPORT']])].map(toStatementRow), new Map());
    expect(refusedBy(plan, new Set(['doc:b']))).toEqual({ resolutionId: 'r:1', missing: ['doc:b'] });
    const ordered = planBatch([write('r:2', ['doc:b'], [['doc:b', 'Document', 'REPORT']]), write('r:1', ['doc:b'])].map(toStatementRow), new Map());
    expect(refusedBy(ordered, new Set(['doc:b']))).toBeUndefined();
  });
});
