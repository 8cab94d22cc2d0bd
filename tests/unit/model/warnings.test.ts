/**
 * Dated warnings: the reference day (BUILD_DATE or today in the Netherlands),
 * which warnings are current on a day (expires inclusive), the order of the
 * lists, and the schema's rules for published/expires and dated sources, with
 * the Dutch messages an editor sees.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dutchToday, isCurrent, isExpired, latestExpiry, referenceDayOf, splitWarnings } from '../../../src/lib/model/warnings.ts';
import { createSchemas, plainReference } from '../../../src/lib/model/schemas.ts';
import { parseContentFile } from '../../../src/lib/model/front-matter.ts';
import { parseEntry } from '../../../src/lib/messages/validate.ts';
import { formatProblem } from '../../../src/lib/messages/errors.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const warning = (id: string, published: string, expires: string) => ({ id, data: { title: id, published: day(published), expires: day(expires) } });

test('BUILD_DATE sets the reference day; without it, today counts in Dutch time', () => {
  assert.deepEqual(referenceDayOf('2030-01-01'), { ok: true, day: day('2030-01-01') });
  // 23:30 UTC on 5 December is already 6 December in Amsterdam (winter time, UTC+1).
  assert.deepEqual(referenceDayOf(undefined, new Date('2026-12-05T23:30:00Z')), { ok: true, day: day('2026-12-06') });
  assert.deepEqual(referenceDayOf('', new Date('2026-07-01T22:30:00Z')), { ok: true, day: day('2026-07-02') }, 'summer time, UTC+2');
  assert.deepEqual(dutchToday(new Date('2026-12-05T22:59:00Z')), day('2026-12-05'));
});

test('a BUILD_DATE that is no real day is refused with a Dutch message, never replaced by today', () => {
  for (const bad of ['2026-02-30', '2026-13-01', 'morgen', '06-12-2026', '2026-12-6']) {
    const result = referenceDayOf(bad);
    assert.equal(result.ok, false, bad);
    if (!result.ok) assert.match(result.message, new RegExp(`BUILD_DATE: gevonden "${bad}"; verwacht een bestaande datum als JJJJ-MM-DD`));
  }
});

test('current from the day it is published up to and including the expires day; expired the day after', () => {
  const w = warning('w', '2026-11-18', '2027-05-18');
  assert.equal(isCurrent(w, day('2026-11-17')), false, 'not yet published');
  assert.equal(isExpired(w, day('2026-11-17')), false);
  assert.equal(isCurrent(w, day('2026-11-18')), true, 'the day it is published');
  assert.equal(isCurrent(w, day('2027-05-18')), true, 'the expires day itself still counts');
  assert.equal(isCurrent(w, day('2027-05-19')), false, 'gone the day after');
  assert.equal(isExpired(w, day('2027-05-19')), true);
  const once = warning('kort', '2026-12-06', '2026-12-06');
  assert.equal(isCurrent(once, day('2026-12-06')), true, 'a one-day warning runs on that day');
});

test('splitWarnings: current newest published first, the archive most recently expired first, scheduled apart', () => {
  const list = [
    warning('oud', '2025-02-17', '2025-08-17'),
    warning('recent-verlopen', '2025-12-15', '2026-05-10'),
    warning('nieuw', '2026-11-18', '2027-05-18'),
    warning('ouder-actueel', '2026-10-05', '2027-04-05'),
    warning('gepland', '2026-12-20', '2027-03-01'),
  ];
  const split = splitWarnings(list, day('2026-12-06'));
  assert.deepEqual(split.current.map((w) => w.id), ['nieuw', 'ouder-actueel']);
  assert.deepEqual(split.expired.map((w) => w.id), ['recent-verlopen', 'oud']);
  assert.deepEqual(split.scheduled.map((w) => w.id), ['gepland']);
  const future = splitWarnings(list, day('2030-01-01'));
  assert.deepEqual(future.current, [], 'far in the future nothing is current');
  assert.equal(future.expired.length, list.length);
});

test('latestExpiry is one calendar year after published; 29 February rolls to 1 March', () => {
  assert.deepEqual(latestExpiry(day('2026-11-18')), day('2027-11-18'));
  assert.deepEqual(latestExpiry(day('2028-02-29')), day('2029-03-01'));
});

const schema = createSchemas(plainReference).warnings;
const FILE = 'content/warnings/test.mdx';
const valid = `---
title: "Nepfacturen bij bedrijven"
summary: "Bedrijven krijgen valse facturen die op echte lijken; lees hoe u ze herkent en wat u doet."
reviewed: 2026-12-01
published: 2026-12-01
expires: 2027-06-01
kind: factuurfraude
themes: [cybercriminaliteit]
sectors: [zzp-en-kantoor]
sources:
  - title: "Fraudehelpdesk: valse facturen"
    url: "https://www.fraudehelpdesk.nl/"
    date: 2026-11-20
---

## Wat gebeurt er?
`;

function problemsOf(text: string): string[] {
  const parsed = parseContentFile(text, FILE);
  const result = parseEntry(schema, parsed.data, FILE, text);
  return result.problems.map(formatProblem);
}

test('a valid warning passes the schema, with its dates as days and its source dated', () => {
  const parsed = parseContentFile(valid, FILE);
  const result = parseEntry(schema, parsed.data, FILE, valid);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.data!.expires, day('2027-06-01'));
  assert.deepEqual((result.data!.sources as { date: Date }[])[0]!.date, day('2026-11-20'));
});

test('expires more than a year after published is an error on the expires line, with the latest allowed day', () => {
  const problems = problemsOf(valid.replace('expires: 2027-06-01', 'expires: 2027-12-02'));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^content\/warnings\/test\.mdx:6 — veld "expires": .*verwacht uiterlijk 2027-12-01, een jaar na published \(2026-12-01\)/);
  assert.deepEqual(problemsOf(valid.replace('expires: 2027-06-01', 'expires: 2027-12-01')), [], 'exactly a year is allowed');
});

test('expires before published is an error on the expires line', () => {
  const problems = problemsOf(valid.replace('expires: 2027-06-01', 'expires: 2026-11-30'));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /^content\/warnings\/test\.mdx:6 — veld "expires": .*verwacht een datum op of na published \(2026-12-01\)/);
});

test('expires is required, the kind comes from the closed list, and each source needs its date', () => {
  assert.match(problemsOf(valid.replace('expires: 2027-06-01\n', '')).join('\n'), /veld "expires": gevonden niets \(veld ontbreekt\)/);
  assert.match(problemsOf(valid.replace('kind: factuurfraude', 'kind: nepfactuur')).join('\n'), /:7 — veld "kind": gevonden "nepfactuur".*factuurfraude/);
  assert.match(problemsOf(valid.replace('    date: 2026-11-20\n', '')).join('\n'), /veld "sources, 1e waarde, date": gevonden niets \(veld ontbreekt\)/);
  assert.match(problemsOf(valid.replace('published: 2026-12-01', 'published: 1 december')).join('\n'), /:5 — veld "published"/);
});
