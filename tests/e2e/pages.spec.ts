/**
 * Every page in the sitemap: answers 200, has the right language, one h1,
 * a canonical URL, zero axe violations (WCAG 2.2 AA), requests nothing
 * from another origin, and runs under a strict Content-Security-Policy
 * without a single violation.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cspOf, sitemapPaths, sitePath, trackCspViolations, trackForeignRequests } from './support/site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the sitemap lists every kind of page', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const prefix of ['/themas/', '/concepten/', '/toolkits/', '/over/']) {
    expect(paths.filter((path) => path.startsWith(prefix)).length, prefix).toBeGreaterThan(1);
  }
  expect(paths).toContain('/');
  expect(paths).not.toContain('/zoeken/');
});

test('every page is reachable, accessible and self-contained', async ({ page, request, baseURL }) => {
  test.setTimeout(10 * 60_000);
  const expectedStatus = new Map<string, number>([['/zoeken/', 200], ['/bestaat-niet/', 404]]);
  const paths = [...(await sitemapPaths(request)), ...expectedStatus.keys()];
  const foreign = trackForeignRequests(page, new URL(baseURL!).origin);
  const violations = await trackCspViolations(page);
  const failures: string[] = [];
  for (const path of paths) {
    const response = await page.goto(sitePath(path));
    if (response?.status() !== (expectedStatus.get(path) ?? 200)) {
      failures.push(`${path}: HTTP ${response?.status()}`);
      continue;
    }
    await expect(page.locator('html'), path).toHaveAttribute('lang', path.startsWith('/en/') ? 'en' : 'nl');
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.locator('main#hoofdinhoud'), path).toHaveCount(1);
    if (!expectedStatus.has(path)) {
      await expect(page.locator('link[rel=canonical]'), path).toHaveAttribute('href', new RegExp(`${path.replace(/\//g, '\\/')}$`));
    }
    failures.push(...strictPolicyProblems(path, await cspOf(page)));
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    for (const violation of results.violations) {
      failures.push(`${path}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
  expect(foreign, 'requests to another origin').toEqual([]);
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
});

/** What every page's policy must say; only the search page may run WebAssembly (Pagefind). */
function strictPolicyProblems(path: string, csp: Map<string, string[]>): string[] {
  const problems: string[] = [];
  const need = (directive: string, sources: string[]) => {
    const actual = csp.get(directive);
    if (!actual || sources.some((source) => !actual.includes(source)) || actual.length < sources.length) problems.push(`${path}: CSP ${directive} is ${actual?.join(' ') ?? 'missing'}, expected ${sources.join(' ')}`);
  };
  need('default-src', ["'self'"]);
  need('object-src', ["'none'"]);
  need('base-uri', ["'self'"]);
  need('form-action', ["'self'"]);
  const scripts = csp.get('script-src') ?? [];
  const styles = csp.get('style-src') ?? [];
  if (!scripts.includes("'self'")) problems.push(`${path}: CSP script-src missing`);
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'https:', 'http:']) {
    if (scripts.includes(unsafe)) problems.push(`${path}: CSP script-src allows ${unsafe}`);
    if (styles.includes(unsafe)) problems.push(`${path}: CSP style-src allows ${unsafe}`);
  }
  const isSearch = /^\/(en\/)?zoeken\/$/.test(path);
  if (scripts.includes("'wasm-unsafe-eval'") !== isSearch) problems.push(`${path}: 'wasm-unsafe-eval' ${isSearch ? 'missing on the search page' : 'on a page without search'}`);
  return problems;
}

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto(sitePath('/bestaat-niet/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page.getByRole('search')).toBeVisible();
});

test('content pages ship only the page script (offline worker, opening hints; ≤ 1 KiB gzip); a toolkit page one more small script', async ({ page, request }) => {
  /** The script files a page loads (its module scripts and what they import), gzip bytes by address; the worker itself is not the page's. */
  const scriptsOf = async (path: string) => {
    const loaded = new Set<string>();
    const record = (request: { resourceType(): string; url(): string }) => {
      if (request.resourceType() === 'script' && !/\/(sw|workbox-[\w-]+)\.js$/.test(request.url())) loaded.add(request.url());
    };
    page.on('request', record);
    await page.goto(sitePath(path));
    await page.waitForLoadState('load');
    page.off('request', record);
    const elements = await page.locator('script').evaluateAll((scripts) => scripts.map((script) => ({ src: script.getAttribute('src'), inline: script.textContent?.trim() ?? '' })));
    for (const element of elements) expect(element.inline, `${path}: no inline script`).toBe('');
    const sizes = new Map<string, number>();
    for (const url of loaded) sizes.set(url, gzipSync(await (await request.get(url)).body()).length);
    return { elements, sizes };
  };
  const total = (sizes: Map<string, number>, skip: ReadonlySet<string> = new Set()) => [...sizes].filter(([url]) => !skip.has(url)).reduce((sum, [, bytes]) => sum + bytes, 0);
  let pageScript: Set<string> | undefined;
  for (const path of ['/', '/themas/overvallen/', '/concepten/', '/over/melden/']) {
    const { elements, sizes } = await scriptsOf(path);
    expect(elements.length, path).toBe(1);
    pageScript ??= new Set(sizes.keys());
    expect(new Set(sizes.keys()), `${path}: the same page script everywhere`).toEqual(pageScript);
    expect(total(sizes), `${path}: page script size (gzip)`).toBeLessThanOrEqual(1024);
  }
  // Ticks on checklists and stappenplannen, the print button: one more module file, at most 2 KiB gzip.
  for (const path of ['/toolkits/checklist-overvalpreventie/', '/toolkits/stappenplan-na-een-overval/']) {
    const { elements, sizes } = await scriptsOf(path);
    expect(elements.length, path).toBe(2);
    expect(total(sizes, pageScript), `${path}: toolkit script size (gzip)`).toBeGreaterThan(0);
    expect(total(sizes, pageScript), `${path}: toolkit script size (gzip)`).toBeLessThanOrEqual(2048);
  }
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto(sitePath('/themas/overvallen/'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#hoofdinhoud')).toBeFocused();
});

test('a long guide opens with “Op deze pagina”, whose links lead to its sections', async ({ page }) => {
  await page.goto(sitePath('/themas/overvallen/'));
  const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`h2${href}`)).toHaveCount(1);
  }
});
