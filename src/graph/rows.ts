import { Row } from './executor';

/**
 * Typed rows at the repository boundary. A repository states the columns a query returns and their types once
 * (a RowShape); `mapRow` checks a row against it and returns it typed, so a renamed RETURN alias or a changed type
 * fails at once, naming the query and the column, instead of flowing on as `undefined`. The checks are of the
 * columns themselves (cheap); the shape of large nested lists is the query's own, documented in its file.
 */
export type Check<T> = (value: unknown) => value is T;

/** The checks a RowShape is made of. */
export const col = {
  string: ((v) => typeof v === 'string') as Check<string>,
  number: ((v) => typeof v === 'number' && Number.isFinite(v)) as Check<number>,
  boolean: ((v) => typeof v === 'boolean') as Check<boolean>,
  list: ((v) => Array.isArray(v)) as Check<unknown[]>,
  map: ((v) => typeof v === 'object' && v !== null && !Array.isArray(v)) as Check<Record<string, unknown>>,
  stringList: ((v) => Array.isArray(v) && v.every((s) => typeof s === 'string')) as Check<string[]>,
  nullable<T>(check: Check<T>): Check<T | null> {
    return ((v) => v === null || check(v)) as Check<T | null>;
  },
  /** One of the given values (relationship types, kinds): a value outside them is refused. */
  oneOf<const T extends string>(values: readonly T[]): Check<T> {
    return ((v) => typeof v === 'string' && (values as readonly string[]).includes(v)) as Check<T>;
  },
};

export type RowShape = Record<string, Check<unknown>>;
export type RowOf<S extends RowShape> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

/** Raised when Neo4j returned a row that does not have the shape its repository expects: a bug, never user input. */
export class RowShapeError extends Error {
  override name = 'RowShapeError';
}

/** `row` typed by `shape`, or a RowShapeError naming `query` and the first column that does not fit. */
export function mapRow<S extends RowShape>(query: string, shape: S, row: Row): RowOf<S> {
  for (const [column, check] of Object.entries(shape)) {
    if (!check(row[column])) {
      const seen = column in row ? `a ${describe(row[column])}` : `no such column (columns: ${Object.keys(row).join(', ') || 'none'})`;
      throw new RowShapeError(`Query ${query} returned ${seen} for "${column}"; its repository expects another shape.`);
    }
  }
  return row as RowOf<S>;
}

/** `mapRow` over every row. */
export function mapRows<S extends RowShape>(query: string, shape: S, rows: readonly Row[]): RowOf<S>[] {
  return rows.map((row) => mapRow(query, shape, row));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value;
}
