import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amsterdamTime, decodeHours, encodeHours, formatHours, isOpenAt, type OpeningHours } from '../../../src/lib/contact/opening-hours.ts';
import { hoursMarks, phoneHoursByHref } from '../../../src/lib/contact/phone-hours.ts';
import { createSchemas, plainReference } from '../../../src/lib/model/schemas.ts';

const officeHours: OpeningHours = { weekly: [{ days: ['ma', 'di', 'wo', 'do', 'vr'], open: '09:00', close: '17:00' }] };
const untilMidnight: OpeningHours = { weekly: [{ days: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], open: '08:00', close: '24:00' }] };

test('the Dutch clock: winter is UTC+1, summer UTC+2, whatever the machine runs in', () => {
  assert.deepEqual(amsterdamTime(new Date('2026-12-07T08:30:00Z')), { day: 'ma', minutes: 9 * 60 + 30 });
  assert.deepEqual(amsterdamTime(new Date('2026-07-06T08:30:00Z')), { day: 'ma', minutes: 10 * 60 + 30 });
  // Sunday 23:30 UTC in winter is already Monday in Amsterdam.
  assert.deepEqual(amsterdamTime(new Date('2026-12-06T23:30:00Z')), { day: 'ma', minutes: 30 });
});

test('office hours: open inside, closed before, at closing time and at the weekend', () => {
  assert.equal(isOpenAt(officeHours, new Date('2026-12-07T08:00:00Z')), true, 'Monday 09:00');
  assert.equal(isOpenAt(officeHours, new Date('2026-12-07T07:59:00Z')), false, 'Monday 08:59');
  assert.equal(isOpenAt(officeHours, new Date('2026-12-11T15:59:00Z')), true, 'Friday 16:59');
  assert.equal(isOpenAt(officeHours, new Date('2026-12-11T16:00:00Z')), false, 'Friday 17:00');
  assert.equal(isOpenAt(officeHours, new Date('2026-12-12T11:00:00Z')), false, 'Saturday noon');
  assert.equal(isOpenAt(officeHours, new Date('2026-12-13T11:00:00Z')), false, 'Sunday noon');
});

test('summer time: 16:30 UTC is 18:30 in Amsterdam (closed), though in winter it would be 17:30', () => {
  assert.equal(isOpenAt(officeHours, new Date('2026-07-06T14:30:00Z')), true, 'Monday 16:30 CEST');
  assert.equal(isOpenAt(officeHours, new Date('2026-07-06T15:30:00Z')), false, 'Monday 17:30 CEST');
  assert.equal(isOpenAt(officeHours, new Date('2026-07-06T07:30:00Z')), true, 'Monday 09:30 CEST');
});

test('the days the clock changes: Sunday 29 March and 25 October 2026', () => {
  // 08:00 in Amsterdam on the Sunday summer time starts is 06:00 UTC.
  assert.equal(isOpenAt(untilMidnight, new Date('2026-03-29T05:59:00Z')), false);
  assert.equal(isOpenAt(untilMidnight, new Date('2026-03-29T06:00:00Z')), true);
  // …and on the Sunday it ends, 07:00 UTC.
  assert.equal(isOpenAt(untilMidnight, new Date('2026-10-25T06:59:00Z')), false);
  assert.equal(isOpenAt(untilMidnight, new Date('2026-10-25T07:00:00Z')), true);
  // Open until midnight: 23:59 yes, 00:00 no.
  assert.equal(isOpenAt(untilMidnight, new Date('2026-12-07T22:59:00Z')), true);
  assert.equal(isOpenAt(untilMidnight, new Date('2026-12-07T23:00:00Z')), false);
});

test('a line that is always open is open at any moment', () => {
  assert.equal(isOpenAt({ alwaysOpen: true }, new Date('2026-12-13T03:00:00Z')), true);
  assert.equal(formatHours({ alwaysOpen: true }, 'nl'), '24/7');
});

test('hours as text, in the page language', () => {
  assert.equal(formatHours(officeHours, 'nl'), 'ma–vr 09:00–17:00');
  assert.equal(formatHours(officeHours, 'en'), 'Mon–Fri 09:00–17:00');
  assert.equal(formatHours(untilMidnight, 'nl'), 'ma–zo 08:00–24:00');
  assert.equal(formatHours({ weekly: [{ days: ['ma', 'wo'], open: '10:00', close: '12:00' }, { days: ['za'], open: '10:00', close: '14:00' }] }, 'nl'), 'ma, wo 10:00–12:00; za 10:00–14:00');
});

test('data-hours is small and reads back the same', () => {
  assert.equal(encodeHours('weekly' in officeHours ? officeHours.weekly : []), '12345 0900 1700');
  assert.deepEqual(decodeHours('12345 0900 1700'), officeHours);
  assert.deepEqual(decodeHours('1234567 0800 2400'), untilMidnight);
});

test('numbers with hours are found by their tel: link; the page gets text and, for limited hours, the hint', () => {
  const organisations = [{ phones: [{ number: '088-7867372', hours: officeHours }] }, { phones: [{ number: '112', hours: { alwaysOpen: true as const } }] }, {}];
  const lines = phoneHoursByHref(organisations, 'nl');
  assert.equal(lines.get('tel:+31887867372')?.text, 'ma–vr 09:00–17:00');
  assert.equal(lines.get('tel:112')?.limited, false);
  const marks = hoursMarks(organisations, 'nl', { text: (hours) => `bereikbaar ${hours}`, open: 'nu bereikbaar', closed: 'nu gesloten' });
  assert.deepEqual(marks.get('tel:+31887867372'), { text: 'bereikbaar ma–vr 09:00–17:00', hint: { data: '12345 0900 1700', open: 'nu bereikbaar', closed: 'nu gesloten' } });
  assert.equal(marks.get('tel:112')?.hint, undefined);
});

test('the organisation schema wants hours with a source, and times that make sense', () => {
  const schema = createSchemas(plainReference).organisations;
  const base = { title: 'Fraudehelpdesk', summary: 'Een loket voor fraude.', reviewed: '2026-12-01', kind: 'stichting', url: 'https://www.fraudehelpdesk.nl/', sources: [{ title: 'Bron van de site', url: 'https://www.fraudehelpdesk.nl/' }] };
  const source = { title: 'Fraudehelpdesk: meldpunten', url: 'https://www.fraudehelpdesk.nl/Meldpunten' };
  const slot = { days: ['ma', 'vr'], open: '09:00', close: '17:00' };
  assert.equal(schema.safeParse({ ...base, phones: [{ number: '088-7867372', hours: { weekly: [slot], source } }] }).success, true);
  assert.equal(schema.safeParse({ ...base, phones: [{ number: '088-7867372', hours: { weekly: [slot] } }] }).success, false, 'no source');
  assert.equal(schema.safeParse({ ...base, phones: [{ number: '088-7867372', hours: { weekly: [{ ...slot, close: '08:00' }], source } }] }).success, false, 'closes before it opens');
  assert.equal(schema.safeParse({ ...base, phones: [{ number: '088-7867372', hours: { weekly: [{ ...slot, open: '9:00' }], source } }] }).success, false, 'not HH:MM');
  assert.equal(schema.safeParse({ ...base, phones: [{ number: '088-7867372', hours: { weekly: [{ ...slot, days: ['maandag'] }], source } }] }).success, false, 'unknown day');
  assert.equal(schema.safeParse({ ...base, phones: [{ number: '112', hours: { alwaysOpen: true, source } }] }).success, true);
});
