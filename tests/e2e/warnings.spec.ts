/**
 * Actueel: dated warnings on every edition. Which warnings an edition has comes
 * from its files (tests/e2e/support/fixtures.ts, read with the yaml package);
 * which are current comes from the build's reference day, read from /actueel/.
 * Feeds are read by rss-parser, as a feed reader reads them.
 */
import { expect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import { readdirSync } from 'node:fs';
import { warningsFixture, type FixtureWarning } from './support/fixtures.ts';
import { linkPaths, searchFor, sitePath, siteRelative } from './support/site.ts';

const editionOf = (testInfo: { project: { metadata: Record<string, unknown> } }) => String(testInfo.project.metadata.edition);
const pathOf = (warning: FixtureWarning) => `/actueel/${warning.slug}/`;
const newestFirst = (a: FixtureWarning, b: FixtureWarning) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug);
const sectorIds = readdirSync('content/sectors').filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -5));
const themeIds = readdirSync('content/themes').filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4));
const forSector = (list: FixtureWarning[], sector: string) => list.filter((warning) => warning.sectors.length === 0 || warning.sectors.includes(sector));
const forTheme = (list: FixtureWarning[], theme: string) => list.filter((warning) => warning.themes.includes(theme));

/**
 * Which warnings are current depends on the day of the build; `npm test` builds for a fixed day
 * (BUILD_DATE in scripts/test.ts) on which every edition has current, expired and regional warnings,
 * so that none of these tests depends on the day it runs.
 */
const PINNED = 'build with the BUILD_DATE of scripts/test.ts (npm test -- build e2e), the day the example warnings are chosen for';

/** The edition's warnings split on the day the build says it was built for. */
async function expected(page: Page, edition: string) {
  await page.goto(sitePath('/actueel/'));
  const day = (await page.locator('[data-reference-day] time').getAttribute('datetime'))!;
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const all = warningsFixture(edition);
  const current = all.filter((warning) => warning.published <= day && day <= warning.expires).sort(newestFirst);
  const expired = all
    .filter((warning) => warning.expires < day)
    .sort((a, b) => b.expires.localeCompare(a.expires) || newestFirst(a, b));
  return { day, all, current, expired };
}

const parser = new Parser();
async function feedItems(page: Page, path: string) {
  const response = await page.request.get(sitePath(path));
  expect(response.status(), path).toBe(200);
  const xml = await response.text();
  // The content type is the host's business (the preview server says text/xml): the document itself is Atom.
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  return (await parser.parseString(xml)).items;
}

test('the home page shows the newest current warnings, at most three, right below "Net gebeurd?"', async ({ page }, testInfo) => {
  const { current } = await expected(page, editionOf(testInfo));
  await page.goto(sitePath('/'));
  const section = page.locator('section.warning-links');
  if (!current.length) {
    await expect(section).toHaveCount(0);
    return;
  }
  expect(await linkPaths(page, 'section.warning-links li a')).toEqual(current.slice(0, 3).map(pathOf));
  // Directly after the acute block in the page, and below it on the screen.
  expect(await page.locator('section.acute').evaluate((acute) => acute.nextElementSibling?.getAttribute('aria-labelledby'))).toBe('home-actueel');
  const acuteBox = (await page.locator('section.acute').boundingBox())!;
  const warningsBox = (await section.boundingBox())!;
  expect(warningsBox.y).toBeGreaterThanOrEqual(acuteBox.y + acuteBox.height);
  await expect(section.locator('time').first()).toHaveAttribute('datetime', current[0]!.published);
});

test('/actueel/ lists the current warnings newest first, and its theme and sector filters work without JavaScript', async ({ browser, page }, testInfo) => {
  const { current } = await expected(page, editionOf(testInfo));
  expect(current.length, PINNED).toBeGreaterThanOrEqual(2);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(sitePath('/actueel/'));
  const shown = () => linkPaths(noScript, '#filter-warnings .card-list > li:visible h2 a');
  expect(await shown()).toEqual(current.map(pathOf));
  // The first sector and theme whose filter narrows the list.
  const sector = sectorIds.find((id) => forSector(current, id).length > 0 && forSector(current, id).length < current.length);
  const theme = themeIds.find((id) => forTheme(current, id).length > 0 && forTheme(current, id).length < current.length);
  expect(sector ?? theme, 'some filter narrows the list').toBeTruthy();
  if (sector) {
    await noScript.locator(`#filter-warnings-sectors-${sector}`).check();
    expect(await shown()).toEqual(forSector(current, sector).map(pathOf));
    await noScript.locator('input[name="filter-warnings-sectors"][value=""]').check();
  }
  if (theme) {
    await noScript.locator(`#filter-warnings-themes-${theme}`).check();
    expect(await shown()).toEqual(forTheme(current, theme).map(pathOf));
  }
  // No script of its own: only the page script every page has (offline worker, opening hints; pages.spec.ts).
  const home = await (await page.request.get(sitePath('/'))).text();
  const pageScripts = [...home.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]);
  const own = await noScript.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src')));
  expect(own.filter((src) => !pageScripts.includes(src!))).toEqual([]);
  await context.close();
});

test('a current warning page has its dates as <time datetime>, its kind, and sources with their dates', async ({ page }, testInfo) => {
  const { current } = await expected(page, editionOf(testInfo));
  expect(current.length, PINNED).toBeGreaterThan(0);
  const warning = current[0]!;
  await page.goto(sitePath(pathOf(warning)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(warning.title);
  const facts = page.locator('[aria-labelledby="waarschuwing-gegevens"]');
  await expect(facts.locator(`time[datetime="${warning.published}"]`)).toHaveCount(1);
  await expect(facts.locator(`time[datetime="${warning.expires}"]`)).toHaveCount(1);
  await expect(page.locator('#bronnen ~ ul time[datetime]').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('[data-warning-expired]')).toHaveCount(0);
  await expect(page.locator('main[data-pagefind-body]')).toHaveCount(1);
});

test('the archive lists the expired warnings, each marked "Verlopen", and their pages say so', async ({ page }, testInfo) => {
  const { expired } = await expected(page, editionOf(testInfo));
  await page.goto(sitePath('/actueel/archief/'));
  expect(await linkPaths(page, '.card-list h2 a')).toEqual(expired.map(pathOf));
  expect(expired.length, PINNED).toBeGreaterThan(0);
  for (const card of await page.locator('.card-list > li').all()) await expect(card.locator('.tag--expired')).toHaveText('Verlopen');
  await page.goto(sitePath(pathOf(expired[0]!)));
  await expect(page.locator('[data-warning-expired]')).toContainText('verlopen');
  await expect(page.locator(`time[datetime="${expired[0]!.expires}"]`).first()).toBeVisible();
  // Expired warnings stay out of search (search answers "what do I do now").
  await expect(page.locator('main[data-pagefind-body]')).toHaveCount(0);
});

test('the feeds hold exactly the current warnings: the edition’s, each sector’s (linked from its page) and each theme’s', async ({ page }, testInfo) => {
  const { current } = await expected(page, editionOf(testInfo));
  const items = await feedItems(page, '/actueel/feed.xml');
  expect(items.map((item) => item.title)).toEqual(current.map((warning) => warning.title));
  for (const item of items) {
    const url = new URL(item.link!);
    expect(siteRelative(url.pathname)).toMatch(/^\/actueel\/[a-z0-9-]+\/$/);
    expect(item.isoDate).toBeTruthy();
  }
  const byTitle = (list: FixtureWarning[]) => list.map((warning) => warning.title).sort();
  for (const sector of sectorIds) {
    await page.goto(sitePath(`/sectoren/${sector}/`));
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"][href$="/feed.xml"]').filter({ hasNot: page.locator('[href$="/sitemap-index.xml"]') }).evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
    expect(href.map(siteRelative)).toContain(`/sectoren/${sector}/feed.xml`);
    expect((await feedItems(page, `/sectoren/${sector}/feed.xml`)).map((item) => item.title).sort()).toEqual(byTitle(forSector(current, sector)));
    expect(await linkPaths(page, '#sector-actueel ~ ul a')).toEqual(forSector(current, sector).slice(0, 5).map(pathOf));
  }
  for (const theme of themeIds) {
    await page.goto(sitePath(`/themas/${theme}/`));
    await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${sitePath(`/themas/${theme}/feed.xml`)}"]`)).toHaveCount(1);
    expect((await feedItems(page, `/themas/${theme}/feed.xml`)).map((item) => item.title).sort()).toEqual(byTitle(forTheme(current, theme)));
    expect(await linkPaths(page, '#thema-actueel ~ ul a')).toEqual(forTheme(current, theme).slice(0, 3).map(pathOf));
  }
});

test('a regional edition shows its own warning next to the national ones, on /actueel/, in the feed and the export', { tag: '@regional' }, async ({ page }, testInfo) => {
  const edition = editionOf(testInfo);
  const { current } = await expected(page, edition);
  const regional = current.filter((warning) => warning.provenance === 'regional');
  expect(regional.length, `${edition} has a current regional warning (content/warnings of the example)`).toBeGreaterThan(0);
  expect(current.some((warning) => warning.provenance === 'national')).toBe(true);
  await page.goto(sitePath('/actueel/'));
  const listed = await linkPaths(page, '#filter-warnings h2 a');
  for (const warning of current) expect(listed).toContain(pathOf(warning));
  const feed = (await feedItems(page, '/actueel/feed.xml')).map((item) => item.title);
  for (const warning of regional) expect(feed).toContain(warning.title);
  const exported = await (await page.request.get(sitePath('/api/warnings.json'))).json();
  expect(exported.items.map((item: { id: string }) => item.id).sort()).toEqual(current.map((warning) => warning.slug).sort());
  await page.goto(sitePath(pathOf(regional[0]!)));
  await expect(page.locator('.page__meta').first()).toContainText('Regionale tekst van');
});

test('search finds a current warning, and its "Actueel" filter keeps only warnings', async ({ page }, testInfo) => {
  const { current } = await expected(page, editionOf(testInfo));
  expect(current.length, PINNED).toBeGreaterThan(0);
  const warning = current[0]!;
  const results = await searchFor(page, warning.title);
  expect(results.slice(0, 3)).toContain(pathOf(warning));
  await page.getByRole('group', { name: 'Soort' }).getByLabel('Actueel').check();
  await expect(page).toHaveURL(/type=actueel/);
  await expect.poll(() => linkPaths(page, '[data-search-results] h2 a')).not.toEqual([]);
  expect((await linkPaths(page, '[data-search-results] h2 a')).every((path) => path.startsWith('/actueel/'))).toBe(true);
});
