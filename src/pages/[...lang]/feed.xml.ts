/**
 * One Atom feed per language of the edition (/feed.xml Dutch, /en/feed.xml English, …): a reader of a
 * feed gets entries in the feed's language only, and each page links the feed of its own language (Seo.astro).
 */
import type { APIRoute } from 'astro';
import { loadContent, slugOf, type RoutedEntry } from '../../lib/site/content.ts';
import { lastModified, renderAtom } from '../../lib/outputs/index.ts';
import { edition, localeStaticPaths } from '../../lib/build/current-edition.ts';
import { absoluteUrl, entryPath, feedPath, homePath, ROUTED_COLLECTIONS, SECTIONS, withBase, type Locale } from '../../lib/model/index.ts';
import { useTranslations } from '../../i18n/index.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Locale }).lang;
  const t = useTranslations(lang);
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => absoluteUrl(withBase(path, base), edition.siteUrl);
  const language = (await loadContent()).byLang[lang];
  const entries = ROUTED_COLLECTIONS.flatMap((collection): RoutedEntry[] => language[collection]).map((entry) => ({
    title: entry.data.title,
    url: url(entryPath(entry.collection, slugOf(entry), lang)),
    summary: entry.data.summary,
    // A page counts as changed when its text changed or it was re-checked, whichever is later.
    updated: new Date(Math.max(entry.data.reviewed.getTime(), lastModified(entry.data.sourceFile || entry.filePath || '').getTime())),
    category: SECTIONS[entry.collection].searchType,
  }));
  const xml = renderAtom({
    title: edition.name,
    subtitle: t('site.tagline'),
    selfUrl: url(feedPath(lang)),
    siteUrl: url(homePath(lang)),
    lang,
    author: edition.publisher,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
