import type { APIRoute } from 'astro';
import { loadContent, type Sector } from '../../../lib/site/content.ts';
import { edition } from '../../../lib/build/current-edition.ts';
import { renderWarningFeed } from '../../../lib/outputs/index.ts';
import { absoluteUrl, entryPath, sectorFeedPath, withBase } from '../../../lib/model/index.ts';
import { useTranslations } from '../../../i18n/index.ts';

/** /sectoren/<slug>/feed.xml: the current warnings for one sector (those naming it and those for every sector). */
export async function getStaticPaths() {
  const { sectors } = await loadContent();
  return sectors.map((sector) => ({ params: { slug: sector.id }, props: { sector } }));
}

export const GET: APIRoute<{ sector: Sector }> = async ({ props }) => {
  const t = useTranslations('nl');
  const content = await loadContent();
  const { sector } = props;
  const xml = renderWarningFeed({
    title: `${t('warnings.feed.sector', { name: sector.data.title })} · ${edition.name}`,
    subtitle: t('warnings.feed.subtitle'),
    selfPath: sectorFeedPath(sector.id),
    pagePath: entryPath('sectors', sector.id),
    warnings: content.warningsForSector(sector.id),
    url: (path) => absoluteUrl(withBase(path, import.meta.env.BASE_URL), edition.siteUrl),
    author: edition.publisher,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
