/**
 * Every page in the sitemap, in every language, in one sweep: answers 200, has
 * the right `lang` and `dir`, one h1, a canonical URL, zero axe violations
 * (WCAG 2.2 AA), requests nothing from another origin, runs under a strict
 * Content-Security-Policy without a single violation, does not scroll sideways
 * at 320 px (WCAG 1.4.10), shows no phone number that does not dial, lays phone
 * numbers out left to right (Arabic too), and every internal link, image and
 * in-page anchor on it resolves. One visit per page does all of it: visiting
 * the pages again per check was most of the suite's time (issue 19).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type TestInfo } from '@playwright/test';
import { findPhoneNumbers } from '../../src/lib/contact/phone-numbers.ts';
import { axeViolations } from './support/axe.ts';
import { CSP_META, editionLanguages, languageOfPath, parseCsp, sitemapPaths, sitePath, siteRelative, trackCspViolations, trackForeignRequests } from './support/site.ts';

const DESKTOP = { width: 1280, height: 720 };
const NARROWEST = { width: 320, height: 640 };

test('the sitemap lists every kind of page', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const prefix of ['/themas/', '/concepten/', '/toolkits/', '/over/']) {
    expect(paths.filter((path) => path.startsWith(prefix)).length, prefix).toBeGreaterThan(1);
  }
  expect(paths).toContain('/');
  expect(paths).not.toContain('/zoeken/');
});

/**
 * The sweep over every page, in shards so that both workers share it. Per page, at desktop width: the
 * status, `lang` and `dir`, one h1, the main landmark, the canonical URL, a strict CSP, no CSP violation,
 * no request to another origin, every in-page anchor, every phone number in the text a tel: link laid
 * out left to right, and (once per shard) every internal link target; zero axe violations, except on a
 * regional page whose main content is byte for byte the national edition's (tested there, see
 * sharedWithNational()) — every kind of page is still checked with axe once per edition, so its own
 * header, footer and colours are. Then the same page at 320 px: no sideways scroll.
 */
const SHARDS = 3;
test.describe('the sweep', () => {
  // No offline worker answers here (playwright.config.ts blocks it outside offline.spec.ts): each page
  // comes from the server, as on a first visit.
  for (let shard = 0; shard < SHARDS; shard++) {
    test(`every page is reachable, accessible, self-contained and fits 320 px, its links resolve and its numbers dial (${shard + 1}/${SHARDS})`, async ({ page, request, baseURL }, testInfo) => {
      test.setTimeout(8 * 60_000);
      const origin = new URL(baseURL!).origin;
      // Search and the 404 page are no sitemap pages; they exist in every language of the edition all the same.
      const { paths: sitemap, languages } = await editionLanguages(request);
      const expectedStatus = new Map<string, number>([
        ['/bestaat-niet/', 404],
        ...languages.map((language): [string, number] => [`${language.code === 'nl' ? '' : `/${language.code}`}/zoeken/`, 200]),
        ...languages.filter((language) => language.code !== 'nl').map((language): [string, number] => [`/${language.code}/404/`, 200]),
      ]);
      const paths = [...sitemap, ...expectedStatus.keys()];
      const shared = sharedWithNational(testInfo);
      const representatives = templateRepresentatives(paths, shared);
      const mine = paths.filter((_, index) => index % SHARDS === shard);
      const foreign = trackForeignRequests(page, origin);
      const violations = await trackCspViolations(page);
      const failures: string[] = [];
      const targets = new Map<string, string>(); // internal target URL → first page linking to it
      let axeRuns = 0;
      let telLinks = 0;
      for (const path of mine) {
        await page.setViewportSize(DESKTOP);
        const response = await page.goto(sitePath(path));
        if (response?.status() !== (expectedStatus.get(path) ?? 200)) {
          failures.push(`${path}: HTTP ${response?.status()}`);
          continue;
        }
        const language = languageOfPath(path);
        const found = await page.evaluate((cspMeta) => {
          // Text people see in the main content: hidden search metadata (keywords) is not read or tapped.
          const texts: string[] = [];
          const main = document.querySelector('main');
          const walker = document.createTreeWalker(main ?? document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (parent && !parent.closest('a[href^="tel:"], script, style') && parent.checkVisibility()) texts.push(node.textContent ?? '');
          }
          const tel = [...document.querySelectorAll('a[href^="tel:"]')];
          return {
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            headings: document.querySelectorAll('h1').length,
            mains: document.querySelectorAll('main#hoofdinhoud').length,
            canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '',
            csp: [...document.querySelectorAll(cspMeta)].map((meta) => meta.getAttribute('content') ?? ''),
            texts,
            telInMain: main?.querySelectorAll('a[href^="tel:"]').length ?? 0,
            telNotLeftToRight: tel.filter((link) => getComputedStyle(link).direction !== 'ltr').map((link) => link.textContent ?? ''),
            urls: [
              ...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
              ...[...document.querySelectorAll('img[src]')].map((img) => (img as HTMLImageElement).src),
              ...[...document.querySelectorAll('link[href]')].map((link) => (link as HTMLLinkElement).href),
            ],
            missingAnchors: [...document.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))).filter((id) => id && !document.getElementById(id)),
          };
        }, CSP_META);
        if (found.lang !== language.code || found.dir !== language.dir) failures.push(`${path}: <html lang="${found.lang}" dir="${found.dir}">, expected lang="${language.code}" dir="${language.dir}"`);
        // Read in the one evaluate above: a round trip per check, per page, adds up over the sweep.
        if (found.headings !== 1) failures.push(`${path}: ${found.headings} h1-koppen, verwacht 1`);
        if (found.mains !== 1) failures.push(`${path}: ${found.mains} keer main#hoofdinhoud, verwacht 1`);
        if (!expectedStatus.has(path) && !found.canonical.endsWith(path)) failures.push(`${path}: canonical ${found.canonical || 'ontbreekt'}`);
        failures.push(...strictPolicyProblems(path, parseCsp(found.csp)));
        failures.push(...found.missingAnchors.map((id) => `${path}: anker #${id} bestaat niet`));
        for (const text of found.texts) for (const number of findPhoneNumbers(text)) failures.push(`${path}: telefoonnummer ${number.text} is geen tel:-link`);
        if (found.telNotLeftToRight.length) failures.push(`${path}: phone numbers not laid out left to right: ${found.telNotLeftToRight.join(', ')}`);
        telLinks += found.telInMain;
        const here = new URL(page.url());
        for (const url of found.urls) {
          const target = new URL(url);
          target.hash = '';
          // The 404 page's own address (its canonical link) answers 404 by design.
          if (target.origin !== origin || target.pathname === here.pathname) continue;
          if (!targets.has(target.href)) targets.set(target.href, path);
        }
        if (!shared.has(path) || representatives.has(path)) {
          axeRuns++;
          failures.push(...(await axeViolations(page, path)));
        }
        await page.setViewportSize(NARROWEST);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures.push(`${path}: ${overflow} px sideways scroll at 320 px`);
      }
      for (const [url, from] of targets) {
        const response = await request.get(url, { maxRedirects: 0 });
        if (response.status() !== 200) failures.push(`${from} → ${siteRelative(new URL(url).pathname)}: HTTP ${response.status()}`);
      }
      testInfo.annotations.push({ type: 'axe', description: `${axeRuns} of ${mine.length} pages checked with axe; ${shared.size} pages of this edition share the national main content` });
      expect(mine.length).toBeGreaterThan(10);
      expect(targets.size).toBeGreaterThan(20);
      expect(telLinks, 'the content has tel: links at all').toBeGreaterThan(5);
      expect(failures, failures.join('\n')).toEqual([]);
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    });
  }
});

/**
 * One page of every kind (the path with its slugs as `*`: `/themas/*\/`, `/en/over/*\/`, `/`) that axe
 * would otherwise not check in this edition: the first of its kind, for a kind whose every page shares
 * the national main content. A kind with a page of its own is checked on that page already.
 */
function templateRepresentatives(paths: string[], shared: ReadonlySet<string>): Set<string> {
  const kindOf = (path: string) => {
    const segments = path.split('/').filter(Boolean);
    const lang = /^[a-z]{2}$/.test(segments[0] ?? '') ? segments.shift()! : '';
    return [lang, ...segments.map((segment, index) => (index === 0 ? segment : '*'))].join('/');
  };
  const checked = new Set(paths.filter((path) => !shared.has(path)).map(kindOf));
  const byKind = new Map<string, string>();
  for (const path of paths) {
    const kind = kindOf(path);
    if (!checked.has(kind) && !byKind.has(kind)) byKind.set(kind, path);
  }
  return new Set(byKind.values());
}

/**
 * Site paths of this (regional) edition whose `<main>` is the national edition's, apart from what names
 * the edition (its name and address in the print header, its edit link) and its base path: the same
 * HTML that the national project's sweep checks with axe. Empty for the national edition, and when the
 * national edition is not part of this run.
 */
function sharedWithNational(testInfo: TestInfo): Set<string> {
  const own = testInfo.project.metadata as { edition: string; outDir: string; base: string };
  const national = testInfo.config.projects.find((project) => project.name === 'landelijk')?.metadata as typeof own | undefined;
  if (!national || own.edition === 'landelijk') return new Set();
  const mainOf = (outDir: string, base: string, file: string): string | undefined => {
    const path = join(outDir, file);
    if (!existsSync(path)) return undefined;
    const html = readFileSync(path, 'utf8');
    const main = /<main[\s\S]*<\/main>/.exec(html)?.[0];
    return main
      ?.replace(/<p class="print-only print-head"[^>]*>[\s\S]*?<\/p>/, '')
      .replace(/href="https?:[^"]*"/g, 'href=""')
      .split(`"${base}`).join('"/');
  };
  const shared = new Set<string>();
  for (const entry of readdirSync(own.outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = relative(own.outDir, join(entry.parentPath, entry.name));
    const ours = mainOf(own.outDir, own.base, file);
    if (ours !== undefined && ours === mainOf(national.outDir, national.base, file)) shared.add(`/${file.replace(/index\.html$/, '')}`);
  }
  return shared;
}

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
  const isSearch = /^\/([a-z]{2}\/)?zoeken\/$/.test(path);
  if (scripts.includes("'wasm-unsafe-eval'") !== isSearch) problems.push(`${path}: 'wasm-unsafe-eval' ${isSearch ? 'missing on the search page' : 'on a page without search'}`);
  return problems;
}

test('the accessibility check of the sweep finds a violation where there is one', async ({ page }) => {
  await page.goto(sitePath('/themas/overvallen/'));
  expect(await axeViolations(page)).toEqual([]);
  // An image without a text alternative and a link without a name: what a careless edit could add.
  await page.locator('main').evaluate((main) => main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><a href="/"></a>'));
  const found = (await axeViolations(page)).join('\n');
  expect(found).toContain('image-alt');
  expect(found).toContain('link-name');
});

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
