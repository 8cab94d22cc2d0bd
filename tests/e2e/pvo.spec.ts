/**
 * "Vind uw PVO": every page links to the PVO list, the list shows every
 * platform of the data collection with its area, and a regional edition
 * opens with its own contact. Expectations come from the content files and
 * region.yaml, through the same planning code the build uses.
 */
import { expect, test } from '@playwright/test';
import { checkEdition } from '../../src/lib/checks/content-check.ts';
import { resolveEdition } from '../../src/lib/editions/edition.ts';
import { editionPaths } from '../../src/lib/editions/edition-plan.ts';
import { entryPath, PVO_DIRECTORY_SLUG } from '../../src/lib/model/routes.ts';
import { sitemapPaths, sitePath } from './support/site.ts';

function editionOf(testInfo: { project: { metadata: Record<string, unknown> } }) {
  const edition = resolveEdition({ REGION: String(testInfo.project.metadata.edition) }, process.cwd());
  const { plans } = checkEdition(edition, editionPaths(process.cwd(), {}));
  return { edition, pvos: plans.pvos.entries.filter((entry) => entry.lang === 'nl') };
}

test('every page of the sitemap links to the PVO list', async ({ request }, testInfo) => {
  const { edition } = editionOf(testInfo);
  const targets = edition.locales.map((lang) => `href="${sitePath(entryPath('pages', PVO_DIRECTORY_SLUG, lang))}"`);
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(20);
  const missing: string[] = [];
  for (const path of paths) {
    const html = await (await request.get(sitePath(path))).text();
    if (!targets.some((target) => html.includes(target))) missing.push(path);
  }
  expect(missing).toEqual([]);
});

test('the PVO list shows every platform with its police unit, and the province index leads to it', async ({ page }, testInfo) => {
  const { edition, pvos } = editionOf(testInfo);
  expect(pvos.length).toBe(10);
  await page.goto(sitePath(entryPath('pages', PVO_DIRECTORY_SLUG)));
  const cards = page.locator('#pvo-lijst ~ ul > li');
  await expect(cards).toHaveCount(pvos.length);
  for (const pvo of pvos) {
    const data = pvo.parsed as { title: string; area: { policeUnits: string[] }; website?: { url: string } };
    const card = page.locator(`#pvo-${pvo.slug}`);
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(data.title);
    await expect(card).toContainText(data.area.policeUnits.join(', '));
    if (data.website) await expect(card.locator(`dd > a[href="${data.website.url}"]`).first()).toBeVisible();
  }
  // Every province link points at a platform on the page.
  const anchors = await page.locator('#pvo-provincies ~ ul a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(anchors.length).toBeGreaterThanOrEqual(12);
  for (const anchor of new Set(anchors)) await expect(page.locator(anchor)).toHaveCount(1);

  // A regional edition opens with its own contact; the national one has none.
  const own = page.locator('#eigen-pvo');
  if (edition.isNational || !(edition.contact.email || edition.contact.phone || edition.contact.url)) {
    await expect(own).toHaveCount(0);
  } else {
    await expect(own).toContainText(edition.name);
    const firstHeading = await page.locator('main article h2').first().textContent();
    expect(firstHeading).toContain(edition.name);
    if (edition.contact.email) await expect(page.locator(`a[href="mailto:${edition.contact.email}"]`).first()).toBeVisible();
  }
});
