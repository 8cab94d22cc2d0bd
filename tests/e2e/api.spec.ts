/** Distribution to partners: every edition publishes its JSON export and feed, valid against the published schema. */
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { sitemapPaths, sitePath, siteRelative } from './support/site.ts';

test('the JSON exports validate against /api/schema.json and list the edition’s pages', async ({ request }, testInfo) => {
  const schema = await (await request.get(sitePath('/api/schema.json'))).json();
  const ajv = new Ajv2020({ strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  const validate = ajv.compile(schema);
  const sitemap = new Set(await sitemapPaths(request));
  for (const collection of ['themes', 'concepts', 'toolkits', 'warnings']) {
    const response = await request.get(sitePath(`/api/${collection}.json`));
    expect(response.headers()['content-type']).toContain('application/json');
    const body = await response.json();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.edition).toBe(testInfo.project.metadata.edition);
    // warnings.json holds the current warnings only (tests/e2e/warnings.spec.ts checks which).
    if (collection !== 'warnings') expect(body.items.length).toBeGreaterThan(collection === 'themes' ? 4 : 5);
    for (const item of body.items as { url: string }[]) {
      // Every exported URL is a published page of this edition (hidden pages are not exported).
      expect(sitemap.has(siteRelative(new URL(item.url).pathname)), item.url).toBe(true);
    }
  }
  const feed = await (await request.get(sitePath('/feed.xml'))).text();
  expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="nl"/);
  expect(feed.match(/<entry>/g)!.length).toBeGreaterThan(10);
});

test('one feed per language: each holds only its own language and is linked from the pages in that language', async ({ page, request }) => {
  const links = (feed: string) => [...feed.matchAll(/<entry>[\s\S]*?<link[^>]*href="([^"]+)"/g)].map((match) => siteRelative(new URL(match[1]!).pathname));
  // The languages of this edition are the ones its home page offers (hreflang alternates), Dutch first.
  await page.goto(sitePath('/'));
  const others = (await page.locator('link[rel="alternate"][hreflang]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('hreflang')!))).filter((lang) => lang !== 'nl' && lang !== 'x-default');
  for (const lang of ['nl', ...others]) {
    const prefix = lang === 'nl' ? '' : `/${lang}`;
    const feed = await (await request.get(sitePath(`${prefix}/feed.xml`))).text();
    expect(feed, lang).toContain(`xml:lang="${lang}"`);
    const paths = links(feed);
    expect(paths.length, lang).toBeGreaterThan(lang === 'nl' ? 10 : 0);
    const foreign = paths.filter((path) => (lang === 'nl' ? /^\/[a-z]{2}\//.test(path) : !path.startsWith(`${prefix}/`)));
    expect(foreign, `${lang}: entries in another language`).toEqual([]);
    await page.goto(sitePath(`${prefix}/`));
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', sitePath(`${prefix}/feed.xml`));
  }
});
