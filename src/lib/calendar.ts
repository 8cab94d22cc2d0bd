/** One event as an iCalendar file (RFC 5545), written by the `ics` library. */
import { createEvent } from 'ics';

export interface CalendarEvent {
  slug: string;
  title: string;
  summary: string;
  start: Date;
  end: Date;
  location?: { name: string; address: string } | undefined;
  online: boolean;
  registration?: string | undefined;
  organiser: string;
  /** Absolute URL of the event page. */
  url: string;
}

export function eventToIcs(event: CalendarEvent): string {
  const host = new URL(event.url).host;
  const location = event.online ? 'Online' : event.location ? `${event.location.name}, ${event.location.address}` : undefined;
  const { error, value } = createEvent({
    uid: `${event.slug}@${host}`,
    productId: 'kennisbank-veilig-ondernemen/agenda',
    title: event.title,
    description: [event.summary, event.registration ? `Aanmelden: ${event.registration}` : '', event.url].filter(Boolean).join('\n\n'),
    start: event.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    ...(location ? { location } : {}),
    url: event.url,
    organizer: { name: event.organiser },
    status: 'CONFIRMED',
  });
  if (error || !value) throw new Error(`iCalendar voor ${event.slug}: ${error?.message ?? 'leeg resultaat'}`);
  return value;
}
