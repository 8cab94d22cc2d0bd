/**
 * Question and filler words the search page leaves out of a query, per
 * language. Source: the `stopword` package (MIT, lists `nld` and `eng`),
 * plus the question words a search box gets that those general lists lack.
 * Build-time only: the search page receives the trimmed list as data.
 */
import { eng, nld } from 'stopword';
import type { Locale } from '../model/taxonomy.ts';

/** Question and filler words of search queries that the library lists do not hold. */
const QUESTION_WORDS: Record<Locale, readonly string[]> = {
  nl: ['waar', 'waarom', 'wanneer', 'welk', 'welke', 'hoeveel', 'word', 'wordt', 'bent', 'doe', 'doet', 'kun', 'kunt', 'mag', 'moeten', 'gaat', 'ga', 'krijg', 'iets', 'jullie', 'onze', 'mijzelf', 'graag', 'even', 'hulp', 'help'],
  en: ['when', 'why', 'whom', 'whose', 'does', 'someone', 'somebody', 'anyone', "i'm", "i've", 'im', 'ive', 'need', 'help', 'please', 'happens', 'happened'],
};

const LIBRARY_LISTS: Record<Locale, readonly string[]> = { nl: nld, en: eng };

/**
 * The stop words of a language, minus the words that are real search topics
 * here (a synonym key, a single-word keyword of a page): those stay in the query.
 */
export function stopWordsFor(lang: Locale, topics: Iterable<string> = []): string[] {
  const keep = new Set([...topics].map((word) => word.toLowerCase()));
  return [...new Set([...LIBRARY_LISTS[lang], ...QUESTION_WORDS[lang]])].filter((word) => word.length > 0 && !keep.has(word)).sort();
}
