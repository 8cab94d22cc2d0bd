import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keywordLine, parseSearchState, serializeSearchState, toPagefindFilters } from '../../src/lib/search.ts';

test('parseSearchState reads query and filters and drops unknown values', () => {
  const state = parseSearchState(new URLSearchParams('q=+overval+&type=toolkit&type=bogus&thema=overvallen&thema=x&type=thema'));
  assert.deepEqual(state, { query: 'overval', types: ['thema', 'toolkit'], themes: ['overvallen'] });
});

test('parseSearchState caps very long queries', () => {
  assert.equal(parseSearchState(new URLSearchParams({ q: 'a'.repeat(500) })).query.length, 200);
});

test('serializeSearchState round-trips and leaves out empty parts', () => {
  const state = { query: 'winkel diefstal', types: ['concept' as const], themes: ['winkelcriminaliteit' as const, 'overvallen' as const] };
  const serialized = serializeSearchState(state);
  assert.equal(serialized, 'q=winkel+diefstal&type=concept&thema=winkelcriminaliteit&thema=overvallen');
  assert.deepEqual(parseSearchState(new URLSearchParams(serialized)).themes, ['winkelcriminaliteit', 'overvallen']);
  assert.equal(serializeSearchState({ query: '', types: [], themes: [] }), '');
});

test('toPagefindFilters: any value within a group, no group when empty', () => {
  assert.deepEqual(toPagefindFilters({ query: 'x', types: [], themes: [] }), {});
  assert.deepEqual(toPagefindFilters({ query: 'x', types: ['toolkit'], themes: ['overvallen', 'afpersing'] }), {
    type: { any: ['toolkit'] },
    theme: { any: ['overvallen', 'afpersing'] },
  });
});

test('keywordLine lower-cases, trims and de-duplicates', () => {
  assert.equal(keywordLine(['Winkeldiefstal', ' diefstal ', 'winkeldiefstal'], ['Winkelcriminaliteit', '']), 'winkeldiefstal, diefstal, winkelcriminaliteit');
});
