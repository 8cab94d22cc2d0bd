/** Helpers shared by the end-to-end specs: the list of pages comes from the built sitemap, never from a hand-kept list. */
import type { APIRequestContext, Page } from '@playwright/test';

/** Paths of every page in the sitemap (sitemap-index → sitemap-N.xml). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
  }
  return paths;
}

/** Records every request the page makes to another origin. */
export function trackForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

/** Runs a search on /zoeken/ and returns the result paths in ranked order. */
export async function searchFor(page: Page, query: string, searchPage = '/zoeken/'): Promise<string[]> {
  await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status');
  await status.filter({ hasText: /resulta(at|ten)|results?\b/ }).waitFor();
  return page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}
