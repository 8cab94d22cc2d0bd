import type { APIRoute } from 'astro';
import { absoluteUrl, SEARCH_PATH, withBase } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const body = `User-agent: *\nDisallow: ${withBase(SEARCH_PATH, base)}\n\nSitemap: ${absoluteUrl(withBase('/sitemap-index.xml', base), site!)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
