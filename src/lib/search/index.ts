/**
 * Search: everything between a visitor's words and Pagefind. Owns the search contract (filters,
 * meta names, weights, query state), query words (stop words, synonyms, best bets), the index vocabulary
 * for corrections and the search aids file. May import model and messages; the browser script imports
 * single modules of it, not this index.
 *
 * This index names what the concern offers the rest of src/; inside the folder modules import each
 * other directly. Command-line scripts and unit tests may import a single module.
 */
export { FILTER_SECTOR, FILTER_THEME, FILTER_TYPE, META_KEYWORDS, META_SUMMARY, keywordLine } from './search.ts';
export { SEARCH_AIDS_FILE, buildSearchAids } from './search-aids.ts';
export type { AidsEntry } from './search-aids.ts';
export { loadSynonyms, synonymSources, wordsOf } from './synonyms.ts';
