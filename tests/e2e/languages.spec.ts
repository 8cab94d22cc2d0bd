/**
 * The languages of the edition, from the language list (src/lib/model/languages.ts):
 * the language switch names each language in itself and leads only to pages
 * that exist; translations say what they are worth; links to untranslated
 * pages are marked Dutch; Arabic reads right to left. (That every page of every
 * language, its search and 404 pages included, answers with the right `lang`
 * and `dir`, reflows at 320 px, lays phone numbers out left to right and passes
 * axe: the one sweep in pages.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { editionLanguages, languageOfPath, sitePath, siteRelative } from './support/site.ts';

const langOf = (path: string) => languageOfPath(path).code;

test('the language switch names each language in itself and leads only to pages that exist; hreflang alternates too', async ({ request }) => {
  test.setTimeout(5 * 60_000);
  const { paths, languages, others } = await editionLanguages(request);
  if (others.length === 0) {
    // Dutch only: nothing to switch to, no alternates, no page under a language folder.
    const home = await (await request.get(sitePath('/'))).text();
    expect(home).not.toContain('class="language-switch"');
    expect(home).not.toContain('<link rel="alternate" hreflang=');
    expect(paths.filter((path) => langOf(path) !== 'nl')).toEqual([]);
    return;
  }
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
  if (translated.length === 0) {
    // No crisis translations: the Dutch stappenplan carries no translation notice and links to no translation.
    await page.goto(sitePath('/toolkits/stappenplan-na-een-overval/'));
    await expect(page.locator('[data-translation-notice]')).toHaveCount(0);
    await expect(page.locator('.language-switch a:not([hreflang="en"])')).toHaveCount(0);
    return;
  }
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
  const rtl = others.find((language) => language.dir === 'rtl');
  if (!rtl) {
    // No right-to-left language: no Arabic pages, and the Dutch home page reads left to right.
    expect((await request.get(sitePath('/ar/'))).status()).toBe(404);
    await page.goto(sitePath('/'));
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    return;
  }
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
