/** Helpers shared by the end-to-end specs: the list of pages comes from the built sitemap, never from a hand-kept list. */
import { test, type APIRequestContext, type Page } from '@playwright/test';
import { LANGUAGES, languageOf, type Language } from '../../../src/lib/model/languages.ts';
import type { ExportedCollection, ExportItem } from '../../../src/lib/outputs/api-export.ts';

/**
 * Site paths and served paths. Specs speak in site paths (`/themas/`, DESIGN.md §3); an edition is served
 * under its base path (`/`, or `/kennisbank/<id>/` when the tests run against the build the deploy
 * publishes: project metadata `base` in playwright.config.ts). sitePath() gives the address to open
 * or to expect in an `href`; siteRelative() turns an address found on a page back into a site path.
 */
function siteBase(): string {
  return String(test.info().project.metadata.base ?? '/');
}

export function sitePath(path: string): string {
  return `${siteBase()}${path.replace(/^\//, '')}`;
}

/** `/kennisbank/landelijk/themas/` → `/themas/`; an address outside the edition stays as it is (and fails the comparison). */
export function siteRelative(pathname: string): string {
  const base = siteBase();
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** The site paths the links matched by `selector` point at. */
export async function linkPaths(page: Page, selector: string): Promise<string[]> {
  const paths = await page.locator(selector).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return paths.map(siteRelative);
}

/** The items of the built JSON export (/api/<collection>.json), each with its site path: which pages are stappenplannen, in which language, for which sector. */
export async function exportedItems(request: APIRequestContext, collection: ExportedCollection): Promise<(ExportItem & { path: string })[]> {
  const { items } = (await (await request.get(sitePath(`/api/${collection}.json`))).json()) as { items: ExportItem[] };
  return items.map((item) => ({ ...item, path: siteRelative(new URL(item.url).pathname) }));
}

/** Site paths of every page in the sitemap (sitemap-index → sitemap-N.xml). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get(sitePath('/sitemap-index.xml'))).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => siteRelative(new URL(match[1]!).pathname)));
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

/** Runs a search on /zoeken/ and returns the result site paths in ranked order. */
export async function searchFor(page: Page, query: string, searchPage = '/zoeken/'): Promise<string[]> {
  await page.goto(sitePath(`${searchPage}?q=${encodeURIComponent(query)}`));
  const status = page.getByRole('status');
  await status.filter({ hasText: /resulta(at|ten)|results?\b/ }).waitFor();
  return linkPaths(page, '[data-search-results] h2 a');
}

/**
 * Records every Content-Security-Policy violation the page reports
 * (`securitypolicyviolation` events, listened to before any page script runs).
 */
export async function trackCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('__reportCspViolation', ({ page: source }, text: string) => void violations.push(`${new URL(source.url()).pathname}: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample}`.trim());
    });
  });
  return violations;
}

/** The directives of the page's CSP `<meta>`, by name (empty when the page has none). */
export async function cspOf(page: Page): Promise<Map<string, string[]>> {
  return parseCsp(await page.locator(CSP_META).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('content') ?? '')));
}

export const CSP_META = 'meta[http-equiv="content-security-policy" i]';

/** The directives of CSP `<meta>` contents, by name. */
export function parseCsp(metas: string[]): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of metas.join(';').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The language of a site path: its `/xx/` prefix, else Dutch. */
export function languageOfPath(path: string): Language {
  return LANGUAGES.find((language) => language.code !== 'nl' && path.startsWith(`/${language.code}/`)) ?? languageOf('nl');
}

/** The sitemap's paths and the edition's languages: those whose home page is in the sitemap (`others`: all but Dutch). */
export async function editionLanguages(request: APIRequestContext) {
  const paths = await sitemapPaths(request);
  const languages = LANGUAGES.filter((language) => paths.includes(language.code === 'nl' ? '/' : `/${language.code}/`));
  return { paths, languages, others: languages.filter((language) => language.code !== 'nl') };
}
