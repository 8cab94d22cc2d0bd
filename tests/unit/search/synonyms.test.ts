import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSynonyms, wordsOf } from '../../../src/lib/search/synonyms.ts';

const KNOWN = wordsOf([
  { lang: 'nl', text: 'Cybercriminaliteit, ransomware, winkeldiefstal, spookfactuur en ceo-fraude. Geëxporteerd.' },
  { lang: 'en', text: 'Cybercrime and extortion' },
]);
const load = (text: string, file = 'content/synonyms.yaml') => loadSynonyms([{ file, text }], KNOWN);

test('a valid file: keys folded and lower-cased, phrases and hyphens kept', () => {
  const result = load('nl:\n  Cybercrime: cybercriminaliteit\n  ceo fraude: ceo-fraude\nen:\n  blackmail: extortion\n');
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.byLang.nl, { cybercrime: ['cybercriminaliteit'], 'ceo fraude': ['ceo-fraude'] });
  assert.deepEqual(result.byLang.en, { blackmail: ['extortion'] });
});

test('unknown target: file, line and a Dutch message', () => {
  const [problem, ...rest] = load('nl:\n  gijzelsoftware: ransomware\n  nepfactuur: nepnota\n').problems;
  assert.equal(rest.length, 0);
  assert.equal(problem?.file, 'content/synonyms.yaml');
  assert.equal(problem?.line, 3);
  assert.match(problem?.found ?? '', /doelwoord "nepnota" staat op geen enkele pagina/);
});

test('duplicates: the same key twice (YAML) and two spellings of one word', () => {
  assert.equal(load('nl:\n  hack: cybercriminaliteit\n  hack: ransomware\n').problems.length, 1);
  const [problem] = load('nl:\n  cybercrime: cybercriminaliteit\n  Cybercrime: ransomware\n').problems;
  assert.equal(problem?.line, 3);
  assert.match(problem?.found ?? '', /hetzelfde woord als "cybercrime"/);
});

test('cycles are refused; chains resolve to the final word', () => {
  const cycle = load('nl:\n  ransomware: cybercriminaliteit\n  cybercriminaliteit: ransomware\n');
  assert.ok(cycle.problems.some((problem) => /een kring: /.test(problem.found)));
  assert.match(load('nl:\n  ransomware: ransomware\n').problems[0]?.found ?? '', /verwijst naar zichzelf/);
  assert.match(load('nl:\n  geexporteerd: geëxporteerd\n').problems[0]?.found ?? '', /verwijst naar zichzelf/, 'diacritics do not make another word');
  const chain = load('nl:\n  gijzelsoftware: ransomware\n  ransomware: cybercriminaliteit\n');
  assert.deepEqual(chain.problems, []);
  assert.deepEqual(chain.byLang.nl.gijzelsoftware, ['cybercriminaliteit']);
});

test('a region adds to and overrides the national synonyms', () => {
  const result = loadSynonyms(
    [
      { file: 'content/synonyms.yaml', text: 'nl:\n  winkeldief: winkeldiefstal\n  hack: cybercriminaliteit\n' },
      { file: 'regions/zuid/content/synonyms.yaml', text: 'nl:\n  hack: ransomware\n  nepfactuur: spookfactuur\n' },
    ],
    KNOWN,
  );
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.byLang.nl, { winkeldief: ['winkeldiefstal'], hack: ['ransomware'], nepfactuur: ['spookfactuur'] });
});

test('schema: unknown languages and non-text targets are refused with the field', () => {
  const problems = load('de:\n  raub: overval\nnl:\n  hack: [1, 2]\n').problems;
  assert.ok(problems.some((problem) => problem.field.includes('de') || /onbekende velden/.test(problem.expected)), JSON.stringify(problems));
  assert.ok(problems.some((problem) => problem.field.startsWith('nl')), JSON.stringify(problems));
});

test('an English-only check is skipped where the edition has no English pages', () => {
  const dutchOnly = loadSynonyms([{ file: 'content/synonyms.yaml', text: 'en:\n  robbed: robbery\n' }], wordsOf([{ lang: 'nl', text: 'overval' }]));
  assert.deepEqual(dutchOnly.problems, []);
});
