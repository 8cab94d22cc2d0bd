/**
 * Every calendar file of every built edition through Mozilla's ical.js (the
 * parser in Thunderbird): it must parse, hold exactly one VEVENT with UID,
 * DTSTAMP, DTSTART and SUMMARY, and an ORGANIZER only with a mailto: address.
 * A round trip imports an event into a new calendar object and checks that
 * its start, in Europe/Amsterdam, is the Dutch time the editor wrote.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import ICAL from 'ical.js';
import { parseContentFile } from '../../src/lib/model/front-matter.ts';
import { builtEditions, filesUnder } from './built.ts';

const editions = builtEditions();
const calendarFiles = editions.flatMap((edition) => filesUnder(join(edition.dir, 'agenda'), '.ics').map((file) => ({ edition, file })));

function parseCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

/** The events written for an edition (only regions have an agenda): regions/<id>/content/events/<slug>.mdx. */
function writtenEvents(id: string): string[] {
  const dir = join('regions', id, 'content', 'events');
  return existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.mdx')).map((file) => basename(file, '.mdx')) : [];
}

test('every event written for an edition has its calendar file', () => {
  for (const edition of editions) {
    const published = calendarFiles.filter((calendar) => calendar.edition === edition).map(({ file }) => basename(file, '.ics'));
    assert.deepEqual(published.sort(), writtenEvents(edition.id).sort(), `${edition.id}: .ics files`);
  }
});

// With EDITIONS naming only editions without an agenda (the national one) there is no calendar to read.
const noCalendars = calendarFiles.length ? false : `no calendar files in ${editions.map((edition) => edition.id).join(', ')}`;

test('ical.js parses every .ics: one VEVENT with UID, DTSTAMP, DTSTART and SUMMARY', { skip: noCalendars }, () => {
  const problems: string[] = [];
  for (const { file } of calendarFiles) {
    const name = relative(process.cwd(), file);
    let calendar: ICAL.Component;
    try {
      calendar = parseCalendar(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${name}: ical.js: ${(error as Error).message}`);
      continue;
    }
    const events = calendar.getAllSubcomponents('vevent');
    if (calendar.name !== 'vcalendar' || events.length !== 1) {
      problems.push(`${name}: ${calendar.name} with ${events.length} VEVENTs, expected a VCALENDAR with one`);
      continue;
    }
    const event = events[0]!;
    for (const property of ['uid', 'dtstamp', 'dtstart', 'summary']) {
      const value = event.getFirstPropertyValue(property);
      if (value === null || value === '') problems.push(`${name}: ${property.toUpperCase()} missing`);
    }
    const organizer = event.getFirstPropertyValue('organizer');
    if (organizer !== null && !/^mailto:[^@\s]+@[^@\s]+$/i.test(String(organizer))) problems.push(`${name}: ORGANIZER is ${JSON.stringify(organizer)}, expected mailto:<address>`);
  }
  assert.deepEqual(problems, []);
});

/** "2027-04-15 10:00" of an instant, in the Netherlands. */
function dutchWallClock(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Calendar files whose event the editor wrote in Dutch wall-clock time: only times without an offset say that by themselves. */
const dutchTimeEvents = calendarFiles.flatMap(({ edition, file }) => {
  const source = join('regions', edition.id, 'content', 'events', `${basename(file, '.ics')}.mdx`);
  if (!existsSync(source)) return [];
  const { data } = parseContentFile(readFileSync(source, 'utf8'), source);
  const written = { start: String(data.start).trim(), end: String(data.end).trim() };
  return [written.start, written.end].every((value) => /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/.test(value)) ? [{ file, source, written }] : [];
});
// The examples have such events (voorbeeld-noord); with EDITIONS naming only editions without any there is nothing to import.
const noDutchTimeEvents = dutchTimeEvents.length ? false : `no event written in Dutch time without an offset in ${editions.map((edition) => edition.id).join(', ')}`;

test('round trip: an event imported into a calendar starts at the Dutch time its editor wrote', { skip: noDutchTimeEvents }, () => {
  for (const { file, source, written } of dutchTimeEvents) {
    const imported = new ICAL.Component(['vcalendar', [], []]);
    imported.updatePropertyWithValue('prodid', '-//validators//round trip//NL');
    imported.updatePropertyWithValue('version', '2.0');
    imported.addSubcomponent(parseCalendar(readFileSync(file, 'utf8')).getFirstSubcomponent('vevent')!);
    const reread = parseCalendar(imported.toString());
    const event = new ICAL.Event(reread.getFirstSubcomponent('vevent')!);

    assert.equal(event.uid, `${basename(file, '.ics')}@${new URL(String(event.component.getFirstPropertyValue('url'))).host}`);
    assert.equal(dutchWallClock(event.startDate.toJSDate()), written.start.replace('T', ' '), `${source}: start`);
    assert.equal(dutchWallClock(event.endDate.toJSDate()), written.end.replace('T', ' '), `${source}: end`);
  }
});
