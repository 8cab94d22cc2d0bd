import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSchemas, plainReference } from '../../src/lib/schemas.ts';
import { validateEntry } from '../../src/lib/validate.ts';
import { parseContentFile } from '../../src/lib/front-matter.ts';

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
  assert.equal(broken.problems[0]?.field, '(front matter)');
  assert.ok(broken.problems[0]?.line);
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
      expected: 'een van: checklist, stappenplan, signalenkaart, template',
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
