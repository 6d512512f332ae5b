import { cypher, QueryName } from './cypher';
import { GraphExecutor } from './executor';
import { unprojectNode } from './projection';

/** The batched reads a planned statement can stand for, each a fragment under cypher/queries/plan/. */
export type PlanStepKind = 'lookup-by-id' | 'lookup-by-symbol' | 'links' | 'cited-entities' | 'paragraphs-by-ids' | 'paragraphs-of' | 'citations-of' | 'cited-by';

/**
 * One level of a planned read: a fragment, its arguments, and where its input ids come from (the root ids, or the
 * node or paragraph ids the step `parent` returned).
 */
export interface PlanStep {
  kind: PlanStepKind;
  args: Record<string, unknown>;
  /** Index of the step whose output feeds this one; absent for the root. */
  parent?: number;
  /** Which output of the parent: the entities it returned, or the paragraphs its citations are in. */
  from?: 'nodeIds' | 'paragraphIds';
  /** The root's ids (lookups only). */
  ids?: string[];
}

/**
 * Which properties the statement returns (src/api/graphql/planner/projection.ts says which an operation can read):
 * property names of entity nodes and of paragraphs (null: all of them, as `.*`), and whether the citations of cited
 * entities are read at all.
 */
export interface PlanProjection {
  entity: readonly string[] | null;
  paragraph: readonly string[] | null;
  citations: boolean;
}

/** Every property and every citation: the rows of the batched reads, exactly. */
export const FULL_PROJECTION: PlanProjection = { entity: null, paragraph: null, citations: true };

/** What each step read: its input ids and its rows, shaped like the rows of the batched read it stands for. */
export interface PlanResult {
  ids: string[];
  rows: Record<string, unknown>[];
}

const FRAGMENTS: Record<PlanStepKind, QueryName> = {
  'lookup-by-id': 'plan/lookup-by-id',
  'lookup-by-symbol': 'plan/lookup-by-symbol',
  links: 'plan/links',
  'cited-entities': 'plan/cited-entities',
  'paragraphs-by-ids': 'plan/paragraphs-by-ids',
  'paragraphs-of': 'plan/paragraphs-of',
  'citations-of': 'plan/citations-of',
  'cited-by': 'plan/cited-by',
};

/** Most steps one statement nests; a deeper selection is answered by the loaders beyond it. */
export const MAX_PLAN_STEPS = 24;

/**
 * The one statement for a whole plan: each step's fragment in a CALL subquery that imports the output of its parent
 * (deduplicated), steps in order (a parent always comes before its children). Only the fragments' static text and
 * generated names (s0, i0, r0, …) go into it; every value is in the parameters `s0`, `s1`, ….
 */
export function buildPlannedRead(steps: readonly PlanStep[], projection: PlanProjection = FULL_PROJECTION): { text: string; params: Record<string, unknown> } {
  if (steps.length === 0 || steps.length > MAX_PLAN_STEPS) throw new Error(`a plan has 1 to ${MAX_PLAN_STEPS} steps, not ${steps.length}`);
  const lines: string[] = [];
  const params: Record<string, unknown> = { props: projection };
  steps.forEach((step, i) => {
    const fragment = cypher(FRAGMENTS[step.kind]).text;
    params[`s${i}`] = step.args;
    let input: string;
    let imports = '';
    if (step.parent === undefined) {
      if (!step.ids) throw new Error(`step ${i} has neither a parent nor ids`);
      params[`ids${i}`] = step.ids;
      input = `$ids${i}`;
    } else {
      if (step.parent >= i) throw new Error(`step ${i} comes before its parent ${step.parent}`);
      const source = `${step.from === 'paragraphIds' ? 'p' : 'n'}${step.parent}`;
      imports = source;
      input = `reduce(acc = [], x IN ${source} | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;
    }
    // No indentation: the text is Neo4j's (the fragments are compacted too, see cypher.ts), its structure is the braces.
    lines.push(
      `CALL (${imports}) {`,
      `WITH ${input} AS ids, $s${i} AS args`,
      'CALL (ids, args) {',
      fragment,
      '}',
      `RETURN ids AS i${i}, rows AS r${i}, nodeIds AS n${i}, paragraphIds AS p${i}`,
      '}',
    );
  });
  lines.push(`RETURN ${steps.map((_, i) => `i${i}, r${i}`).join(', ')}`);
  return { text: lines.join('\n'), params };
}

/** Runs a plan in one round trip; `name` (the root field) tags the transaction and the logs. */
export async function runPlannedRead(executor: GraphExecutor, name: string, steps: readonly PlanStep[], projection: PlanProjection = FULL_PROJECTION): Promise<PlanResult[]> {
  const { text, params } = buildPlannedRead(steps, projection);
  const [row] = await executor.read({ name: `plan/${name}`, text }, params);
  return steps.map((step, i) => {
    const rows = (row?.[`r${i}`] as Record<string, unknown>[]) ?? [];
    return { ids: (row?.[`i${i}`] as string[]) ?? [], rows: unprojectRows(step.kind, rows, projection) };
  });
}

type Row = Record<string, unknown>;

/** The rows of one step with every projected node and paragraph made back into a property map (see cypher/queries/plan/README.md). */
export function unprojectRows(kind: PlanStepKind, rows: Row[], projection: PlanProjection): Row[] {
  const { entity, paragraph } = projection;
  switch (kind) {
    case 'lookup-by-id':
    case 'lookup-by-symbol':
      return entity ? rows.map((n) => unprojectNode(n, entity)) : rows;
    case 'links':
    case 'cited-entities':
    case 'citations-of':
      return entity ? rows.map((r) => ({ ...r, node: unprojectNode(r.node as Row, entity) })) : rows;
    case 'paragraphs-by-ids':
      return paragraph ? rows.map((p) => unprojectNode(p, paragraph)) : rows;
    case 'paragraphs-of':
      return paragraph ? rows.map((r) => ({ ...r, paragraph: unprojectNode(r.paragraph as Row, paragraph) })) : rows;
    case 'cited-by':
      return rows;
    default: {
      const never: never = kind;
      throw new Error(`unknown plan step ${String(never)}`);
    }
  }
}
