/**
 * The languages of the edition, from the language list (src/lib/model/languages.ts):
 * every page of every language other than Dutch answers 200 with the right
 * `lang` and `dir`, reflows at 320 px, lays phone numbers out left to right;
 * the language switch names each language in itself and leads only to pages
 * that exist; translations say what they are worth; links to untranslated
 * pages are marked Dutch. Few tests that loop over the pages: one page per
 * test would be too slow. (Axe and the CSP of every sitemap page: pages.spec.ts.)
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LANGUAGES, LOCALES } from '../../src/lib/model/languages.ts';
import { sitemapPaths, sitePath, siteRelative } from './support/site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const langOf = (path: string) => LOCALES.find((code) => code !== 'nl' && path.startsWith(`/${code}/`)) ?? 'nl';

/** The edition's languages: the ones whose home page is in the sitemap. */
async function editionLanguages(request: APIRequestContext) {
  const paths = await sitemapPaths(request);
  const languages = LANGUAGES.filter((language) => paths.includes(language.code === 'nl' ? '/' : `/${language.code}/`));
  return { paths, languages, others: languages.filter((language) => language.code !== 'nl') };
}

test('every page of every language: 200, lang and dir, no sideways scroll at 320 px, phone numbers left to right', async ({ page, request }) => {
  test.setTimeout(10 * 60_000);
  const { paths, others } = await editionLanguages(request);
  test.skip(others.length === 0, 'this edition publishes Dutch only');
  // Search and 404 are no sitemap pages; they exist per language all the same.
  const extra = others.flatMap((language) => [`/${language.code}/zoeken/`, `/${language.code}/404/`]);
  const languagePaths = [...paths.filter((path) => langOf(path) !== 'nl'), ...extra];
  await page.setViewportSize({ width: 320, height: 800 });
  const failures: string[] = [];
  for (const path of languagePaths) {
    const response = await page.goto(sitePath(path));
    if (response?.status() !== 200) {
      failures.push(`${path}: HTTP ${response?.status()}`);
      continue;
    }
    const language = LANGUAGES.find((candidate) => candidate.code === langOf(path))!;
    const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
    if (html.lang !== language.code || html.dir !== language.dir) failures.push(`${path}: <html lang="${html.lang}" dir="${html.dir}">, expected lang="${language.code}" dir="${language.dir}"`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) failures.push(`${path}: ${overflow} px sideways scroll at 320 px`);
    const rtlNumbers = await page.locator('a[href^="tel:"]').evaluateAll((links) => links.filter((link) => getComputedStyle(link).direction !== 'ltr').map((link) => link.textContent));
    if (rtlNumbers.length) failures.push(`${path}: phone numbers not laid out left to right: ${rtlNumbers.join(', ')}`);
    if (extra.includes(path)) {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const violation of results.violations) failures.push(`${path}: ${violation.id} ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
});

test('the language switch names each language in itself and leads only to pages that exist; hreflang alternates too', async ({ request }) => {
  test.setTimeout(5 * 60_000);
  const { paths, languages, others } = await editionLanguages(request);
  test.skip(others.length === 0, 'this edition publishes Dutch only');
  const existing = new Set(paths);
  const failures: string[] = [];
  for (const path of paths.filter((candidate) => langOf(candidate) !== 'nl' || /^\/(toolkits\/stappenplan-|over\/|$)/.test(candidate))) {
    const html = await (await request.get(sitePath(path))).text();
    const switchList = /<ul class="language-switch"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    const links = [...switchList.matchAll(/<li lang="([^"]+)" dir="([^"]+)">\s*<a href="([^"]+)" hreflang="([^"]+)">\s*([^<]+)/g)].map((match) => ({ lang: match[1]!, dir: match[2]!, href: siteRelative(match[3]!), hreflang: match[4]!, name: match[5]!.trim() }));
    const expected = languages.filter((language) => language.code !== langOf(path));
    if (links.length !== expected.length) failures.push(`${path}: switch offers ${links.map((link) => link.lang).join(', ')}, expected ${expected.map((language) => language.code).join(', ')}`);
    for (const link of links) {
      const language = languages.find((candidate) => candidate.code === link.lang);
      if (!language || link.name !== language.name || link.dir !== language.dir || link.hreflang !== link.lang) failures.push(`${path}: switch link ${JSON.stringify(link)}`);
      if (!existing.has(link.href)) failures.push(`${path}: switch leads to ${link.href}, which is not a page`);
      if (langOf(link.href) !== link.lang) failures.push(`${path}: the ${link.lang} link leads to ${link.href}, a page in another language`);
    }
    for (const [, hreflang, href] of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) {
      const target = siteRelative(new URL(href!).pathname);
      if (!existing.has(target)) failures.push(`${path}: hreflang ${hreflang} → ${target}, which is not a page`);
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
});

test('a translation says it is not yet checked and links to the Dutch text; links to untranslated pages are marked Dutch', async ({ page, request }) => {
  const { others } = await editionLanguages(request);
  const translated = others.filter((language) => language.code !== 'en');
  test.skip(translated.length === 0, 'this edition has no crisis translations');
  for (const language of translated) {
    await page.goto(sitePath(`/${language.code}/toolkits/stappenplan-na-een-overval/`));
    const notice = page.locator('[data-translation-notice]');
    await expect(notice, language.code).toBeVisible();
    await expect(notice.locator('a[hreflang="nl"]'), language.code).toHaveAttribute('href', sitePath('/toolkits/stappenplan-na-een-overval/'));
    // The steps are there, numbered, with tappable emergency numbers.
    await expect(page.locator('.step').first(), language.code).toBeVisible();
    await expect(page.locator('main a[href="tel:112"]').first(), language.code).toBeVisible();

    await page.goto(sitePath(`/${language.code}/`));
    // A theme has no translation in these languages: its card goes to the Dutch page, says so, and is marked nl.
    const dutchCard = page.locator('.card__title', { has: page.locator('a[hreflang="nl"]') }).first();
    await expect(dutchCard.locator('a'), language.code).toHaveAttribute('lang', 'nl');
    await expect(dutchCard.locator('.lang-mark'), language.code).toBeVisible();
    // "Net gebeurd?" leads to the translated stappenplan.
    await expect(page.locator(`.acute a[href="${sitePath(`/${language.code}/toolkits/stappenplan-na-een-overval/`)}"]`), language.code).toHaveCount(1);
  }
});

test('Arabic reads right to left: the step numbers stand at the right, the phone number dials and reads 112', async ({ page, request }) => {
  const { others } = await editionLanguages(request);
  test.skip(!others.some((language) => language.dir === 'rtl'), 'no right-to-left language in this edition');
  const rtl = others.find((language) => language.dir === 'rtl')!;
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(sitePath(`/${rtl.code}/toolkits/stappenplan-na-een-overval/`));
  const step = page.locator('.step').first();
  const box = (await step.boundingBox())!;
  // The number sits in the padding at the inline start: on the right in a right-to-left page.
  const padding = await step.evaluate((element) => ({ right: parseFloat(getComputedStyle(element).paddingRight), left: parseFloat(getComputedStyle(element).paddingLeft) }));
  expect(padding.right).toBeGreaterThan(padding.left);
  expect(box.width).toBeGreaterThan(0);
  const call = page.locator('main a[href="tel:112"]').first();
  await expect(call).toHaveCSS('direction', 'ltr');
  await expect(call).toContainText('112');
});
