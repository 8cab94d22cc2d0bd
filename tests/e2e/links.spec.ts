/** Every internal link, image and in-page anchor on every page of the sitemap resolves. */
import { expect, test } from '@playwright/test';
import { sitemapPaths, sitePath, siteRelative } from './support/site.ts';

test('internal links, images and anchors resolve', async ({ page, request, baseURL }) => {
  test.setTimeout(10 * 60_000);
  const origin = new URL(baseURL!).origin;
  const pages = [...(await sitemapPaths(request)), '/zoeken/'];
  const targets = new Map<string, string>(); // target URL → first page linking to it
  const broken: string[] = [];
  for (const path of pages) {
    await page.goto(sitePath(path));
    const found = await page.evaluate(() => {
      const urls = [
        ...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
        ...[...document.querySelectorAll('img[src]')].map((img) => (img as HTMLImageElement).src),
        ...[...document.querySelectorAll('link[href]')].map((link) => (link as HTMLLinkElement).href),
      ];
      const missingAnchors = [...document.querySelectorAll('a[href^="#"]')]
        .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
        .filter((id) => id && !document.getElementById(id));
      return { urls, missingAnchors };
    });
    broken.push(...found.missingAnchors.map((id) => `${path}: anker #${id} bestaat niet`));
    for (const url of found.urls) {
      const target = new URL(url);
      if (target.origin !== origin) continue;
      target.hash = '';
      if (!targets.has(target.href)) targets.set(target.href, path);
    }
  }
  for (const [url, from] of targets) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) broken.push(`${from} → ${siteRelative(new URL(url).pathname)}: HTTP ${response.status()}`);
  }
  expect(targets.size).toBeGreaterThan(50);
  expect(broken, broken.join('\n')).toEqual([]);
});
