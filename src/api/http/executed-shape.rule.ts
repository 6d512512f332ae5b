import { FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';

/** The depth and directive limits, with the hint each refusal adds. */
export interface ShapeLimits {
  maxDepth: number;
  maxDirectives: number;
  depthHint: string;
  directiveHint: string;
}

/** What one selection set costs as it will be executed: its deepest field level and the directives it evaluates. */
interface Shape {
  depth: number;
  directives: number;
}

/**
 * Depth and directives counted as the operation executes, replacing graphql-armor's rules, which counted a fragment
 * spread as a level of its own (four chained fragments of real depth 1 were refused as depth 11) and did not count
 * the directives on a second spread of the same fragment (100 `...F @skip(if: true)` passed a limit of 10):
 * - depth: only fields are levels; fragment spreads and inline fragments are transparent. Introspection (`__schema`)
 *   is not counted, as before;
 * - directives: every directive occurrence, on fields, inline fragments and each spread, plus those inside a fragment
 *   as many times as it is spread. A skipped selection is counted too: its directive is evaluated all the same.
 * Each fragment's shape is computed once, so the walk stays linear however often fragments are spread.
 */
export function executedShapeRule(limits: ShapeLimits): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, Shape | 'visiting'>();
    const fragmentShape = (definition: FragmentDefinitionNode | undefined): Shape => {
      if (!definition) return { depth: 0, directives: 0 };
      const known = fragments.get(definition.name.value);
      if (known === 'visiting') return { depth: 0, directives: 0 }; // a cycle: NoFragmentCyclesRule reports it
      if (known) return known;
      fragments.set(definition.name.value, 'visiting');
      const shape = selectionShape(definition.selectionSet);
      fragments.set(definition.name.value, shape);
      return shape;
    };
    const selectionShape = (set: SelectionSetNode): Shape => {
      let depth = 0;
      let directives = 0;
      for (const selection of set.selections) {
        directives += selection.directives?.length ?? 0;
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value === '__schema') continue;
          const inner = selection.selectionSet ? selectionShape(selection.selectionSet) : { depth: 0, directives: 0 };
          depth = Math.max(depth, 1 + inner.depth);
          directives += inner.directives;
        } else {
          const inner = selection.kind === Kind.INLINE_FRAGMENT ? selectionShape(selection.selectionSet) : fragmentShape(context.getFragment(selection.name.value) ?? undefined);
          depth = Math.max(depth, inner.depth);
          directives += inner.directives;
        }
      }
      return { depth, directives };
    };
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const shape = selectionShape(operation.selectionSet);
        const directives = shape.directives + (operation.directives?.length ?? 0);
        if (shape.depth > limits.maxDepth) {
          context.reportError(new GraphQLError(`Query depth limit of ${limits.maxDepth} exceeded, found ${shape.depth}. ${limits.depthHint}`, { nodes: [operation] }));
        }
        if (directives > limits.maxDirectives) {
          context.reportError(new GraphQLError(`Directives limit of ${limits.maxDirectives} exceeded, found ${directives}. ${limits.directiveHint}`, { nodes: [operation] }));
        }
        return false;
      },
    };
  };
}
