import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proseOfMarkdown, readability, syllablesOf, wordsOf } from '../../../src/lib/checks/readability.ts';

test('syllables come from the Dutch hyphenation patterns, at least one per word', () => {
  assert.equal(syllablesOf('winkeldiefstal'), 4);
  assert.equal(syllablesOf('ondernemer'), 4);
  assert.equal(syllablesOf('de'), 1);
  assert.equal(syllablesOf('u'), 1);
  assert.equal(syllablesOf('e-mail'), syllablesOf('e') + syllablesOf('mail'), 'parts between hyphens count apart');
});

test('numbers and phone numbers are not words', () => {
  assert.deepEqual(wordsOf('Bel 112 of 0900-8844, in 2026.'), ['Bel', 'of', 'in']);
  assert.deepEqual(wordsOf('€ 181 voor uw tijd'), ['voor', 'uw', 'tijd']);
});

test('Flesch-Douma follows 206.835 − 0.93 × words/sentence − 77 × syllables/word', () => {
  const result = readability('Bel de politie. Doe daarna aangifte.');
  assert.equal(result.sentences, 2);
  assert.equal(result.words, 6);
  const syllables = ['bel', 'de', 'politie', 'doe', 'daarna', 'aangifte'].reduce((sum, word) => sum + syllablesOf(word), 0);
  assert.equal(result.syllables, syllables);
  assert.equal(result.wordsPerSentence, 3);
  assert.equal(result.syllablesPerWord, syllables / 6);
  assert.ok(Math.abs(result.fleschDouma - (206.835 - 0.93 * 3 - 77 * (syllables / 6))) < 1e-9);
});

test('an empty text scores zero instead of NaN', () => {
  assert.deepEqual(readability(''), { sentences: 0, words: 0, syllables: 0, wordsPerSentence: 0, syllablesPerWord: 0, fleschDouma: 0, worst: [] });
  assert.equal(readability('112 0900-8844').sentences, 0);
});

test('worst lists the three longest sentences, ties by syllables per word', () => {
  const text = ['Kort.', 'Een zin van vijf woorden.', 'Dit is een zin.', 'Bij een vermoeden handelen.', 'Een wat langere zin van zeven woorden.'].join(' ');
  const { worst } = readability(text);
  assert.equal(worst.length, 3);
  assert.equal(worst[0]!.sentence, 'Een wat langere zin van zeven woorden.');
  assert.equal(worst[0]!.words, 7);
  assert.equal(worst[1]!.words, 5);
  assert.deepEqual(
    worst.slice(2).map((item) => item.sentence),
    ['Bij een vermoeden handelen.'],
    'four words each: the one with more syllables per word is harder',
  );
});

test('a long sentence with long compounds scores lower than short plain sentences', () => {
  const hard = readability('De cyberbeveiligingswet verplicht middelgrote ondernemingen in vitale sectoren tot registratie, risicobeheersingsmaatregelen en incidentmeldingen.');
  const easy = readability('Bel de politie. Doe aangifte. Sluit de deur af.');
  assert.ok(hard.fleschDouma < 60, `hard scored ${hard.fleschDouma}`);
  assert.ok(easy.fleschDouma > 60, `easy scored ${easy.fleschDouma}`);
});

test('proseOfMarkdown keeps the prose and drops front matter, headings, code, tags, URLs and pipes', () => {
  const markdown = [
    '---',
    'title: "Titel die niet meetelt"',
    'summary: "Ook niet."',
    '---',
    '',
    '## Een kopje',
    '',
    'Lees de [checklist](/toolkits/checklist-cyberbasis/) door. Neem contact op met <PvoLink>het PVO in uw regio</PvoLink>: dat helpt',
    'u verder.',
    '',
    '```sh',
    'npm run check',
    '```',
    '',
    '- [ ] Een punt op de lijst',
    '- **Vet** en gewoon',
    '1. Bel 112',
    '',
    '| nummer | waarvoor |',
    '| --- | --- |',
    '| **112** | spoed |',
    '',
    'Zie https://www.politie.nl/ voor meer; of niet!',
  ].join('\n');
  assert.deepEqual(proseOfMarkdown(markdown), [
    'Lees de checklist door.',
    'Neem contact op met het PVO in uw regio:',
    'dat helpt u verder.',
    'Een punt op de lijst',
    'Vet en gewoon',
    'Bel 112',
    'nummer',
    'waarvoor',
    'spoed',
    'Zie voor meer;',
    'of niet!',
  ]);
});

test('proseOfMarkdown: every list item and paragraph is its own sentence for readability', () => {
  const sentences = proseOfMarkdown('- een\n- twee\n\nDrie vier');
  assert.equal(readability(sentences.join('\n')).sentences, 3);
});
