import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keywordLine, parseSearchState, serializeSearchState, toPagefindFilters } from '../../../src/lib/search/search.ts';

const GROUPS = [
  { param: 'type', filter: 'type', values: ['thema', 'concept', 'toolkit'] },
  { param: 'thema', filter: 'theme', values: ['overvallen', 'winkelcriminaliteit', 'afpersing'] },
];

test('parseSearchState reads query, filters and "literally", and drops values no group offers', () => {
  const state = parseSearchState(new URLSearchParams('q=+overval+&type=toolkit&type=bogus&thema=overvallen&thema=x&type=thema&sector=horeca&letterlijk=1'), GROUPS);
  assert.deepEqual(state, { query: 'overval', literal: true, filters: { type: ['thema', 'toolkit'], thema: ['overvallen'] } });
  assert.equal(parseSearchState(new URLSearchParams('q=x&letterlijk=ja'), GROUPS).literal, false);
});

test('parseSearchState caps very long queries', () => {
  assert.equal(parseSearchState(new URLSearchParams({ q: 'a'.repeat(500) }), GROUPS).query.length, 200);
});

test('serializeSearchState round-trips and leaves out empty parts', () => {
  const state = { query: 'winkel diefstal', literal: false, filters: { type: ['concept'], thema: ['winkelcriminaliteit', 'overvallen'] } };
  const serialized = serializeSearchState(state, GROUPS);
  assert.equal(serialized, 'q=winkel+diefstal&type=concept&thema=winkelcriminaliteit&thema=overvallen');
  assert.deepEqual(parseSearchState(new URLSearchParams(serialized), GROUPS).filters.thema, ['overvallen', 'winkelcriminaliteit']);
  assert.equal(serializeSearchState({ query: '', literal: true, filters: {} }, GROUPS), '');
  assert.equal(serializeSearchState({ query: 'fising', literal: true, filters: {} }, GROUPS), 'q=fising&letterlijk=1');
});

test('toPagefindFilters: any value within a group, under the group\'s Pagefind filter name; no group when empty', () => {
  assert.deepEqual(toPagefindFilters({ query: 'x', literal: false, filters: {} }, GROUPS), {});
  assert.deepEqual(toPagefindFilters({ query: 'x', literal: false, filters: { type: ['toolkit'], thema: ['overvallen', 'afpersing'] } }, GROUPS), {
    type: { any: ['toolkit'] },
    theme: { any: ['overvallen', 'afpersing'] },
  });
});

test('keywordLine lower-cases, trims and de-duplicates', () => {
  assert.equal(keywordLine(['Winkeldiefstal', ' diefstal ', 'winkeldiefstal'], ['Winkelcriminaliteit', '']), 'winkeldiefstal, diefstal, winkelcriminaliteit');
});
