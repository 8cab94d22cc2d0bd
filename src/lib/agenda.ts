/** The agenda of an edition: upcoming events soonest first, past events newest first. */
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

/** "dinsdag 11 februari 2027, 19:30–21:30" in the Netherlands' time zone. */
export function formatEventTime(start: Date, end: Date, lang = 'nl'): string {
  const key = lang;
  let day = timeFormatters.get(`${key}-day`);
  let time = timeFormatters.get(`${key}-time`);
  if (!day || !time) {
    day = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
    time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
    timeFormatters.set(`${key}-day`, day);
    timeFormatters.set(`${key}-time`, time);
  }
  const sameDay = day.format(start) === day.format(end);
  return sameDay ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}` : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
}
