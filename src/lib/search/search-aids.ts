/**
 * The data the search page loads next to Pagefind, one file per language
 * (`/zoeken/zoekhulp.json`): the trimmed stop-word list, the synonyms, the best
 * bets (pages with declared situations) and, added after indexing, the
 * vocabulary of the index for spelling corrections.
 */
import type { BestBet, SynonymMap } from './search-words.ts';
import { tokenize } from './search-words.ts';
import { stopWordsFor } from './stop-words.ts';
import type { Locale } from '../model/taxonomy.ts';
import type { EncodedVocabulary } from './vocabulary.ts';

export const SEARCH_AIDS_FILE = 'zoekhulp.json';

export interface SearchAids {
  /** Stop words, space-separated. */
  stop: string;
  synonyms: SynonymMap;
  /** `id`: the page's Pagefind id, added after indexing. */
  bets: (BestBet & { id?: string | undefined })[];
  /** Added by the build after Pagefind indexed the site. */
  vocabulary?: EncodedVocabulary;
}

export interface AidsEntry {
  url: string;
  title: string;
  type: string;
  keywords: readonly string[];
  situations: readonly string[];
}

/** Builds a language's search aids from its pages and synonyms. */
export function buildSearchAids(lang: Locale, entries: readonly AidsEntry[], synonyms: SynonymMap): SearchAids {
  // Words that are topics here stay in a query even if a general stop-word list holds them.
  const topics = [...Object.keys(synonyms), ...entries.flatMap((entry) => entry.keywords)].flatMap((phrase) => {
    const words = tokenize(phrase);
    return words.length === 1 ? words : [];
  });
  return {
    stop: stopWordsFor(lang, topics).join(' '),
    synonyms,
    bets: entries
      .filter((entry) => entry.situations.length)
      .map(({ url, title, type, situations }) => ({ url, title, type, situations })),
  };
}
