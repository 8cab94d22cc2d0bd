import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, rankByDistance, searchMaxDistance } from '../../../src/lib/messages/closest.ts';
import { soundKey } from '../../../src/lib/search/search-words.ts';
import { THEME_SLUGS } from '../../../src/lib/model/taxonomy.ts';
import { count, expectedOneOf, fieldLabel, ordinal } from '../../../src/lib/messages/wording.ts';

test('closest ranks by edit distance, not alphabetically', () => {
  assert.deepEqual(closest('winkelcriminalitiet', THEME_SLUGS), ['winkelcriminaliteit']);
  assert.deepEqual(closest('overvalen', THEME_SLUGS), ['overvallen']);
  assert.equal(rankByDistance('afpresing', THEME_SLUGS)[0], 'afpersing');
  assert.deepEqual(closest('Overvallen', ['overvallen']), ['overvallen'], 'case does not count');
});

test('closest suggests nothing when nothing is near', () => {
  assert.deepEqual(closest('inbraakpreventie-op-bedrijventerreinen', THEME_SLUGS), []);
  assert.deepEqual(closest('x', ['ab', 'cd'], { maxDistance: 0 }), []);
});

test('expectedOneOf lists the closest first and names a likely typo', () => {
  assert.equal(expectedOneOf('overvalen', ['afpersing', 'overvallen']), 'een van: overvallen, afpersing — bedoelt u "overvallen"?');
  assert.equal(expectedOneOf('iets-heel-anders', ['a', 'b']), 'een van: a, b');
  assert.match(expectedOneOf('a', Array.from({ length: 15 }, (_, index) => `k${index}`)), /\(en nog 5\)/);
});

test('Dutch counts, ordinals and field paths', () => {
  assert.equal(count(1, 'editie', 'edities'), '1 editie');
  assert.equal(count(2, 'editie', 'edities'), '2 edities');
  assert.equal(count(0, 'fout', 'fouten'), '0 fouten');
  assert.equal(ordinal(1), '1e');
  assert.equal(fieldLabel(['themes', 0]), 'themes, 1e waarde');
  assert.equal(fieldLabel(['sources', 1, 'url']), 'sources, 2e waarde, url');
});

test('closest: a higher weight wins between equally near words', () => {
  assert.deepEqual(closest('bank', ['bang', 'band'], { limit: 1, maxDistance: 1, weight: (word) => (word === 'band' ? 5 : 1) }), ['band']);
});

test('closest with a sound key: "fising" finds "phishing" (three edits apart in spelling)', () => {
  assert.deepEqual(closest('fising', ['phishing', 'fiscaal'], { maxDistance: searchMaxDistance('fising') }), []);
  assert.deepEqual(closest('fising', ['phishing', 'fiscaal'], { maxDistance: searchMaxDistance('fising'), key: soundKey }), ['phishing']);
});

test('searchMaxDistance grows with the word', () => {
  assert.deepEqual(['bank', 'overval', 'winkelcriminaliteit'].map(searchMaxDistance), [1, 2, 3]);
});
