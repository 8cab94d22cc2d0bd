/**
 * Sector pages: reachable from the home page and the overviews, their lists
 * generated from the `sectors` field (checked against the JSON export, not
 * a hand-kept list), the overviews' sector filter, and Pagefind's `sector` filter.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { exportedItems, linkPaths as paths, sitePath } from './support/site.ts';

type Exported = Awaited<ReturnType<typeof exportedItems>>[number];

/** The Dutch items of a collection in the export: the sector pages are Dutch. */
async function exported(request: APIRequestContext, collection: 'toolkits' | 'concepts'): Promise<Exported[]> {
  return (await exportedItems(request, collection)).filter((item) => item.lang === 'nl');
}

/** The sectors an item is relevant for: the ones it names, or every sector when it names none. */
const relevant = (item: Exported, sector: string) => item.sectors.length === 0 || item.sectors.includes(sector);

test('sector pages are reachable from the home page and the overviews and list what names the sector', async ({ page, request }) => {
  await page.goto(sitePath('/sectoren/'));
  const sectorPaths = await paths(page, '.card-list .card__title a');
  expect(sectorPaths.length).toBeGreaterThanOrEqual(6);
  expect(sectorPaths.every((path) => /^\/sectoren\/[a-z0-9-]+\/$/.test(path))).toBe(true);

  await page.goto(sitePath('/'));
  expect(await paths(page, '#home-sectoren-titel ~ ul a')).toEqual(sectorPaths);
  for (const overview of ['/themas/', '/toolkits/', '/concepten/']) {
    await page.goto(sitePath(overview));
    expect(await paths(page, 'main a[href$="/sectoren/"]'), overview).toEqual(['/sectoren/']);
  }

  const [toolkits, concepts] = [await exported(request, 'toolkits'), await exported(request, 'concepts')];
  for (const sectorPath of sectorPaths) {
    const sector = sectorPath.split('/')[2]!;
    await page.goto(sitePath(sectorPath));
    for (const [id, items] of [['sector-toolkits', toolkits], ['sector-concepten', concepts]] as const) {
      const expected = items.filter((item) => item.sectors.includes(sector)).map((item) => item.path);
      const shown = await paths(page, `section[aria-labelledby="${id}"] .card__title a`);
      expect(shown.length, `${sectorPath} ${id}`).toBe(Math.min(expected.length, 12));
      expect(shown.every((path) => expected.includes(path)), `${sectorPath} ${id}`).toBe(true);
    }
    const general = await paths(page, 'section[aria-labelledby="sector-algemeen"] .card__title a');
    const forEvery = toolkits.filter((item) => item.sectors.length === 0).map((item) => item.path);
    expect(general.length).toBe(Math.min(forEvery.length, 8));
    expect(general.every((path) => forEvery.includes(path))).toBe(true);
    // The page is found under its own sector in search.
    expect(await page.locator('[data-pagefind-filter="sector"]').allTextContents()).toEqual([sector]);
  }
});

test('the toolkit overview filters by sector without JavaScript; entries for every sector stay', async ({ browser, request }) => {
  const toolkits = await exported(request, 'toolkits');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sitePath('/sectoren/'));
  const titles = await page.locator('.card-list .card__title a').allTextContents();
  const sectors = (await paths(page, '.card-list .card__title a')).map((path, index) => ({ id: path.split('/')[2]!, title: titles[index]!.trim() }));
  // A sector that some toolkit names, so the filter has something to hide (else the first).
  const sector = sectors.find(({ id }) => toolkits.some((item) => item.sectors.includes(id))) ?? sectors[0]!;
  await page.goto(sitePath('/toolkits/'));
  await page.getByRole('group', { name: 'Sector', exact: true }).getByRole('radio', { name: sector.title, exact: true }).check();
  const visible = await page
    .locator('.card-list > li')
    .evaluateAll((items) => items.filter((item) => getComputedStyle(item).display !== 'none').map((item) => new URL(item.querySelector('a')!.href).pathname));
  const expected = toolkits.filter((item) => relevant(item, sector.id)).map((item) => new URL(item.url).pathname);
  expect(visible.sort()).toEqual(expected.sort());
  await context.close();
});

test('search knows a sector filter with every sector, and a toolkit for every sector carries them all', async ({ page, request }) => {
  await page.goto(sitePath('/sectoren/'));
  const ids = (await paths(page, '.card-list .card__title a')).map((path) => path.split('/')[2]!);
  const general = (await exported(request, 'toolkits')).find((item) => item.sectors.length === 0);
  if (general) {
    await page.goto(new URL(general.url).pathname);
    expect((await page.locator('[data-pagefind-filter="sector"]').allTextContents()).sort()).toEqual([...ids].sort());
  }
  await page.goto(sitePath('/zoeken/'));
  const filters = await page.evaluate(async (pagefindScript) => {
    const pagefind = (await import(/* @vite-ignore */ `${location.origin}${pagefindScript}`)) as { init(): Promise<void>; filters(): Promise<Record<string, Record<string, number>>> };
    await pagefind.init();
    return pagefind.filters();
  }, sitePath('/pagefind/pagefind.js'));
  expect(Object.keys(filters.sector ?? {}).sort()).toEqual([...ids].sort());
});

test('English sector pages exist where the edition has English', async ({ page, request }) => {
  if ((await request.get(sitePath('/en/'))).status() !== 200) {
    // An edition without English publishes no English sector pages either.
    expect((await request.get(sitePath('/en/sectoren/'))).status()).toBe(404);
    return;
  }
  await page.goto(sitePath('/en/sectoren/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sectors');
  await page.locator('.card-list .card__title a').first().click();
  await expect(page).toHaveURL(/\/en\/sectoren\/[a-z0-9-]+\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
