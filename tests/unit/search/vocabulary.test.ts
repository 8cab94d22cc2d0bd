import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctWord, countWords, decodeVocabulary, encodeVocabulary, isKnown } from '../../../src/lib/search/vocabulary.ts';

const STOP = new Set(['de', 'het', 'een', 'van', 'niet']);

function vocabularyOf(text: string, limit = 100) {
  const counts = new Map<string, number>();
  countWords(text, counts, STOP);
  return decodeVocabulary(encodeVocabulary(counts, limit));
}

test('countWords skips numbers, short words and stop words; weight counts titles more', () => {
  const counts = new Map<string, number>();
  countWords('Bel 112 of 0900-8844 bij een overval, niet later: overval!', counts, STOP);
  countWords('Overval', counts, STOP, 5);
  assert.deepEqual([...counts], [['overval', 7], ['later', 1]]);
});

test('encodeVocabulary keeps the most frequent words, grouped by frequency class, and decodes', () => {
  const counts = new Map([['phishing', 40], ['overval', 9], ['kassa', 3], ['zelden', 1]]);
  const encoded = encodeVocabulary(counts, 3);
  assert.deepEqual(encoded, { 32: 'phishing', 8: 'overval', 2: 'kassa' });
  assert.deepEqual([...decodeVocabulary(encoded)], [['kassa', 2], ['overval', 8], ['phishing', 32]]);
});

const VOCABULARY = vocabularyOf('phishing phishing phishing ransomware ransomware overvallen overval winkeldiefstal afpersing geëxporteerd ceo-fraude fiscale');

test('isKnown: as typed, as the start of a word, as another form, without diacritics, hyphenated', () => {
  for (const word of ['phishing', 'overv', 'overvallers', 'geexporteerd', 'ceo-fraude', 'ceo-afpersing', 'kip']) assert.ok(isKnown(word, VOCABULARY), word);
  assert.ok(!isKnown('fising', VOCABULARY));
});

test('correctWord: typos and loanwords typed as heard go to the closest frequent word', () => {
  assert.equal(correctWord('fising', VOCABULARY), 'phishing');
  assert.equal(correctWord('ransomwear', VOCABULARY), 'ransomware');
  assert.equal(correctWord('afpersig', VOCABULARY), 'afpersing');
  assert.equal(correctWord('winkeldiefstl', VOCABULARY), 'winkeldiefstal');
  assert.equal(correctWord('phishing', VOCABULARY), undefined, 'known words stay');
  assert.equal(correctWord('geexporteerd', VOCABULARY), undefined, 'diacritics do not make a typo');
  assert.equal(correctWord('zonnepaneel', VOCABULARY), undefined, 'nothing near: no guess');
});
