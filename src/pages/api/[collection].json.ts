import type { APIRoute } from 'astro';
import { loadContent, slugOf, type Concept, type Theme, type Toolkit } from '../../lib/site/content.ts';
import { edition } from '../../lib/build/current-edition.ts';
import { buildExport, EXPORTED_COLLECTIONS, type ExportedCollection, type ExportItem } from '../../lib/outputs/index.ts';
import { absoluteUrl, entryPath, isoDay, SECTIONS, withBase } from '../../lib/model/index.ts';

export function getStaticPaths() {
  return EXPORTED_COLLECTIONS.map((collection) => ({ params: { collection } }));
}

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as ExportedCollection;
  const content = await loadContent();
  const entries = Object.values(content.byLang).flatMap((language): (Theme | Concept | Toolkit)[] => language[collection]);
  const items = entries.map((entry): ExportItem => {
    const slug = slugOf(entry);
    const owner = entry.collection === 'concepts' ? content.organisations.get(entry.data.owner.id)! : undefined;
    return {
      id: slug,
      type: SECTIONS[collection].searchType as ExportItem['type'],
      title: entry.data.title,
      summary: entry.data.summary,
      url: absoluteUrl(withBase(entryPath(collection, slug, entry.data.lang), import.meta.env.BASE_URL), edition.siteUrl),
      lang: entry.data.lang,
      themes: entry.collection === 'themes' ? [slug] : entry.data.themes.map(({ id }) => id),
      sectors: entry.data.sectors.map(({ id }) => id),
      ...(owner ? { owner: { id: owner.id, name: owner.data.title, url: owner.data.url } } : {}),
      ...('kind' in entry.data ? { kind: entry.data.kind } : {}),
      reviewed: isoDay(entry.data.reviewed),
      provenance: entry.data.provenance,
    };
  });
  return new Response(JSON.stringify(buildExport(edition.id, items), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
