/**
 * After Pagefind indexed the site: counts the words of every indexed page
 * (Pagefind's own fragments, so exactly the text it indexed) per language and
 * adds the most frequent ones to that language's search aids file, for the
 * search page's spelling corrections.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { searchPagePath } from '../../../src/lib/model/routes.ts';
import { SEARCH_AIDS_FILE, type SearchAids } from '../../../src/lib/search/search-aids.ts';
import { LOCALES, type Locale } from '../../../src/lib/model/taxonomy.ts';
import { countWords, encodeVocabulary } from '../../../src/lib/search/vocabulary.ts';

/** Words kept per language: enough for the words people search, small enough for the 8 KiB budget (see npm run bench). */
export const VOCABULARY_LIMIT = 250;
/** A word in a title or the keywords counts as this many words of body text: those are the words people search for. */
const TOPIC_WEIGHT = 8;

const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** The pages of a fragment file by their Pagefind id: one page, or (in larger sites) a group of pages. */
function readFragments(file: string, name: string): [string, Fragment][] {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const json = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as Fragment | Record<string, Fragment>;
  return 'content' in json && typeof json.content === 'string' ? [[name.replace(/\.pf_fragment$/, ''), json as Fragment]] : Object.entries(json as Record<string, Fragment>);
}

export interface VocabularyFigures {
  lang: Locale;
  words: number;
  bytes: number;
  gzipBytes: number;
}

export function writeVocabularies(siteDir: string): VocabularyFigures[] {
  const fragmentDir = join(siteDir, 'pagefind', 'fragment');
  const files = existsSync(fragmentDir) ? readdirSync(fragmentDir) : [];
  const figures: VocabularyFigures[] = [];
  for (const lang of LOCALES) {
    const aidsFile = join(siteDir, searchPagePath(lang), SEARCH_AIDS_FILE);
    if (!existsSync(aidsFile)) continue;
    const aids = JSON.parse(readFileSync(aidsFile, 'utf8')) as SearchAids;
    const stopWords = new Set(aids.stop.split(' '));
    const counts = new Map<string, number>();
    const idByUrl = new Map<string, string>();
    for (const name of files.filter((file) => file.startsWith(`${lang}_`))) {
      for (const [id, fragment] of readFragments(join(fragmentDir, name), name)) {
        countWords(`${fragment.content} ${fragment.meta.summary ?? ''}`, counts, stopWords);
        countWords(`${fragment.meta.title ?? ''} ${fragment.meta.trefwoorden ?? ''}`, counts, stopWords, TOPIC_WEIGHT);
        idByUrl.set(fragment.url, id);
      }
    }
    const vocabulary = encodeVocabulary(counts, VOCABULARY_LIMIT);
    const encoded = JSON.stringify(vocabulary);
    // Best bets carry the page's Pagefind id, so the search page shows each page once.
    const bets = aids.bets.map((bet) => ({ ...bet, id: [...idByUrl].find(([url]) => bet.url.endsWith(url))?.[1] }));
    writeFileSync(aidsFile, JSON.stringify({ ...aids, bets, vocabulary }));
    figures.push({ lang, words: Math.min(counts.size, VOCABULARY_LIMIT), bytes: encoded.length, gzipBytes: gzipSync(encoded, { level: 9 }).byteLength });
  }
  return figures;
}
