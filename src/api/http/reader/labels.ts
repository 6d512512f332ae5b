/** Words a reader understands for the API's enum values. */

/** "GUIDED_BY" -> "Guided by", "CALLS_UPON" -> "Calls upon". */
export function relationLabel(relation: string): string {
  const words = relation.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "TREATY_BODY" -> "treaty body". */
export function kindLabel(kind: string | null | undefined): string {
  return (kind ?? '').toLowerCase().replace(/_/g, ' ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2003-04-23" -> "23 April 2003" (the UN's own order); a year alone stays as it is. */
export function dateLabel(date: string | null | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** The fragment of a paragraph id, the page anchor: "un:E/CN.4/RES/2003/48#op5" -> "op5", parts "I-op1". */
export function paragraphAnchor(paragraphId: string): string {
  const at = paragraphId.lastIndexOf('#');
  return at < 0 ? paragraphId : paragraphId.slice(at + 1);
}

/** How references print a paragraph: "PP3", "OP5", "I-OP1". */
export function paragraphLabel(paragraphId: string): string {
  return paragraphAnchor(paragraphId).toUpperCase();
}

/** The symbol of a resolution from its id: "un:A/RES/78/202" -> "A/RES/78/202". */
export function symbolOfId(id: string): string | null {
  return id.startsWith('un:') ? id.slice(3).replace(/#.*$/, '') : null;
}

/** Where a page shows an entity: resolutions with paragraphs open in the reader, everything else on its entity page. */
export function entityHref(id: string): string {
  return `/entity/${encodePath(id)}`;
}

/** The reader of a resolution, optionally at one paragraph. */
export function readerHref(symbol: string, paragraphId?: string): string {
  return `/read/${encodePath(symbol)}${paragraphId ? `#${paragraphAnchor(paragraphId)}` : ''}`;
}

/** Encodes a symbol or id for a path, keeping the slashes and colons that make it readable. */
export function encodePath(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}
