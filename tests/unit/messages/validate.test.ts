import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSchemas, plainReference } from '../../../src/lib/model/schemas.ts';
import { validateEntry } from '../../../src/lib/messages/validate.ts';
import { parseContentFile } from '../../../src/lib/model/front-matter.ts';

const schemas = createSchemas(plainReference);
const text = `---
title: Checklist
summary: Een samenvatting van precies één zin voor de test.
reviewed: 2026-11-01
themes: [overvallen]
kind: lijstje
audience: [horeca]
sources:
  - title: Bron
    url: https://example.org
---
Tekst
`;

test('parseContentFile splits front matter and body; dates stay text until the schema', () => {
  const parsed = parseContentFile(text, 'content/toolkits/x.mdx');
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.data.reviewed, '2026-11-01');
  assert.equal(parsed.body, 'Tekst\n');
});

test('broken YAML and a missing front matter are problems with a line', () => {
  const broken = parseContentFile('---\ntitle: "open\n---\n', 'x.mdx');
  assert.equal(broken.problems[0]?.field, 'title');
  assert.equal(broken.problems[0]?.line, 2);
  assert.equal(broken.unreadable, true);
  assert.equal(parseContentFile('Geen front matter', 'y.mdx').problems[0]?.expected.includes('---'), true);
});

test('validateEntry reports Dutch expectations with lines', () => {
  const { data } = parseContentFile(text, 'content/toolkits/x.mdx');
  const problems = validateEntry(schemas.toolkits, data, 'content/toolkits/x.mdx', text);
  assert.deepEqual(problems, [
    {
      file: 'content/toolkits/x.mdx',
      field: 'kind',
      line: 6,
      found: '"lijstje"',
      expected: 'een van: template, checklist, signalenkaart, stappenplan',
    },
  ]);
});

test('events: the end must come after the start, and a place or online is required', () => {
  const event = { title: 'Avond', summary: 'Een avond over overvalpreventie voor winkeliers.', start: '2027-02-11T19:30:00+01:00', end: '2027-02-11T18:00:00+01:00', kind: 'training', organiser: 'PVO' };
  const fields = validateEntry(schemas.events, event, 'e.mdx', '').map((p) => p.field).sort();
  assert.deepEqual(fields, ['end', 'location']);
  assert.deepEqual(validateEntry(schemas.events, { ...event, end: '2027-02-11T21:30:00+01:00', online: true }, 'e.mdx', ''), []);
});

test('events: an end before the start names `end`, its line and the start in plain Dutch', () => {
  const text = '---\ntitle: Avond\nstart: 2027-02-11 19:30\nend: 2027-02-11 18:00\nonline: true\n---\n';
  const event = { title: 'Avond', summary: 'Een avond over overvalpreventie voor winkeliers.', start: '2027-02-11 19:30', end: '2027-02-11 18:00', kind: 'training', organiser: 'PVO', online: true };
  assert.deepEqual(validateEntry(schemas.events, event, 'e.mdx', text), [
    { file: 'e.mdx', field: 'end', line: 4, found: '"2027-02-11 18:00"', expected: 'een einde dat later is dan het begin (start: 2027-02-11 19:30)' },
  ]);
  const [wrong] = validateEntry(schemas.events, { ...event, start: '11-02-2027 19:30' }, 'e.mdx', text);
  assert.equal(wrong?.field, 'start');
  assert.equal(wrong?.line, 3);
  assert.equal(wrong?.expected, 'datum en tijd als 2027-02-11 19:30 (Nederlandse tijd)');
});

test('a misspelt value gets "bedoelt u"; fields read as "themes, 1e waarde"', () => {
  const source = text.replace('kind: lijstje', 'kind: checklst').replace('audience: [horeca]', 'audience: [horecca]');
  const { data } = parseContentFile(source, 'x.mdx');
  const problems = validateEntry(schemas.toolkits, data, 'x.mdx', source);
  assert.deepEqual(problems.map((p) => p.field), ['kind', 'audience, 1e waarde']);
  assert.match(problems[0]!.expected, /^een van: checklist, .* — bedoelt u "checklist"\?$/);
  assert.match(problems[1]!.expected, /bedoelt u "horeca"\?$/);
});

test('a missing field has a line, says what to add, and points at a misspelt look-alike', () => {
  const missing = text.replace(/^summary: .*\n/m, '');
  const [problem] = validateEntry(schemas.toolkits, parseContentFile(missing, 'x.mdx').data, 'x.mdx', missing);
  assert.equal(problem?.line, 1);
  assert.equal(problem?.found, 'niets (veld ontbreekt)');
  assert.match(problem!.expected, /voeg een regel "summary: …" toe$/);
  const typo = text.replace('summary:', 'sumary:');
  const [typed] = validateEntry(schemas.toolkits, parseContentFile(typo, 'x.mdx').data, 'x.mdx', typo);
  assert.equal(typed?.line, 3);
  assert.match(typed!.found, /wel een veld "sumary" \(bedoelt u "summary"\?\)/);
});

test('counts are plural-aware', () => {
  const one = text.replace(/sources:\n(.*\n)*?---/, 'sources: []\n---');
  const problems = validateEntry(schemas.toolkits, parseContentFile(one, 'x.mdx').data, 'x.mdx', one);
  assert.ok(problems.some((p) => p.field === 'sources'));
  assert.ok(problems.every((p) => !/\(s\)|1 waarden|1 tekens/.test(p.expected)));
});

test('an event without a start says in Dutch what to write, never zod’s "Invalid input"', () => {
  const event = { title: 'Avond', summary: 'Een avond over overvalpreventie voor winkeliers.', end: '2027-02-11 21:30', kind: 'training', organiser: 'PVO', online: true };
  const problems = validateEntry(schemas.events, event, 'e.mdx', '');
  assert.deepEqual(problems.map((problem) => problem.field), ['start']);
  assert.match(problems[0]!.expected, /^datum en tijd in Nederlandse tijd als JJJJ-MM-DD UU:MM, zoals 2027-02-11 19:30; voeg een regel "start: …" toe$/);
  assert.doesNotMatch(JSON.stringify(problems), /Invalid|input/);
});
