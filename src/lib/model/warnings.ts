/**
 * Dated warnings (`warnings`, /actueel/): which are current on a given day.
 * The reference day is the build's date, so a warning leaves the home page,
 * the theme and sector pages and the feeds at the first build after its
 * `expires` day, without anyone touching it; `BUILD_DATE=YYYY-MM-DD` sets the
 * day for tests and previews. Dates are calendar days at UTC midnight, as the
 * schemas store them, so comparisons never shift with the machine's zone.
 */
import { isCalendarDay, isoDay } from './dates.ts';

export interface Dated {
  data: { published: Date; expires: Date };
}

/** The last day a warning may run: one calendar year after it was published (29 February rolls to 1 March). */
export function latestExpiry(published: Date): Date {
  return new Date(Date.UTC(published.getUTCFullYear() + 1, published.getUTCMonth(), published.getUTCDate()));
}

/** Today's calendar day in the Netherlands (a build at 00:30 Dutch time counts as that day, also on a UTC runner). */
export function dutchToday(now: Date = new Date()): Date {
  const text = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return new Date(`${text}T00:00:00Z`);
}

export type ReferenceDay = { ok: true; day: Date } | { ok: false; message: string };

/** The reference day of a build: `BUILD_DATE` when set (and valid), else today in the Netherlands. */
export function referenceDayOf(buildDate: string | undefined, now: Date = new Date()): ReferenceDay {
  if (buildDate === undefined || buildDate.trim() === '') return { ok: true, day: dutchToday(now) };
  if (!isCalendarDay(buildDate)) {
    return { ok: false, message: `BUILD_DATE: gevonden "${buildDate}"; verwacht een bestaande datum als JJJJ-MM-DD, bijvoorbeeld BUILD_DATE=2027-01-15 (of laat BUILD_DATE weg: dan telt de datum van vandaag)` };
  }
  return { ok: true, day: new Date(`${buildDate.trim()}T00:00:00Z`) };
}

/** Current on `day`: published on or before it, and `expires` not yet past (the expiry day itself still counts). */
export function isCurrent(warning: Dated, day: Date): boolean {
  return warning.data.published.getTime() <= day.getTime() && day.getTime() <= warning.data.expires.getTime();
}

/** Expired on `day`: the day after `expires` or later. */
export function isExpired(warning: Dated, day: Date): boolean {
  return warning.data.expires.getTime() < day.getTime();
}

const newestPublished = (a: Dated & { id: string }, b: Dated & { id: string }) =>
  b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);

export interface WarningSplit<T> {
  /** Current on the day, newest published first. */
  current: T[];
  /** Expired, most recently expired first: the archive. */
  expired: T[];
  /** Published after the day: not shown yet. */
  scheduled: T[];
}

export function splitWarnings<T extends Dated & { id: string }>(warnings: readonly T[], day: Date): WarningSplit<T> {
  const current = warnings.filter((warning) => isCurrent(warning, day)).sort(newestPublished);
  const expired = warnings
    .filter((warning) => isExpired(warning, day))
    .sort((a, b) => b.data.expires.getTime() - a.data.expires.getTime() || newestPublished(a, b));
  const scheduled = warnings.filter((warning) => warning.data.published.getTime() > day.getTime() && !isExpired(warning, day));
  return { current, expired, scheduled };
}

/** What is wrong with a warning's `expires`, as the schema reports it (what is expected); undefined when it is fine. */
export function warningExpiryProblem(published: Date, expires: Date): string | undefined {
  if (expires.getTime() < published.getTime()) return `verwacht een datum op of na published (${isoDay(published)}): een waarschuwing verloopt niet voordat ze verschijnt`;
  const latest = latestExpiry(published);
  if (expires.getTime() > latest.getTime()) {
    return `verwacht uiterlijk ${isoDay(latest)}, een jaar na published (${isoDay(published)}): een waarschuwing loopt hoogstens een jaar; is het patroon daarna nog actueel, schrijf dan een nieuwe met nieuwe bronnen`;
  }
  return undefined;
}
