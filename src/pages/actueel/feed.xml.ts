import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/site/content.ts';
import { edition } from '../../lib/build/current-edition.ts';
import { renderWarningFeed } from '../../lib/outputs/index.ts';
import { absoluteUrl, WARNINGS_FEED_PATH, WARNINGS_PATH, withBase } from '../../lib/model/index.ts';
import { useTranslations } from '../../i18n/index.ts';

/** /actueel/feed.xml: every current warning of the edition (national and regional). */
export const GET: APIRoute = async () => {
  const t = useTranslations('nl');
  const { warnings } = await loadContent();
  const xml = renderWarningFeed({
    title: `${t('warnings.feed.title')} · ${edition.name}`,
    subtitle: t('warnings.feed.subtitle'),
    selfPath: WARNINGS_FEED_PATH,
    pagePath: WARNINGS_PATH,
    warnings: warnings.current,
    url: (path) => absoluteUrl(withBase(path, import.meta.env.BASE_URL), edition.siteUrl),
    author: edition.publisher,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
