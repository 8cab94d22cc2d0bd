/**
 * The vocabulary of the search index: the frequent words of one language with
 * how often they occur, written by the build after Pagefind indexed the site
 * and used by the search page to correct a word that finds nothing.
 *
 * Stored compactly: words grouped by frequency class (a power of two), each
 * group one alphabetical, space-separated string. Numbers, very short words and
 * stop words are left out: nobody needs a correction for them.
 */
import { closest, searchMaxDistance } from '../messages/closest.ts';
import { fold, soundKey, tokenize } from './search-words.ts';

/** Frequency class (lower bound, a power of two) → words of that class, alphabetical, space-separated. */
export type EncodedVocabulary = Record<string, string>;

export const MIN_WORD_LENGTH = 4;

/** Adds the words of a text to a running count; `weight` counts words of titles and keywords more. */
export function countWords(text: string, counts: Map<string, number>, stopWords: ReadonlySet<string>, weight = 1): void {
  for (const word of tokenize(text)) {
    if (word.length < MIN_WORD_LENGTH || /\d/.test(word) || stopWords.has(word) || word.length > 30) continue;
    counts.set(word, (counts.get(word) ?? 0) + weight);
  }
}

/** The `limit` most frequent words, grouped by frequency class. */
export function encodeVocabulary(counts: ReadonlyMap<string, number>, limit: number): EncodedVocabulary {
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  const groups = new Map<number, string[]>();
  for (const [word, count] of top) {
    const bucket = 2 ** Math.floor(Math.log2(count));
    groups.set(bucket, [...(groups.get(bucket) ?? []), word]);
  }
  return Object.fromEntries([...groups].sort((a, b) => b[0] - a[0]).map(([bucket, words]) => [String(bucket), words.sort().join(' ')]));
}

export function decodeVocabulary(encoded: EncodedVocabulary): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const [bucket, words] of Object.entries(encoded)) for (const word of words.split(' ')) if (word) vocabulary.set(word, Number(bucket));
  return vocabulary;
}

/** A typed word covers an indexed word when it starts it (Pagefind matches word beginnings) or is it plus an ending ("overvallers" → "overval"). */
export function covers(typed: string, indexed: string): boolean {
  const [a, b] = [fold(typed), fold(indexed)];
  return b.startsWith(a) || (a.startsWith(b) && b.length >= MIN_WORD_LENGTH && a.length - b.length <= 4);
}

/** Whether the vocabulary knows this word in some form; a hyphenated word is known as a whole or when its parts are. */
export function isKnown(word: string, vocabulary: ReadonlyMap<string, number>): boolean {
  if (word.length < MIN_WORD_LENGTH || /\d/.test(word) || vocabulary.has(word)) return true;
  for (const known of vocabulary.keys()) if (covers(word, known)) return true;
  return word.includes('-') && word.split('-').every((part) => isKnown(part, vocabulary));
}

/**
 * The frequent word the visitor probably meant, or undefined when the word is
 * known or nothing is near. The vocabulary holds only frequent words, so the
 * caller still asks the index before applying a correction (see search-run.ts).
 */
export function correctWord(word: string, vocabulary: ReadonlyMap<string, number>): string | undefined {
  if (isKnown(word, vocabulary)) return undefined;
  return closest(word, vocabulary.keys(), { limit: 1, maxDistance: searchMaxDistance(word), key: soundKey, weight: (candidate) => vocabulary.get(candidate) ?? 0 })[0];
}
