import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byOrderThenTitle, byTitle, relatedByTheme, ThemeIndex } from '../../../src/lib/model/relations.ts';

const entry = (id: string, title: string, themes: string[]) => ({ id, data: { title, themes: themes.map((theme) => ({ id: theme })) } });
const a = entry('a', 'Zeker', ['overvallen', 'afpersing']);
const b = entry('b', 'Alarm', ['overvallen']);
const c = entry('c', 'Cyber', ['cybercriminaliteit']);
const d = entry('d', 'Beide', ['overvallen', 'afpersing']);

test('ThemeIndex lists the entries that reference a theme, alphabetically', () => {
  const index = new ThemeIndex([a, b, c, d]);
  assert.deepEqual(index.forTheme('overvallen').map((e) => e.id), ['b', 'd', 'a']);
  assert.deepEqual(index.forTheme('ondermijning'), []);
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

test('ThemeIndex gives the same lists as the direct functions', () => {
  const themesPool = ['a', 'b', 'c', 'd', 'e'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const entries = Array.from({ length: 300 }, (_, i) =>
    entry(`e${i}`, `Titel ${Math.floor(random() * 1000)} ${i}`, [...new Set([themesPool[Math.floor(random() * 5)]!, themesPool[Math.floor(random() * 5)]!])]),
  );
  const index = new ThemeIndex(entries);
  for (const theme of themesPool) {
    const direct = entries.filter((e) => e.data.themes.some((t) => t.id === theme)).sort(byTitle).map((e) => e.id);
    assert.deepEqual(index.forTheme(theme).map((e) => e.id), direct);
  }
  for (const probe of entries.slice(0, 60)) {
    for (const limit of [1, 3, 4]) assert.deepEqual(index.related(probe, limit).map((e) => e.id), relatedByTheme(probe, entries, limit).map((e) => e.id), probe.id);
  }
  assert.deepEqual(index.related(entry('x', 'X', []), 3), []);
});
