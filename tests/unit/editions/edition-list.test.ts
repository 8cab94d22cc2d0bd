import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allEditions, selectedEditions } from '../../../src/lib/editions/edition-list.ts';

test('named editions win, then EDITIONS, else every edition', () => {
  const all = allEditions(process.cwd());
  assert.equal(all[0], 'landelijk');
  assert.ok(all.includes('voorbeeld-noord'));
  assert.deepEqual(selectedEditions(process.cwd(), [], {}), all);
  assert.deepEqual(selectedEditions(process.cwd(), [], { EDITIONS: 'voorbeeld-zuid' }), ['voorbeeld-zuid']);
  assert.deepEqual(selectedEditions(process.cwd(), [], { EDITIONS: 'landelijk, voorbeeld-noord' }), ['landelijk', 'voorbeeld-noord']);
  assert.deepEqual(selectedEditions(process.cwd(), ['voorbeeld-noord'], { EDITIONS: 'voorbeeld-zuid' }), ['voorbeeld-noord']);
});

test('an unknown edition is refused with the known ones', () => {
  assert.throws(() => selectedEditions(process.cwd(), ['pvo-nergens'], {}), /Onbekende editie: pvo-nergens; verwacht een van: landelijk, .*voorbeeld-noord/);
});
