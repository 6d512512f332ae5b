/** Dates as resolutions print them: "23 April 2003". */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A month name, as a regular-expression fragment. */
export const MONTH = `(?:${MONTHS.join('|')})`;
const DATE = new RegExp(`(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})`);
/** A line that is only a date, as in the closing lines ("23 April 2003"). */
export const DATE_ONLY = new RegExp(`^\\d{1,2} ${MONTH} \\d{4}$`);

/** True if the text holds a date. */
export function hasDate(text: string): boolean {
  return DATE.test(text);
}

/** "23 April 2003" -> "2003-04-23"; the first date in the text. */
export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  return `${m[3]}-${String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}
