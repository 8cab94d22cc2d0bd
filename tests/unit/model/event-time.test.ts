import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { formatEventTimeInput, parseEventTime, toEventDate } from '../../../src/lib/model/event-time.ts';

const iso = (value: string) => toEventDate(value).toISOString();

test('a time without offset is Dutch time: summer time (UTC+2) and winter time (UTC+1)', () => {
  assert.equal(iso('2027-04-08 10:00'), '2027-04-08T08:00:00.000Z');
  assert.equal(iso('2027-04-08T10:00'), '2027-04-08T08:00:00.000Z');
  assert.equal(iso('2027-02-11 19:30:00'), '2027-02-11T18:30:00.000Z');
  // The days around the switches: Saturday before and Sunday after.
  assert.equal(iso('2027-03-27 12:00'), '2027-03-27T11:00:00.000Z');
  assert.equal(iso('2027-03-28 12:00'), '2027-03-28T10:00:00.000Z');
  assert.equal(iso('2026-10-24 12:00'), '2026-10-24T10:00:00.000Z');
  assert.equal(iso('2026-10-25 12:00'), '2026-10-25T11:00:00.000Z');
});

test('a time with an explicit offset or Z keeps its instant', () => {
  assert.equal(iso('2027-04-08T10:00:00+02:00'), '2027-04-08T08:00:00.000Z');
  assert.equal(iso('2027-04-08T10:00:00+01:00'), '2027-04-08T09:00:00.000Z');
  assert.equal(iso('2027-04-08T08:00:00Z'), '2027-04-08T08:00:00.000Z');
  assert.equal(iso('2027-04-08 10:00+0200'), '2027-04-08T08:00:00.000Z');
  assert.equal(toEventDate(new Date('2027-04-08T08:00:00Z')).toISOString(), '2027-04-08T08:00:00.000Z');
});

test('times that do not exist or happen twice in the Netherlands are refused with a Dutch reason', () => {
  const gap = parseEventTime('2027-03-28 02:30');
  assert.equal(gap.ok, false);
  assert.match(!gap.ok ? gap.expected : '', /^verwacht een tijd die bestaat: op 2027-03-28 gaat de klok van 02:00 naar 03:00/);
  const twice = parseEventTime('2026-10-25 02:30');
  assert.equal(twice.ok, false);
  assert.match(!twice.ok ? twice.expected : '', /2026-10-25T02:30\+02:00 \(zomertijd\) of 2026-10-25T02:30\+01:00 \(wintertijd\)/);
});

test('anything but a date with a time is refused', () => {
  for (const value of ['2027-04-08', '2027-02-30 10:00', '2027-04-08 24:00', 'morgen om tien', '08-04-2027 10:00', 42, undefined]) {
    const result = parseEventTime(value);
    assert.equal(result.ok, false, String(value));
    assert.match(!result.ok ? result.expected : '', /^verwacht datum en tijd als 2027-02-11 19:30/);
  }
});

test('formatEventTimeInput writes an instant back as Dutch wall-clock time', () => {
  assert.equal(formatEventTimeInput(new Date('2027-04-08T08:00:00Z')), '2027-04-08 10:00');
  assert.equal(formatEventTimeInput(new Date('2027-02-11T18:30:00Z')), '2027-02-11 19:30');
});

test("the machine's time zone does not matter", () => {
  const script = `import { toEventDate } from ${JSON.stringify(new URL('../../../src/lib/model/event-time.ts', import.meta.url).href)};
    console.log(['2027-04-08 10:00', '2027-02-11T19:30'].map((value) => toEventDate(value).toISOString()).join(' '));`;
  for (const zone of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
    assert.equal(output.trim(), '2027-04-08T08:00:00.000Z 2027-02-11T18:30:00.000Z', zone);
  }
});
