import { userError } from './errors';
import { PageArgs } from './types/inputs';

export const DEFAULT_PAGE_SIZE = 20;

/** Offset and size of the page asked for; refuses sizes out of range and cursors this API did not issue. */
export function readPageArgs(args: PageArgs, maxPageSize: number): { skip: number; limit: number } {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > maxPageSize) {
    throw userError('BAD_USER_INPUT', `"first" must be between 0 and ${maxPageSize}; got ${args.first}. Page through longer lists with "after".`);
  }
  const skip = args.after ? decodeCursor(args.after) + 1 : 0;
  return { skip, limit };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    throw userError('BAD_USER_INPUT', `"after" is not a cursor this API issued: pass the endCursor of a previous page's pageInfo.`);
  }
  return Number(match[1]);
}

/** A Relay connection for one page of items. */
export function toConnection<T>(items: T[], totalCount: number, skip: number) {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
  return {
    totalCount,
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage: skip + items.length < totalCount,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
