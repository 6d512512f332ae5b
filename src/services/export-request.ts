import { AppError } from '../core/errors';
import { MAX_EXPORT_DEPTH } from '../graph/export.repository';

/** What to export: the whole graph, or the neighbourhood of one node. */
export type ExportScope = { kind: 'whole' } | { kind: 'neighbourhood'; rootId: string; depth: number };

/** The default depth of a neighbourhood export. */
export const DEFAULT_EXPORT_DEPTH = 1;

/** Raised for a root/depth combination a person must correct; the message says how. */
export class ExportInputError extends AppError {
  override name = 'ExportInputError';
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

/**
 * Reads `root` and `depth` (strings, as from a query string or the command line) into an ExportScope.
 * A depth without a root, a blank root or a depth outside 1..MAX_EXPORT_DEPTH is refused.
 */
export function parseExportScope(root: string | undefined, depth: string | undefined): ExportScope {
  if (root === undefined) {
    if (depth !== undefined) throw new ExportInputError('depth needs a root: add root=<id>, for example root=un:E/CN.4/RES/2003/48, or drop depth to export the whole graph.');
    return { kind: 'whole' };
  }
  const rootId = root.trim();
  if (rootId === '') throw new ExportInputError('root is empty: give a node id such as un:E/CN.4/RES/2003/48, or leave root out to export the whole graph.');
  if (rootId.length > 300) throw new ExportInputError('root is longer than any id in the graph (300 characters at most).');
  if (depth === undefined) return { kind: 'neighbourhood', rootId, depth: DEFAULT_EXPORT_DEPTH };
  if (!/^\d+$/.test(depth.trim()) || Number(depth) < 1 || Number(depth) > MAX_EXPORT_DEPTH) {
    throw new ExportInputError(`depth must be a whole number from 1 to ${MAX_EXPORT_DEPTH}, got "${depth}".`);
  }
  return { kind: 'neighbourhood', rootId, depth: Number(depth) };
}
