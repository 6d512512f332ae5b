/** Checks of the arguments of neighbourhood, paths and timeline: each refusal is a BAD_USER_INPUT that says what to send. */
import { userError } from './errors';
import { CLAUSE_RELATION_NAMES, LINK_TYPES, LinkType } from '../../core/model/vocabulary';

export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export { MAX_PATH_HOPS } from '../../core/model/explore';
export const MAX_PATHS = 10;
const MAX_ID_LENGTH = 300;

/** Refuses an empty or overlong id. */
export function checkId(name: string, id: string): string {
  if (id.trim().length === 0 || id.length > MAX_ID_LENGTH) {
    throw userError('BAD_USER_INPUT', `"${name}" must be a non-empty id of at most ${MAX_ID_LENGTH} characters, e.g. "instrument:icmw".`);
  }
  return id.trim();
}

/** Refuses a number outside [min, max], naming the argument and the range. */
export function checkRange(name: string, value: number, min: number, max: number, hint = ''): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw userError('BAD_USER_INPUT', `"${name}" must be between ${min} and ${max}; got ${value}.${hint ? ` ${hint}` : ''}`);
  }
  return value;
}

/**
 * Splits the GraphRelation values asked for into clause relations (walked through paragraphs) and link types
 * (walked directly). No filter walks everything. Only names from the vocabulary come out, so the link types are safe
 * to compare with relationship types in Cypher.
 */
export function splitRelations(relations: string[] | null | undefined): { citationRelations: string[] | null; linkTypes: LinkType[] } {
  if (!relations || relations.length === 0) return { citationRelations: null, linkTypes: [...LINK_TYPES] };
  return {
    citationRelations: CLAUSE_RELATION_NAMES.filter((r) => relations.includes(r)),
    linkTypes: LINK_TYPES.filter((t) => relations.includes(t)),
  };
}

export type DateBound = 'from' | 'to';

/**
 * An ISO date bound (YYYY, YYYY-MM or YYYY-MM-DD) as a whole day: the first day of the period for `from`, the last for
 * `to`. Null stays null; anything else, or a day that does not exist, is refused.
 */
export function readDateBound(name: DateBound, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  const refuse = () =>
    userError('BAD_USER_INPUT', `"${name}" must be an ISO date: a year ("1990"), a month ("1990-12") or a day ("1990-12-18"); got "${value}".`);
  if (!m) throw refuse();
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) throw refuse();
  const lastDay = (mo: number) => new Date(Date.UTC(year, mo, 0)).getUTCDate();
  if (day !== undefined && (day < 1 || day > lastDay(month as number))) throw refuse();
  const pad = (n: number) => String(n).padStart(2, '0');
  const mo = month ?? (name === 'from' ? 1 : 12);
  const d = day ?? (name === 'from' ? 1 : lastDay(mo));
  return `${m[1]}-${pad(mo)}-${pad(d)}`;
}

/** Both bounds of a date range, refusing one that ends before it starts. */
export function readDateRange(from: string | null | undefined, to: string | null | undefined): { from: string | null; to: string | null } {
  const range = { from: readDateBound('from', from), to: readDateBound('to', to) };
  if (range.from && range.to && range.from > range.to) {
    throw userError('BAD_USER_INPUT', `"from" (${from}) is after "to" (${to}); swap them.`);
  }
  return range;
}
