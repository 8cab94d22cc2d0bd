/**
 * The search flow on a small stand-in for Pagefind that, like Pagefind,
 * returns only pages holding every word (by word beginning). The e2e test
 * set runs the same flow on the real index.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSearch, type Aids, type Hit } from '../../../src/lib/search/search-run.ts';
import { stopWordsFor } from '../../../src/lib/search/stop-words.ts';
import { decodeVocabulary } from '../../../src/lib/search/vocabulary.ts';

const PAGES: Record<string, string> = {
  overvallen: 'overvallen overval voorkomen kassa',
  stappenplan: 'stappenplan na een overval bel 112',
  ransomware: 'ransomware bestanden versleuteld losgeld',
  cyber: 'cybercriminaliteit phishing ransomware',
  riec: 'riec fiscale samenwerking',
  herkennen: 'signalen herkennen phishing',
};

const engine = async (term: string): Promise<Hit[]> => {
  const words = term.split(' ');
  return Object.entries(PAGES)
    .filter(([, text]) => words.every((word) => text.split(' ').some((found) => found.startsWith(word) || found.startsWith(word.slice(0, 3)))))
    .map(([id, text]) => ({ id, score: words.filter((word) => text.includes(word)).length }));
};
/** Whether a page really holds the word (not just its first three letters). */
const confirm = async (word: string, hits: Hit[]) => hits.some((hit) => PAGES[hit.id]!.split(' ').some((found) => found.startsWith(word)));

const AIDS: Aids = {
  stop: new Set(stopWordsFor('nl')),
  synonyms: { gijzelsoftware: ['ransomware'] },
  bets: [{ id: 'stappenplan', url: '/toolkits/stappenplan/', title: 'Stappenplan', type: 'toolkit', situations: ['ik ben overvallen'] }],
  vocabulary: decodeVocabulary({ 8: 'overval overvallen phishing ransomware', 2: 'bestanden cybercriminaliteit kassa samenwerking' }),
};

test('a question loses its filler words and finds the page', async () => {
  const outcome = await runSearch('hoe voorkom ik een overval', AIDS, engine, { confirm });
  assert.deepEqual(outcome.dropped, ['hoe', 'ik', 'een']);
  assert.equal(outcome.results[0]?.id, 'overvallen');
});

test('a best bet leads, shown once; one the engine did not return comes from the aids data', async () => {
  const outcome = await runSearch('ik ben overvallen', AIDS, engine, { confirm });
  assert.equal(outcome.results[0]?.id, 'stappenplan');
  assert.equal(outcome.results.filter((hit) => hit.id === 'stappenplan').length, 1);
  assert.deepEqual(outcome.bets, []);
  const missing = await runSearch('ik ben overvallen', { ...AIDS, bets: [{ ...AIDS.bets[0]!, id: 'elders' }] }, engine, { confirm });
  assert.deepEqual(missing.bets.map((bet) => bet.url), ['/toolkits/stappenplan/']);
  const filtered = await runSearch('ik ben overvallen', AIDS, engine, { confirm, bets: false });
  assert.deepEqual(filtered.betIds, [], 'no best bets while filters are chosen');
});

test('a typo the index only matches by a stem is corrected; literally, it becomes a suggestion', async () => {
  const outcome = await runSearch('fising', AIDS, engine, { confirm });
  assert.deepEqual(outcome.corrections, [{ from: 'fising', to: 'phishing' }]);
  assert.deepEqual(outcome.results.map((hit) => hit.id).sort(), ['cyber', 'herkennen']);
  const literal = await runSearch('fising', AIDS, engine, { confirm, literal: true });
  assert.deepEqual(literal.corrections, []);
  assert.deepEqual(literal.suggestions, [{ from: 'fising', to: 'phishing' }]);
});

test('a rare word the vocabulary lacks is kept when the index holds it', async () => {
  const outcome = await runSearch('herkennen', AIDS, engine, { confirm });
  assert.deepEqual(outcome.corrections, []);
  assert.deepEqual(outcome.results.map((hit) => hit.id), ['herkennen']);
});

test('synonyms: their results first, then what the typed word finds', async () => {
  const outcome = await runSearch('gijzelsoftware', AIDS, engine, { confirm });
  assert.deepEqual(outcome.synonyms, [{ from: 'gijzelsoftware', to: ['ransomware'] }]);
  assert.deepEqual(outcome.words, ['ransomware']);
  assert.ok(outcome.results.length >= 2);
});

test('no page holds every word: words one at a time, pages matching more words first', async () => {
  const outcome = await runSearch('phishing bestanden kassa', AIDS, engine, { confirm });
  assert.equal(outcome.partial, true);
  assert.deepEqual(new Set(outcome.words), new Set(['phishing', 'bestanden', 'kassa']));
  assert.deepEqual(new Set(outcome.results.map((hit) => hit.id)), new Set(['cyber', 'herkennen', 'ransomware', 'overvallen']));
});

test('a phrase synonym matches the words as typed, stop words included', async () => {
  const aids = { ...AIDS, synonyms: { ...AIDS.synonyms, 'versleuteld zijn': ['ransomware'] } };
  const outcome = await runSearch('mijn bestanden versleuteld zijn', aids, engine, { confirm });
  assert.deepEqual(outcome.synonyms, [{ from: 'versleuteld zijn', to: ['ransomware'] }]);
  assert.deepEqual(outcome.words, ['bestanden', 'ransomware']);
});

test('the best matching theme guide is always among the first three', async () => {
  const many = async (): Promise<Hit[]> => ['a', 'b', 'c', 'd', 'guide'].map((id, index) => ({ id, score: 5 - index }));
  const outcome = await runSearch('phishing', AIDS, many, { confirm, bets: false, guides: async () => [{ id: 'guide', score: 1 }] });
  assert.deepEqual(outcome.results.map((hit) => hit.id), ['a', 'b', 'guide', 'c', 'd']);
  const already = await runSearch('phishing', AIDS, many, { confirm, bets: false, guides: async () => [{ id: 'a', score: 1 }] });
  assert.deepEqual(already.results.map((hit) => hit.id), ['a', 'b', 'c', 'd', 'guide']);
});
