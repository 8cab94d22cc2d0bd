import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byOrderThenTitle, entriesForTheme, relatedByTheme } from '../../src/lib/relations.ts';

const entry = (id: string, title: string, themes: string[]) => ({ id, data: { title, themes: themes.map((theme) => ({ id: theme })) } });
const a = entry('a', 'Zeker', ['overvallen', 'afpersing']);
const b = entry('b', 'Alarm', ['overvallen']);
const c = entry('c', 'Cyber', ['cybercriminaliteit']);
const d = entry('d', 'Beide', ['overvallen', 'afpersing']);

test('entriesForTheme lists referencing entries alphabetically', () => {
  assert.deepEqual(entriesForTheme('overvallen', [a, b, c, d]).map((e) => e.id), ['b', 'd', 'a']);
  assert.deepEqual(entriesForTheme('ondermijning', [a, b, c]), []);
});

test('relatedByTheme ranks by shared themes, excludes itself and unrelated entries, respects the limit', () => {
  assert.deepEqual(relatedByTheme(a, [a, b, c, d]).map((e) => e.id), ['d', 'b']);
  assert.deepEqual(relatedByTheme(a, [a, b, c, d], 1).map((e) => e.id), ['d']);
});

test('byOrderThenTitle sorts by order, then Dutch title order', () => {
  const items = [
    { data: { title: 'Beta', order: 2 } },
    { data: { title: 'alfa', order: 2 } },
    { data: { title: 'Zulu', order: 1 } },
  ];
  assert.deepEqual(items.sort(byOrderThenTitle).map((item) => item.data.title), ['Zulu', 'alfa', 'Beta']);
});
