/**
 * Opening hours of a phone line, as organisations carry them (schemas.ts):
 * open around the clock, or weekly slots in Dutch local time. Pure and small:
 * the build writes the hours as text next to a number, and the page script
 * (src/scripts/page.ts) asks `isOpenAt` whether the line is open right now,
 * in Europe/Amsterdam time whatever the visitor's own time zone (summer and
 * winter time come from the browser's own time zone data, no library).
 * Public holidays are not modelled: the text says "werkdagen" where a source does.
 */

/** Days as Dutch abbreviations, Monday first (the order of a Dutch week). */
export const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklySlot {
  days: Weekday[];
  /** "HH:MM", 24-hour clock, local time in the Netherlands. */
  open: string;
  /** "HH:MM" after `open`; "24:00" is midnight at the end of the day. */
  close: string;
}

export type OpeningHours = { alwaysOpen: true } | { weekly: WeeklySlot[] };

const ENGLISH_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
let clock: Intl.DateTimeFormat | undefined;

/** The weekday and minute of the day in the Netherlands at `instant`. */
export function amsterdamTime(instant: Date): { day: Weekday; minutes: number } {
  clock ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const parts = Object.fromEntries(clock.formatToParts(instant).map((part) => [part.type, part.value]));
  return { day: WEEKDAYS[ENGLISH_DAYS.indexOf(parts.weekday!)]!, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether a line with these hours is open at `instant`. */
export function isOpenAt(hours: OpeningHours, instant: Date): boolean {
  if ('alwaysOpen' in hours) return true;
  const { day, minutes } = amsterdamTime(instant);
  return hours.weekly.some((slot) => slot.days.includes(day) && minutes >= minutesOf(slot.open) && minutes < minutesOf(slot.close));
}

/** Consecutive days as ranges: [ma, di, wo, do, vr] → [[ma, vr]]; [za] → [[za, za]]. */
function dayRanges(days: readonly Weekday[]): [Weekday, Weekday][] {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const ranges: [Weekday, Weekday][] = [];
  for (const day of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last[1]) + 1) last[1] = day;
    else ranges.push([day, day]);
  }
  return ranges;
}

/**
 * The hours as short text in a language, e.g. "ma–vr 09:00–17:00" or "Mon–Fri 09:00–17:00"
 * (day names from Intl, so every language has them); `alwaysOpen` is "24/7".
 */
export function formatHours(hours: OpeningHours, lang: string): string {
  if ('alwaysOpen' in hours) return '24/7';
  // 1 January 2024 was a Monday.
  const names = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
  const name = (day: Weekday) => names.format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)))).replace(/\.$/, '');
  return hours.weekly
    .map((slot) => `${dayRanges(slot.days).map(([from, to]) => (from === to ? name(from) : `${name(from)}–${name(to)}`)).join(', ')} ${slot.open}–${slot.close}`)
    .join('; ');
}

/**
 * Weekly hours in the few bytes of a `data-hours` attribute: per slot the ISO day numbers, open and
 * close, e.g. "12345 0900 1700" (Monday to Friday 09:00–17:00); slots separated by ",".
 */
export function encodeHours(weekly: readonly WeeklySlot[]): string {
  return weekly.map((slot) => `${slot.days.map((day) => WEEKDAYS.indexOf(day) + 1).join('')} ${slot.open.replace(':', '')} ${slot.close.replace(':', '')}`).join(',');
}

export function decodeHours(data: string): OpeningHours {
  return {
    weekly: data.split(',').map((slot) => {
      const [days = '', open = '', close = ''] = slot.trim().split(' ');
      const time = (value: string) => `${value.slice(0, 2)}:${value.slice(2, 4)}`;
      return { days: [...days].map((day) => WEEKDAYS[Number(day) - 1]!).filter(Boolean), open: time(open), close: time(close) };
    }),
  };
}
