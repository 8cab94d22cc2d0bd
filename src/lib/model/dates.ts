/** Date helpers. Content dates are calendar days; we format them in UTC so the day never shifts. */

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "29 november 2026" in Dutch, "29 November 2026" in English. */
export function formatDay(date: Date, lang = 'nl'): string {
  let formatter = dayFormatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' });
    dayFormatters.set(lang, formatter);
  }
  return formatter.format(date);
}

/** "2026-11-29", for `<time datetime>` and machine-readable exports. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole months between two dates, counting a month only when its day has been reached. */
export function monthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return months;
}


/**
 * True for a real calendar day written as YYYY-MM-DD. YAML parsers roll
 * impossible dates over (2026-13-45 becomes 2027-02-14), so the written
 * text is checked, not the parsed Date.
 */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim().replace(/^(['"])(.*)\1$/, '$2'));
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
