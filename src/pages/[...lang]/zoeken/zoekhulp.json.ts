/** The search page's aids per language (stop words, synonyms, best bets); the build adds the index vocabulary. */
import type { APIRoute } from 'astro';
import { loadContent, slugOf, type RoutedEntry } from '../../../lib/site/content.ts';
import { edition, localeStaticPaths } from '../../../lib/build/current-edition.ts';
import { editionPaths } from '../../../lib/editions/index.ts';
import { entryPath, SECTIONS, withBase, type Locale } from '../../../lib/model/index.ts';
import { buildSearchAids, loadSynonyms, synonymSources, type AidsEntry } from '../../../lib/search/index.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Locale }).lang;
  const content = await loadContent();
  const paths = editionPaths();
  const synonyms = loadSynonyms(synonymSources(paths.root, paths.contentDir, edition.isNational ? undefined : edition.id)).byLang[lang];
  const language = content.byLang[lang];
  const entries = [...language.themes, ...language.concepts, ...language.toolkits, ...language.pages].map((entry: RoutedEntry): AidsEntry => ({
    url: withBase(entryPath(entry.collection, slugOf(entry), lang), import.meta.env.BASE_URL),
    title: entry.data.title,
    type: SECTIONS[entry.collection].searchType,
    keywords: entry.data.keywords,
    situations: 'situations' in entry.data ? entry.data.situations : [],
  }));
  return new Response(JSON.stringify(buildSearchAids(lang, entries, synonyms)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
