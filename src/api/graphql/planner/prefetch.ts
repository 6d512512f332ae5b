import { GraphQLResolveInfo } from 'graphql';
import { runPlannedRead } from '../../../graph/planned-read';
import { isParagraphId } from '../../../core/model/ids';
import { GraphContext } from '../context';
import { primePlanned } from '../loaders';
import { LookupKeys } from '../resolvers/lookup';
import { planSelection, RootKey } from './plan-selection';
import { projectionOf } from './projection';

/**
 * One round trip for a root lookup and what is selected under it: plans the selection, reads it in one statement and
 * fills the loaders, before the resolvers run as usual. Does nothing when the keys are not a single valid id or symbol
 * (the lookup then answers, or gives the error), when the selection needs no more than the lookup, or when the
 * context turns planning off (the tests compare both ways).
 */
export async function prefetchRoot(ctx: GraphContext, info: GraphQLResolveInfo, keys: LookupKeys): Promise<void> {
  if (ctx.planner === false) return;
  const given = Object.entries(keys).filter(([, v]) => v !== undefined && v !== null) as [string, string][];
  if (given.length !== 1) return;
  const [field, value] = given[0];
  if (value.trim().length === 0 || value.length > 300) return;
  let root: RootKey;
  if (field === 'id' && !isParagraphId(value)) root = { by: 'id', value };
  else if (field === 'symbol') root = { by: 'symbol', value: value.trim() };
  else return;
  const steps = planSelection(info, root, ctx.maxPageSize);
  if (steps.length < 2) return;
  primePlanned(ctx.loaders, steps, await runPlannedRead(ctx.repo.executor, info.fieldName, steps, projectionOf(info)));
}
