import type { APIRoute } from 'astro';
import { loadContent, slugOf, type Concept, type SiteContent, type Theme, type Toolkit } from '../../lib/site/content.ts';
import { edition } from '../../lib/build/current-edition.ts';
import { buildExport, EXPORTED_COLLECTIONS, type ExportedCollection, type ExportItem } from '../../lib/outputs/index.ts';
import { absoluteUrl, entryPath, isoDay, SECTIONS, warningPath, withBase } from '../../lib/model/index.ts';

export function getStaticPaths() {
  return EXPORTED_COLLECTIONS.map((collection) => ({ params: { collection } }));
}

const url = (path: string) => absoluteUrl(withBase(path, import.meta.env.BASE_URL), edition.siteUrl);

/** Current warnings only (Dutch): a partner's site shows what holds today, and the next build drops what expired. */
function warningItems(content: SiteContent): ExportItem[] {
  return content.warnings.current.map((warning) => ({
    id: warning.id,
    type: 'actueel',
    title: warning.data.title,
    summary: warning.data.summary,
    url: url(warningPath(warning.id)),
    lang: warning.data.lang,
    themes: warning.data.themes.map(({ id }) => id),
    sectors: warning.data.sectors.map(({ id }) => id),
    kind: warning.data.kind,
    published: isoDay(warning.data.published),
    expires: isoDay(warning.data.expires),
    reviewed: isoDay(warning.data.reviewed),
    provenance: warning.data.provenance,
  }));
}

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as ExportedCollection;
  const content = await loadContent();
  if (collection === 'warnings') {
    return new Response(JSON.stringify(buildExport(edition.id, warningItems(content)), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  }
  const entries = Object.values(content.byLang).flatMap((language): (Theme | Concept | Toolkit)[] => language[collection]);
  const items = entries.map((entry): ExportItem => {
    const slug = slugOf(entry);
    const owner = entry.collection === 'concepts' ? content.organisations.get(entry.data.owner.id)! : undefined;
    return {
      id: slug,
      type: SECTIONS[collection].searchType as ExportItem['type'],
      title: entry.data.title,
      summary: entry.data.summary,
      url: url(entryPath(collection, slug, entry.data.lang)),
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
