import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContentError, formatProblem, lineOfKey, lineOfPath } from '../../../src/lib/messages/errors.ts';

test('formatProblem names file, line, field, found and expected', () => {
  assert.equal(
    formatProblem({ file: 'content/a.mdx', line: 4, field: 'owner', found: '"x"', expected: 'een organisatie' }),
    'content/a.mdx:4 — veld "owner": gevonden "x"; verwacht een organisatie',
  );
  assert.match(formatProblem({ file: 'content/a.mdx', field: 'title', found: 'niets', expected: 'tekst' }), /^content\/a\.mdx — /);
});

test('ContentError lists every problem in its message', () => {
  const error = new ContentError([
    { file: 'a', field: 'x', found: '1', expected: '2' },
    { file: 'b', field: 'y', found: '3', expected: '4' },
  ]);
  assert.equal(error.problems.length, 2);
  assert.match(error.message, /^2 fouten in de inhoud:\n  - a — veld "x": gevonden 1; verwacht 2\n  - b — /);
});

test('lineOfKey finds the 1-based line of a key and ignores look-alikes', () => {
  const text = '---\ntitle: A\nsummary: B\nsummary_extra: C\n---\n';
  assert.equal(lineOfKey(text, 'title'), 2);
  assert.equal(lineOfKey(text, 'summary'), 3);
  assert.equal(lineOfKey(text, 'missing'), undefined);
});

test('lineOfPath follows nested fields and list items', () => {
  const text = '---\ntitle: A\nsources:\n  - title: Eerste\n    url: https://a.nl\n  - title: Tweede\n    url: b.nl\nkind: x\n---\n';
  assert.equal(lineOfPath(text, ['sources', 1, 'url']), 7);
  assert.equal(lineOfPath(text, ['sources', 0, 'title']), 4);
  assert.equal(lineOfPath(text, ['sources', 1]), 6);
  assert.equal(lineOfPath(text, ['kind']), 8);
  assert.equal(lineOfPath(text, ['missing']), undefined);
});
