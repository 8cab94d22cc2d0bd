import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandSynonyms, fold, matchBestBets, removeStopWords, sameStem, soundKey, tokenize } from '../../../src/lib/search/search-words.ts';
import { stopWordsFor } from '../../../src/lib/search/stop-words.ts';

const NL = new Set(stopWordsFor('nl'));
const EN = new Set(stopWordsFor('en'));

test('tokenize keeps diacritics, inner hyphens and apostrophes, and lower-cases', () => {
  assert.deepEqual(tokenize('Geëxporteerd: CEO-fraude, RIEC’s en back-ups!'), ['geëxporteerd', 'ceo-fraude', 'riec’s', 'en', 'back-ups']);
  assert.deepEqual(tokenize('  -- '), []);
});

test('fold drops diacritics: "geëxporteerd" and "geexporteerd" are one word', () => {
  assert.equal(fold('geëxporteerd'), 'geexporteerd');
  assert.equal(fold('coördinator'), 'coordinator');
});

test('stop words: Dutch and English questions keep only their topic words', () => {
  assert.deepEqual(removeStopWords(tokenize('hoe voorkom ik een overval'), NL).kept, ['voorkom', 'overval']);
  assert.deepEqual(removeStopWords(tokenize('wat moet ik doen na een overval'), NL).kept, ['overval']);
  assert.deepEqual(removeStopWords(tokenize('mijn bestanden zijn versleuteld'), NL).kept, ['bestanden', 'versleuteld']);
  assert.deepEqual(removeStopWords(tokenize('waar meld ik wat'), NL).kept, ['meld']);
  assert.deepEqual(removeStopWords(tokenize('What should I do after a robbery'), EN).kept, ['robbery']);
  assert.deepEqual(removeStopWords(tokenize('ik word afgeperst'), NL).dropped, ['ik', 'word']);
});

test('stop words: a query of stop words only is searched as typed; compounds are never split', () => {
  assert.deepEqual(removeStopWords(['wie', 'wat'], NL).kept, ['wie', 'wat']);
  assert.deepEqual(removeStopWords(['winkeldiefstal', 'ceo-fraude'], NL).kept, ['winkeldiefstal', 'ceo-fraude']);
});

test('stop words: words that are topics here stay searchable', () => {
  assert.ok(stopWordsFor('nl').includes('over'));
  assert.ok(!stopWordsFor('nl', ['over']).includes('over'));
  assert.ok(stopWordsFor('nl').includes('geen'), 'negations do not help a search that needs every word');
});

test('sameStem: inflections match, a compound is not its first part', () => {
  assert.ok(sameStem('overval', 'overvallen'));
  assert.ok(sameStem('versleuteld', 'versleutelen'));
  assert.ok(sameStem('afpersen', 'afpersing'));
  assert.ok(sameStem('geexporteerd', 'geëxporteerd'));
  assert.ok(!sameStem('winkel', 'winkeldief'));
  assert.ok(!sameStem('bank', 'bang'));
});

test('soundKey: loanwords typed as heard share a key', () => {
  assert.equal(soundKey('fising'), soundKey('phishing'));
  assert.equal(soundKey('chantage'), soundKey('chantage'));
  assert.notEqual(soundKey('overval'), soundKey('phishing'));
});

const SYNONYMS = { cybercrime: ['cybercriminaliteit'], gijzelsoftware: ['ransomware'], winkeldief: ['winkeldiefstal'], 'ceo fraude': ['ceo-fraude'], hack: ['cybercriminaliteit'] };

test('expandSynonyms: words and phrases, longest first, exact keys only', () => {
  assert.deepEqual(expandSynonyms(['gijzelsoftware', 'verwijderen'], SYNONYMS).words, ['ransomware', 'verwijderen']);
  assert.deepEqual(expandSynonyms(['ceo', 'fraude'], SYNONYMS), { words: ['ceo-fraude'], applied: [{ from: 'ceo fraude', to: ['ceo-fraude'] }] });
  assert.deepEqual(expandSynonyms(['winkeldief'], SYNONYMS).words, ['winkeldiefstal']);
  assert.deepEqual(expandSynonyms(['winkeldiefje'], SYNONYMS).words, ['winkeldiefje'], 'a look-alike is not the key');
  assert.deepEqual(expandSynonyms(['hacken'], SYNONYMS).words, ['hacken']);
  assert.deepEqual(expandSynonyms(['Cybercrime'.toLowerCase()], SYNONYMS).words, ['cybercriminaliteit']);
  assert.deepEqual(expandSynonyms(['overval'], SYNONYMS), { words: ['overval'], applied: [] });
});

const BETS = [
  { url: '/toolkits/stappenplan-na-een-overval/', title: 'Stappenplan na een overval', type: 'toolkit', situations: ['ik ben overvallen', 'na een overval'] },
  { url: '/toolkits/stappenplan-ransomware/', title: 'Stappenplan ransomware', type: 'toolkit', situations: ['bestanden versleuteld'] },
];

test('best bets: a described situation finds its page; a different question about the same word does not', () => {
  const bets = (query: string) => {
    const tokens = tokenize(query);
    const kept = removeStopWords(tokens, NL).kept;
    return matchBestBets({ tokens, kept, expanded: kept }, BETS, NL).map((bet) => bet.url);
  };
  assert.deepEqual(bets('ik ben overvallen'), ['/toolkits/stappenplan-na-een-overval/']);
  assert.deepEqual(bets('wat moet ik doen na een overval'), ['/toolkits/stappenplan-na-een-overval/']);
  assert.deepEqual(bets('mijn bestanden zijn versleuteld'), ['/toolkits/stappenplan-ransomware/']);
  assert.deepEqual(bets('bestanden'), [], 'every word of the situation is needed');
  assert.deepEqual(bets('overvallen'), [], 'the small words of a situation count: a keyword is not a situation');
  assert.deepEqual(bets('hoe voorkom ik een overval'), [], 'the situation must cover most of the question');
});
