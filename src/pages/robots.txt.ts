import type { APIRoute } from 'astro';
import { edition } from '../lib/build/current-edition.ts';
import { absoluteUrl, searchPagePath, withBase } from '../lib/model/index.ts';

/** Search result pages and the CMS are not for crawlers; everything else is, via the sitemap. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const disallowed = [...edition.locales.map(searchPagePath), '/admin/'].map((path) => `Disallow: ${withBase(path, base)}`);
  const body = `User-agent: *\n${disallowed.join('\n')}\n\nSitemap: ${absoluteUrl(withBase('/sitemap-index.xml', base), edition.siteUrl)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
