/** The agenda of an edition: upcoming events soonest first, past events newest first. */
import { EVENT_TIME_ZONE } from './event-time.ts';

export interface Dated {
  data: { start: Date; end: Date };
}

/** An event counts as upcoming until it has ended. `now` is the build time: rebuild daily to move events to the archive. */
export function splitAgenda<T extends Dated>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const byStart = [...events].sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
  return {
    upcoming: byStart.filter((event) => event.data.end.getTime() >= now.getTime()),
    past: byStart.filter((event) => event.data.end.getTime() < now.getTime()).reverse(),
  };
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let cached = timeFormatters.get(`${lang}-${key}`);
  if (!cached) {
    cached = new Intl.DateTimeFormat(lang, { ...options, timeZone: EVENT_TIME_ZONE, numberingSystem: 'latn' });
    timeFormatters.set(`${lang}-${key}`, cached);
  }
  return cached;
}

/** "11 februari 2027": the day of an event in the Netherlands, whatever the machine's time zone. */
export function formatEventDay(date: Date, lang = 'nl'): string {
  return formatter('date', lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "dinsdag 11 februari 2027, 19:30–21:30" in the Netherlands' time zone. */
export function formatEventTime(start: Date, end: Date, lang = 'nl'): string {
  const day = formatter('day', lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = formatter('time', lang, { hour: '2-digit', minute: '2-digit' });
  const sameDay = day.format(start) === day.format(end);
  return sameDay ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}` : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
}
