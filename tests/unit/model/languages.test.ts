import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, LOCALES, languageOf } from '../../../src/lib/model/languages.ts';
import { synonymsSchema } from '../../../src/lib/model/schemas.ts';
import { stopWordsFor } from '../../../src/lib/search/stop-words.ts';
import { removeStopWords, tokenize } from '../../../src/lib/search/search-words.ts';

test('the language list is the one source: Dutch first, unique codes, a direction and a name in the language itself', () => {
  assert.equal(LOCALES[0], 'nl');
  assert.equal(new Set(LOCALES).size, LOCALES.length);
  assert.deepEqual(LOCALES, LANGUAGES.map((language) => language.code));
  assert.equal(languageOf('ar').dir, 'rtl');
  assert.equal(languageOf('zh').name, '中文');
});

test('the synonyms file has a section per language of the list, and no other', () => {
  const sections = Object.fromEntries(LOCALES.map((code) => [code, { woord: 'doel' }]));
  assert.equal(synonymsSchema.safeParse(sections).success, true);
  assert.equal(synonymsSchema.safeParse({ ...sections, xx: {} }).success, false);
});

test('every language has question and filler words from its stopword list', () => {
  for (const code of LOCALES) assert.ok(stopWordsFor(code).length > 20, code);
  const turkish = new Set(stopWordsFor('tr'));
  assert.deepEqual(removeStopWords(tokenize('dükkanım soyuldu ne yapmalıyım'), turkish).kept, ['dükkanım', 'soyuldu']);
  const polish = new Set(stopWordsFor('pl'));
  assert.deepEqual(removeStopWords(tokenize('co robić po napadzie'), polish).kept, ['napadzie']);
});

test('a Chinese query is cut into words, as Pagefind cuts the pages, so its question words drop out', () => {
  const words = tokenize('被抢劫了怎么办');
  assert.ok(words.includes('抢劫'), words.join(' / '));
  const chinese = new Set(stopWordsFor('zh'));
  assert.ok(removeStopWords(words, chinese).kept.includes('抢劫'));
  assert.ok(!removeStopWords(words, chinese).kept.includes('怎么办'));
  // Other scripts are left as they were.
  assert.deepEqual(tokenize('Wat moet ik doen?'), ['wat', 'moet', 'ik', 'doen']);
});
