import type { APIRoute } from 'astro';
import { allRoutedEntries } from '../lib/content.ts';
import { edition } from '../lib/current-edition.ts';
import { renderAtom } from '../lib/feed.ts';
import { absoluteUrl, entryPath, FEED_PATH, SECTIONS, withBase } from '../lib/routes.ts';
import { useTranslations } from '../i18n/index.ts';

export const GET: APIRoute = async () => {
  const t = useTranslations();
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => absoluteUrl(withBase(path, base), edition.siteUrl);
  const entries = (await allRoutedEntries()).map((entry) => ({
    title: entry.data.title,
    url: url(entryPath(entry.collection, entry.id)),
    summary: entry.data.summary,
    updated: entry.data.reviewed,
    category: SECTIONS[entry.collection].searchType,
  }));
  const xml = renderAtom({
    title: edition.name,
    subtitle: t('site.tagline'),
    selfUrl: url(FEED_PATH),
    siteUrl: url('/'),
    lang: 'nl',
    author: edition.publisher,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
