import { FieldNode, getNamedType, GraphQLField, GraphQLResolveInfo, isAbstractType, isObjectType, Kind, SelectionSetNode } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { MAX_PLAN_STEPS, PlanStep } from '../../../graph/planned-read';
import { readPageArgs } from '../pagination';
import { LinkType } from '../../../core/model/vocabulary';

/**
 * Look-ahead over a root field's selection set: which batched reads its nested fields will ask the loaders for, as
 * steps of one planned statement (src/graph/planned-read.ts). The resolvers stay as they are; the planned statement
 * only fills the loaders first, with the very rows the loaders would have read, so the answer is the same and the
 * nested fields cost no further round trip. A field the planner does not know is left to its loader.
 */

/** A link field: the relationship type and direction its resolver follows (see resolvers/*.resolver.ts). */
const LINK_FIELDS: Record<string, Record<string, { type: LinkType; direction: 'OUT' | 'IN' }>> = {
  Resolution: {
    adoptedBy: { type: 'ADOPTED_BY', direction: 'OUT' },
    adoptedAt: { type: 'ADOPTED_AT', direction: 'OUT' },
    session: { type: 'IN_SESSION', direction: 'OUT' },
    reportedIn: { type: 'REPORTED_IN', direction: 'OUT' },
    about: { type: 'ABOUT', direction: 'OUT' },
    adoptedInstruments: { type: 'ADOPTED_IN', direction: 'IN' },
  },
  Instrument: {
    adoptingResolution: { type: 'ADOPTED_IN', direction: 'OUT' },
    monitoredBy: { type: 'MONITORED_BY', direction: 'OUT' },
    provisions: { type: 'PART_OF', direction: 'IN' },
  },
  Body: {
    parent: { type: 'PART_OF', direction: 'OUT' },
    children: { type: 'PART_OF', direction: 'IN' },
    establishedBy: { type: 'ESTABLISHED_BY', direction: 'OUT' },
    succeededBy: { type: 'SUCCEEDED_BY', direction: 'OUT' },
    precededBy: { type: 'SUCCEEDED_BY', direction: 'IN' },
    monitors: { type: 'MONITORED_BY', direction: 'IN' },
  },
  Document: {
    authoredBy: { type: 'AUTHORED_BY', direction: 'OUT' },
    concerns: { type: 'CONCERNS', direction: 'OUT' },
    contains: { type: 'REPORTED_IN', direction: 'IN' },
  },
  Provision: {
    instrument: { type: 'PART_OF', direction: 'OUT' },
    establishes: { type: 'ESTABLISHED_BY', direction: 'IN' },
  },
  Event: {
    heldBy: { type: 'HELD_BY', direction: 'OUT' },
    partOf: { type: 'PART_OF', direction: 'OUT' },
    concerns: { type: 'CONCERNS', direction: 'OUT' },
    resolutionsAdopted: { type: 'ADOPTED_AT', direction: 'IN' },
    sessionResolutions: { type: 'IN_SESSION', direction: 'IN' },
  },
};

/** The root lookup a plan starts from. */
export type RootKey = { by: 'id'; value: string } | { by: 'symbol'; value: string };

/** Plans the reads of one root lookup and everything under it; empty when the selection needs none. */
export function planSelection(info: GraphQLResolveInfo, root: RootKey, maxPageSize: number): PlanStep[] {
  const steps: PlanStep[] = [{ kind: root.by === 'id' ? 'lookup-by-id' : 'lookup-by-symbol', args: {}, ids: [root.value] }];
  const field = info.parentType.getFields()[info.fieldName];
  const planner = new SelectionPlanner(info, steps, maxPageSize);
  for (const node of info.fieldNodes) planner.entity(node.selectionSet, 0, 'nodeIds', typeNamesOf(info, getNamedType(field.type).name));
  return steps;
}

class SelectionPlanner {
  constructor(
    private readonly info: GraphQLResolveInfo,
    private readonly steps: PlanStep[],
    private readonly maxPageSize: number,
  ) {}

  /** Fields of entities (of these possible types) whose ids are the `from` output of step `source`. */
  entity(selection: SelectionSetNode | undefined, source: number, from: 'nodeIds' | 'paragraphIds', types: string[]): void {
    for (const { node, typeName } of this.fields(selection, types)) {
      const name = node.name.value;
      const link = LINK_FIELDS[typeName]?.[name];
      const def = this.fieldDef(typeName, name);
      if (link) {
        const step = this.add({ kind: 'links', args: { type: link.type, direction: link.direction }, parent: source, from });
        if (step !== undefined) this.entity(node.selectionSet, step, 'nodeIds', typeNamesOf(this.info, getNamedType(def!.type).name));
      } else if (typeName === 'Resolution' && (name === 'guidedBy' || name === 'cites')) {
        const a = name === 'guidedBy' ? {} : this.args(def!, node);
        const relations = name === 'guidedBy' ? ['GUIDED_BY'] : nonEmpty(a.relations);
        const step = this.add({ kind: 'cited-entities', args: { relations, types: name === 'guidedBy' ? null : nonEmpty(a.types) }, parent: source, from });
        if (step !== undefined) this.citedEntity(node.selectionSet, step);
      } else if (typeName === 'Resolution' && name === 'paragraphs') {
        const a = this.args(def!, node);
        const step = this.add({ kind: 'paragraphs-of', args: { kind: (a.kind as string | undefined) ?? null }, parent: source, from });
        if (step !== undefined) this.paragraph(node.selectionSet, step);
      } else if (name === 'citedBy' && def) {
        this.citedBy(node, def, source, from);
      }
    }
  }

  /** CitedEntity: `entity` is the cited node (the step's nodes), `citations` their provenance. */
  private citedEntity(selection: SelectionSetNode | undefined, step: number): void {
    for (const { node } of this.fields(selection, ['CitedEntity'])) {
      if (node.name.value === 'entity') this.entity(node.selectionSet, step, 'nodeIds', typeNamesOf(this.info, 'Entity'));
      if (node.name.value === 'citations') this.citation(node.selectionSet, step);
    }
  }

  /** Citation: its `paragraph` is read by id (the paragraphs of the step's citations); `target` was read with it, and what is under it is planned. */
  private citation(selection: SelectionSetNode | undefined, step: number): void {
    const kind = this.steps[step].kind;
    for (const { node } of this.fields(selection, ['Citation'])) {
      if (node.name.value === 'paragraph') {
        const p = this.add({ kind: 'paragraphs-by-ids', args: {}, parent: step, from: 'paragraphIds' });
        if (p !== undefined) this.paragraph(node.selectionSet, p);
      } else if (node.name.value === 'target' && (kind === 'citations-of' || kind === 'cited-entities')) {
        // Those steps read the targets themselves: their node ids.
        this.entity(node.selectionSet, step, 'nodeIds', typeNamesOf(this.info, 'Entity'));
      }
    }
  }

  /** Paragraph: its `citations` (with their targets). */
  private paragraph(selection: SelectionSetNode | undefined, step: number): void {
    for (const { node } of this.fields(selection, ['Paragraph'])) {
      if (node.name.value !== 'citations') continue;
      const c = this.add({ kind: 'citations-of', args: {}, parent: step, from: 'paragraphIds' });
      if (c !== undefined) this.citation(node.selectionSet, c);
    }
  }

  /** Entity.citedBy with the arguments its resolver reads (entity.resolver.ts citedByConnection); not planned with resolutionSymbol. */
  private citedBy(node: FieldNode, def: GraphQLField<unknown, unknown>, source: number, from: 'nodeIds' | 'paragraphIds'): void {
    const a = this.args(def, node) as { first?: number; after?: string; filter?: Record<string, unknown> | null; orderBy?: { field?: string; direction?: string } | null };
    if (a.filter?.resolutionSymbol) return;
    let page: { skip: number; limit: number };
    try {
      page = readPageArgs({ first: a.first, after: a.after }, this.maxPageSize);
    } catch {
      return; // the resolver gives the error
    }
    const args = {
      relations: nonEmpty(a.filter?.relations),
      roles: nonEmpty(a.filter?.roles),
      resolutionId: null,
      adoptedBy: (a.filter?.adoptedBy as string | undefined) ?? null,
      adoptedFrom: (a.filter?.adoptedFrom as string | undefined) ?? null,
      adoptedTo: (a.filter?.adoptedTo as string | undefined) ?? null,
      orderField: a.orderBy?.field === 'SYMBOL' ? 'SYMBOL' : 'DATE',
      descending: (a.orderBy?.direction ?? 'DESC') === 'DESC',
      skip: page.skip,
      limit: page.limit,
    };
    const step = this.add({ kind: 'cited-by', args, parent: source, from });
    if (step === undefined) return;
    for (const { node: f } of this.fields(node.selectionSet, ['CitationConnection'])) {
      if (f.name.value === 'nodes') this.citation(f.selectionSet, step);
      if (f.name.value === 'edges') for (const { node: e } of this.fields(f.selectionSet, ['CitationEdge'])) if (e.name.value === 'node') this.citation(e.selectionSet, step);
    }
  }

  /** Adds a step unless the plan is full; the same read asked twice is one step. */
  private add(step: PlanStep): number | undefined {
    const same = this.steps.findIndex((s) => s.kind === step.kind && s.parent === step.parent && s.from === step.from && JSON.stringify(s.args) === JSON.stringify(step.args));
    if (same >= 0) return same;
    if (this.steps.length >= MAX_PLAN_STEPS) return undefined;
    this.steps.push(step);
    return this.steps.length - 1;
  }

  private args(def: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    return getArgumentValues(def, node, this.info.variableValues) as Record<string, unknown>;
  }

  private fieldDef(typeName: string, name: string): GraphQLField<unknown, unknown> | undefined {
    const type = this.info.schema.getType(typeName);
    return isObjectType(type) ? type.getFields()[name] : undefined;
  }

  /** The fields selected on objects of these types, through fragments and inline fragments (a superset is harmless). */
  private fields(selection: SelectionSetNode | undefined, types: string[]): { node: FieldNode; typeName: string }[] {
    const out: { node: FieldNode; typeName: string }[] = [];
    const visit = (set: SelectionSetNode | undefined, allowed: string[]) => {
      for (const s of set?.selections ?? []) {
        if (s.kind === Kind.FIELD) allowed.forEach((typeName) => out.push({ node: s, typeName }));
        else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet, narrow(allowed, s.typeCondition?.name.value));
        else {
          const fragment = this.info.fragments[s.name.value];
          if (fragment) visit(fragment.selectionSet, narrow(allowed, fragment.typeCondition.name.value));
        }
      }
    };
    const narrow = (allowed: string[], condition: string | undefined) => (condition ? allowed.filter((t) => typeNamesOf(this.info, condition).includes(t)) : allowed);
    visit(selection, types);
    return out;
  }
}

/** The object types a named type stands for (itself, or the implementations of an interface). */
function typeNamesOf(info: GraphQLResolveInfo, name: string): string[] {
  const type = info.schema.getType(name);
  if (type && isAbstractType(type)) return info.schema.getPossibleTypes(type).map((t) => t.name);
  return [name];
}

function nonEmpty(v: unknown): string[] | null {
  return Array.isArray(v) && v.length > 0 ? (v as string[]) : null;
}
