import { userError } from '../errors';
import { NodeRecord } from '../../../graph/read.repository';
import { isParagraphId } from '../../../core/model/ids';
import { GraphContext } from '../context';
import { typeNameOf } from '../types/type-name';

const MAX_KEY_LENGTH = 300;

export interface LookupKeys {
  id?: string | null;
  symbol?: string | null;
  abbreviation?: string | null;
}

/**
 * Finds one entity by exactly one of its keys. Unknown keys give null; a key of another type of entity
 * gives BAD_USER_INPUT naming the right field to use.
 */
export async function lookup(ctx: GraphContext, keys: LookupKeys, expected: string): Promise<NodeRecord | null> {
  const given = Object.entries(keys).filter(([, v]) => v !== undefined && v !== null) as [string, string][];
  if (given.length !== 1) {
    const names = Object.keys(keys).map((k) => `"${k}"`).join(' or ');
    throw userError('BAD_USER_INPUT', `Give exactly one of ${names} to look up a ${expected}.`);
  }
  const [field, value] = given[0];
  if (value.trim().length === 0 || value.length > MAX_KEY_LENGTH) {
    throw userError('BAD_USER_INPUT', `"${field}" must be a non-empty string of at most ${MAX_KEY_LENGTH} characters.`);
  }
  let node: NodeRecord | null;
  if (field === 'id') node = isParagraphId(value) ? null : await ctx.loaders.entity.load(value);
  else if (field === 'symbol') node = await ctx.loaders.bySymbol.load(value.trim());
  else node = (await ctx.loaders.byAbbreviation.load(value.trim())).find((n) => typeNameOf(n) === expected) ?? null;
  if (node && typeNameOf(node) !== expected) {
    const actual = typeNameOf(node);
    throw userError('BAD_USER_INPUT', `${field} "${value}" belongs to a ${actual}, not a ${expected}: query it with ${actual.charAt(0).toLowerCase()}${actual.slice(1)}(${field}: ...) or node(id: "${node.id}").`);
  }
  return node;
}
