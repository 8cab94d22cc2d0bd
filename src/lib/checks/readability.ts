/**
 * Readability of Dutch prose: the Flesch-Douma score (Flesch's reading ease, adapted to Dutch by
 * W.H. Douma). Syllables come from the Dutch hyphenation patterns of the npm package `hyphen`:
 * a word has as many syllables as hyphenation points plus one.
 *
 *   Flesch-Douma = 206.835 − 0.93 × words per sentence − 77 × syllables per word
 *
 * Higher is easier. The line the content check uses is documented in docs/schrijfwijzer.md
 * ("Leesbaarheid meten").
 */
import { createRequire } from 'node:module';

interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

// `hyphen/nl` is CommonJS and a folder (no "exports" map), so an ES import cannot resolve it. Loaded on
// first use: the build imports the checks but never measures readability.
let hyphenNl: Hyphenator | undefined;
const hyphenator = () => (hyphenNl ??= createRequire(import.meta.url)('hyphen/nl') as Hyphenator);

const HYPHEN_POINT = '\u00ad';

export interface HardSentence {
  sentence: string;
  words: number;
  syllablesPerWord: number;
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
  fleschDouma: number;
  worst: HardSentence[];
}

/** A sentence ends at . ! ? : or ; followed by white space, and at every line break. */
const SENTENCE_END = /(?<=[.!?:;])\s+|\n+/u;

/**
 * The words of a sentence. A word has at least one letter: numbers, amounts, dates and phone
 * numbers (112, 0900-8844, 2026) are not words. Punctuation around a word is dropped.
 */
export function wordsOf(sentence: string): string[] {
  return sentence
    .split(/\s+/u)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => /\p{L}/u.test(token));
}

/** Syllables of one word: hyphenation points + 1 for each part between hyphens, at least 1. */
const syllableCache = new Map<string, number>();

export function syllablesOf(word: string): number {
  const known = syllableCache.get(word);
  if (known !== undefined) return known;
  let total = 0;
  for (const part of word.split(/[-‐–/]/u)) {
    if (!/\p{L}/u.test(part)) continue;
    const hyphenated = hyphenator().hyphenateSync(part.toLowerCase(), { hyphenChar: HYPHEN_POINT, minWordLength: 2 });
    total += hyphenated.split(HYPHEN_POINT).length;
  }
  const syllables = Math.max(1, total);
  syllableCache.set(word, syllables);
  return syllables;
}

function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** Flesch-Douma and its parts for a text; each line break also ends a sentence. */
export function readability(text: string): Readability {
  const measured = sentencesOf(text).map((sentence) => {
    const words = wordsOf(sentence);
    const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
    return { sentence, words: words.length, syllables };
  });
  const sentences = measured.length;
  const words = measured.reduce((sum, item) => sum + item.words, 0);
  const syllables = measured.reduce((sum, item) => sum + item.syllables, 0);
  const wordsPerSentence = sentences === 0 ? 0 : words / sentences;
  const syllablesPerWord = words === 0 ? 0 : syllables / words;
  const fleschDouma = words === 0 ? 0 : 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord;
  const worst = measured
    .map(({ sentence, words: count, syllables: total }) => ({ sentence, words: count, syllablesPerWord: total / count }))
    .sort((a, b) => b.words - a.words || b.syllablesPerWord - a.syllablesPerWord)
    .slice(0, 3);
  return { sentences, words, syllables, wordsPerSentence, syllablesPerWord, fleschDouma, worst };
}

/** Inline Markdown and MDX reduced to its visible text. */
function plainInline(line: string): string {
  return line
    .replace(/`[^`]*`/gu, ' ') // inline code
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1') // links: keep the text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/gu, '$1') // reference links
    .replace(/<https?:[^>]*>/gu, ' ') // autolinks
    .replace(/<\/?[A-Za-z][^>]*>/gu, ' ') // HTML and JSX tags: keep the inner text
    .replace(/\{[^}]*\}/gu, ' ') // MDX expressions
    .replace(/https?:\/\/\S+/gu, ' ') // bare URLs
    .replace(/(\*\*|__|\*|_|~~)(?=\S)|(?<=\S)(\*\*|__|\*|_|~~)/gu, '') // emphasis markers
    .replace(/\s+/gu, ' ')
    .replace(/ ([.,!?:;])/gu, '$1')
    .trim();
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/u;

/**
 * The sentences of an MDX body. Front matter, headings, code, imports and table pipes are
 * dropped; tags lose their brackets but keep their text; links keep their text. Every list item,
 * table cell and paragraph ends a sentence, and so does . ! ? : or ; followed by a space.
 */
export function proseOfMarkdown(markdown: string): string[] {
  const body = markdown
    .replace(/\r\n?/gu, '\n')
    .replace(/^---\n[\s\S]*?\n---(?:\n|$)/u, '')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gmu, '')
    .replace(/<!--[\s\S]*?-->/gu, '');
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.replace(/^\s*>\s?/u, '');
    if (line.trim() === '') {
      flush();
    } else if (/^\s*#{1,6}\s/u.test(line) || /^\s*(?:import|export)\s/u.test(line)) {
      flush();
    } else if (/^\s*\|/u.test(line)) {
      flush();
      if (/^\s*\|?[\s:|-]+\|?\s*$/u.test(line)) continue; // the |---|---| line under the header
      for (const cell of line.trim().replace(/^\||\|$/gu, '').split('|')) blocks.push(cell);
    } else if (LIST_ITEM.test(line)) {
      flush();
      current.push(line.replace(LIST_ITEM, ''));
    } else if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/u.test(line)) {
      flush();
    } else {
      current.push(line.trim());
    }
  }
  flush();
  return blocks
    .map(plainInline)
    .flatMap((block) => block.split(/(?<=[.!?:;])\s+/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}
