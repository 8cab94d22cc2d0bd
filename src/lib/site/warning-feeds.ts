/**
 * The Atom feeds of current warnings as routes: the edition's (/actueel/feed.xml), one per sector and
 * one per theme. The three pages under src/pages differ only in their scope; title, addresses and
 * selection follow from it here.
 */
import { edition } from '../build/current-edition.ts';
import { renderWarningFeed } from '../outputs/index.ts';
import { absoluteUrl, entryPath, sectorFeedPath, themeFeedPath, WARNINGS_FEED_PATH, WARNINGS_PATH, withBase } from '../model/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import { loadContent } from './content.ts';

/** Which warnings a feed holds: all current ones, or those for one sector or theme. */
export type FeedScope = { collection: 'edition' } | { collection: 'sectors' | 'themes'; id: string; title: string };

/** getStaticPaths of a per-sector or per-theme feed: one feed per entry. */
export async function topicFeedPaths(collection: 'sectors' | 'themes') {
  const content = await loadContent();
  return content[collection].map((entry) => ({ params: { slug: entry.id }, props: { id: entry.id, title: entry.data.title } }));
}

export async function warningFeedResponse(scope: FeedScope): Promise<Response> {
  const t = useTranslations('nl');
  const content = await loadContent();
  const feed =
    scope.collection === 'edition'
      ? { title: t('warnings.feed.title'), selfPath: WARNINGS_FEED_PATH, pagePath: WARNINGS_PATH, warnings: content.warnings.current }
      : scope.collection === 'sectors'
        ? { title: t('warnings.feed.sector', { name: scope.title }), selfPath: sectorFeedPath(scope.id), pagePath: entryPath('sectors', scope.id), warnings: content.warningsForSector(scope.id) }
        : { title: t('warnings.feed.theme', { name: scope.title }), selfPath: themeFeedPath(scope.id), pagePath: entryPath('themes', scope.id), warnings: content.warningsForTheme(scope.id) };
  const xml = renderWarningFeed({
    ...feed,
    title: `${feed.title} · ${edition.name}`,
    subtitle: t('warnings.feed.subtitle'),
    url: (path) => absoluteUrl(withBase(path, import.meta.env.BASE_URL), edition.siteUrl),
    author: edition.publisher,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
