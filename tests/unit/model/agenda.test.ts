import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatEventDay, formatEventTime, splitAgenda } from '../../../src/lib/model/agenda.ts';
import { eventToIcs } from '../../../src/lib/outputs/calendar.ts';

const event = (id: string, start: string, end: string) => ({ id, data: { start: new Date(start), end: new Date(end) } });

test('splitAgenda: upcoming soonest first, past newest first, running events stay upcoming', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  const { upcoming, past } = splitAgenda(
    [
      event('later', '2027-03-01T18:00:00Z', '2027-03-01T20:00:00Z'),
      event('old', '2026-01-10T18:00:00Z', '2026-01-10T20:00:00Z'),
      event('now', '2026-11-29T11:00:00Z', '2026-11-29T13:00:00Z'),
      event('recent', '2026-10-10T18:00:00Z', '2026-10-10T20:00:00Z'),
      event('soon', '2026-12-01T18:00:00Z', '2026-12-01T20:00:00Z'),
    ],
    now,
  );
  assert.deepEqual(upcoming.map((e) => e.id), ['now', 'soon', 'later']);
  assert.deepEqual(past.map((e) => e.id), ['recent', 'old']);
});

test('formatEventTime uses Dutch time in Europe/Amsterdam', () => {
  assert.equal(formatEventTime(new Date('2027-02-11T18:30:00Z'), new Date('2027-02-11T20:30:00Z')), 'donderdag 11 februari 2027, 19:30–21:30');
});

const evening = {
  slug: 'voorlichting-overvallen',
  title: 'Voorlichting overvallen',
  summary: 'Een avond over overvalpreventie.',
  start: new Date('2027-02-11T18:30:00Z'),
  end: new Date('2027-02-11T20:30:00Z'),
  location: { name: 'Gemeentehuis', address: 'Markt 1, Voorbeeldstad' },
  online: false,
  registration: 'https://pvo.example/aanmelden',
  organiser: 'PVO Voorbeeld',
  contactEmail: 'info@pvo.example',
  url: 'https://noord.kennisbank.example/agenda/voorlichting-overvallen/',
};

test('eventToIcs writes a valid VEVENT with UTC times, location and a stable uid', () => {
  const ics = eventToIcs(evening);
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /DTSTART:20270211T183000Z/);
  assert.match(ics, /DTEND:20270211T203000Z/);
  assert.match(ics, /UID:voorlichting-overvallen@noord\.kennisbank\.example/);
  assert.match(ics, /LOCATION:Gemeentehuis\\, Markt 1\\, Voorbeeldstad/);
  assert.match(ics, /END:VEVENT\r\nEND:VCALENDAR/);
  assert.match(ics, /\r\nORGANIZER;CN="PVO Voorbeeld":mailto:info@pvo\.example\r\n/i);
});

test('eventToIcs leaves ORGANIZER out when the edition has no contact e-mail (RFC 5545 needs an address)', () => {
  const ics = eventToIcs({ ...evening, contactEmail: undefined });
  assert.doesNotMatch(ics, /ORGANIZER/);
  assert.match(ics, /DTSTART:20270211T183000Z/);
});

test('formatEventDay gives the Dutch day, also for an event just after midnight', () => {
  assert.equal(formatEventDay(new Date('2027-04-14T22:30:00Z')), '15 april 2027');
});
