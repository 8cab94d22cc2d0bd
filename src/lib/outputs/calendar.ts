/**
 * One event as an iCalendar file (RFC 5545), written by the `ics` library.
 * Times are written as UTC instants (`DTSTART:20270408T080000Z`): the event's
 * Dutch wall-clock time was already turned into the right instant when the
 * content was read (event-time.ts), so any calendar shows it in its own zone.
 */
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
  /** The edition's contact e-mail (region.yaml `contact.email`): ORGANIZER needs a mailto address, so without one there is no ORGANIZER. */
  contactEmail?: string | undefined;
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
    ...(event.contactEmail ? { organizer: { name: event.organiser, email: event.contactEmail } } : {}),
    status: 'CONFIRMED',
  });
  if (error || !value) throw new Error(`iCalendar voor ${event.slug}: ${error?.message ?? 'leeg resultaat'}`);
  return value;
}
