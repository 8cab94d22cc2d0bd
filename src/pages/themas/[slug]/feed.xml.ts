import type { APIRoute } from 'astro';
import { loadContent, type Theme } from '../../../lib/site/content.ts';
import { edition } from '../../../lib/build/current-edition.ts';
import { renderWarningFeed } from '../../../lib/outputs/index.ts';
import { absoluteUrl, entryPath, themeFeedPath, withBase } from '../../../lib/model/index.ts';
import { useTranslations } from '../../../i18n/index.ts';

/** /themas/<slug>/feed.xml: the current warnings on one theme. */
export async function getStaticPaths() {
  const { themes } = await loadContent();
  return themes.map((theme) => ({ params: { slug: theme.id }, props: { theme } }));
}

export const GET: APIRoute<{ theme: Theme }> = async ({ props }) => {
  const t = useTranslations('nl');
  const content = await loadContent();
  const { theme } = props;
  const xml = renderWarningFeed({
    title: `${t('warnings.feed.theme', { name: theme.data.title })} · ${edition.name}`,
    subtitle: t('warnings.feed.subtitle'),
    selfPath: themeFeedPath(theme.id),
    pagePath: entryPath('themes', theme.id),
    warnings: content.warningsForTheme(theme.id),
    url: (path) => absoluteUrl(withBase(path, import.meta.env.BASE_URL), edition.siteUrl),
    author: edition.publisher,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
