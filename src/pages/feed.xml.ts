import type { APIRoute } from 'astro';
import { allRoutedEntries, slugOf } from '../lib/site/content.ts';
import { lastModified, renderAtom } from '../lib/outputs/index.ts';
import { edition } from '../lib/build/current-edition.ts';
import { absoluteUrl, entryPath, FEED_PATH, SECTIONS, withBase } from '../lib/model/index.ts';
import { useTranslations } from '../i18n/index.ts';

export const GET: APIRoute = async () => {
  const t = useTranslations();
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => absoluteUrl(withBase(path, base), edition.siteUrl);
  const entries = (await allRoutedEntries()).map((entry) => ({
    title: entry.data.title,
    url: url(entryPath(entry.collection, slugOf(entry), entry.data.lang)),
    summary: entry.data.summary,
    // A page counts as changed when its text changed or it was re-checked, whichever is later.
    updated: new Date(Math.max(entry.data.reviewed.getTime(), lastModified(entry.data.sourceFile || entry.filePath || '').getTime())),
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
