/**
 * Event times as editors write them. A time without an offset
 * (`2027-04-08 10:00`, `2027-04-08T10:00`) is Dutch wall-clock time: it is
 * read in Europe/Amsterdam with the time-zone rules of Temporal (summer and
 * winter time from the tz database, never a rule of our own), whatever the
 * machine's TZ. A time with an offset (`…+02:00`, `…Z`) is taken as written.
 */
import { Temporal } from 'temporal-polyfill';

export const EVENT_TIME_ZONE = 'Europe/Amsterdam';

/** Example shown in error messages and docs. */
export const EVENT_TIME_EXAMPLE = '2027-02-11 19:30';

const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
const OFFSET_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)$/i;

export type EventTimeResult = { ok: true; date: Date } | { ok: false; expected: string };

const FORMAT_PROBLEM = `verwacht datum en tijd als ${EVENT_TIME_EXAMPLE} (Nederlandse tijd)`;

/** Reads one `start`/`end` value; the failure text is Dutch and starts with "verwacht". */
export function parseEventTime(value: unknown): EventTimeResult {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { ok: false, expected: FORMAT_PROBLEM } : { ok: true, date: value };
  if (typeof value !== 'string') return { ok: false, expected: FORMAT_PROBLEM };
  const text = value.trim();
  const withOffset = OFFSET_TIME.exec(text);
  if (withOffset) {
    try {
      const offset = withOffset[3]!.toUpperCase() === 'Z' ? 'Z' : normaliseOffset(withOffset[3]!);
      const instant = Temporal.Instant.from(`${withOffset[1]}T${withOffset[2]}${offset}`);
      return { ok: true, date: new Date(instant.epochMilliseconds) };
    } catch {
      return { ok: false, expected: FORMAT_PROBLEM };
    }
  }
  const local = LOCAL_TIME.exec(text);
  if (!local) return { ok: false, expected: FORMAT_PROBLEM };
  let wallClock: Temporal.PlainDateTime;
  try {
    wallClock = Temporal.PlainDateTime.from(`${local[1]}T${local[2]}`, { overflow: 'reject' });
  } catch {
    return { ok: false, expected: FORMAT_PROBLEM };
  }
  const earlier = wallClock.toZonedDateTime(EVENT_TIME_ZONE, { disambiguation: 'earlier' });
  const later = wallClock.toZonedDateTime(EVENT_TIME_ZONE, { disambiguation: 'later' });
  if (!earlier.toPlainDateTime().equals(wallClock)) {
    // The clock jumps forward (last Sunday of March): this time does not exist.
    return { ok: false, expected: `verwacht een tijd die bestaat: op ${local[1]} gaat de klok van 02:00 naar 03:00 (zomertijd)` };
  }
  if (earlier.epochMilliseconds !== later.epochMilliseconds) {
    // The clock goes back (last Sunday of October): this time happens twice.
    const summer = earlier.toString({ timeZoneName: 'never', smallestUnit: 'minute' });
    const winter = later.toString({ timeZoneName: 'never', smallestUnit: 'minute' });
    return { ok: false, expected: `verwacht een tijd die één keer voorkomt: op ${local[1]} gaat de klok terug van 03:00 naar 02:00; schrijf ${summer} (zomertijd) of ${winter} (wintertijd)` };
  }
  return { ok: true, date: new Date(earlier.epochMilliseconds) };
}

function normaliseOffset(offset: string): string {
  const digits = offset.slice(1).replace(':', '');
  return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

/** "2027-02-11 19:30" in Dutch time: how an editor would write the instant. */
export function formatEventTimeInput(date: Date): string {
  const zoned = Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(EVENT_TIME_ZONE);
  return zoned.toPlainDateTime().toString({ smallestUnit: 'minute' }).replace('T', ' ');
}

/** The instant of a `start`/`end` value, for code outside the schemas (tests, tools); throws the Dutch reason. */
export function toEventDate(value: unknown): Date {
  const result = parseEventTime(value);
  if (!result.ok) throw new Error(`${JSON.stringify(value)}: ${result.expected}`);
  return result.date;
}
