/**
 * Reads that return only some properties of a node (a GraphQL operation's projection, see
 * src/api/graphql/planner/projection.ts) send it as `{id, labels, _values}`, its values in the order of the property
 * names they were given as the parameter `$props.entity` (or `.paragraph`); null names mean every property (`.*`).
 * A query writes it for an entity `n` as the placeholder `{{projected-entity n}}` (src/graph/cypher-template.ts).
 */
export type Projected = Record<string, unknown>;

/** `{id, labels, _values: [v1, v2]}` with names [k1, k2] as `{id, labels, k1: v1, k2: v2}`, leaving out nulls as `.*` does. */
export function unprojectNode(raw: Projected, names: readonly string[]): Projected {
  const values = raw._values;
  if (!Array.isArray(values)) return raw;
  const out: Projected = {};
  for (const k in raw) if (k !== '_values' && raw[k] !== null) out[k] = raw[k];
  for (let i = 0; i < names.length; i++) if (values[i] !== null && values[i] !== undefined) out[names[i]] = values[i];
  return out;
}
