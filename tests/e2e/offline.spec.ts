/**
 * "Nu-modus" (issue 21) in Chromium, on every built edition: after one online visit the crisis pages
 * open without a connection, from the offline worker; a page that was not kept shows our offline page
 * with 112; the ticks of a stappenplan stay, offline too; the opening hours are on the page and the
 * "nu bereikbaar" hint is right for a fixed clock, in Dutch time, summer and winter; the app is
 * installable (manifest, icons). No CSP violation anywhere.
 *
 * Which pages must work offline is read from the JSON export (every stappenplan, every theme guide)
 * and the sitemap (home, the three "over" pages), never from the worker or the offline page under test.
 * The update after a new deploy and the scope of each edition on one shared host need builds of their
 * own: tests/build/offline.test.ts.
 */
import { axeViolations } from './support/axe.ts';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { exportedItems, sitemapPaths, sitePath, siteRelative, trackCspViolations } from './support/site.ts';

// Every other spec blocks the worker (playwright.config.ts); here it is what is tested.
test.use({ serviceWorkers: 'allow' });

/** Waits until the page's edition worker is active and controls the page (a reload after the first visit). */
async function controlledBy(page: Page): Promise<string> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')).toContain('/sw.js');
  return page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
}

/** The site paths item 1 of the issue names, found without the worker: export + sitemap. */
async function expectedOfflinePaths(page: Page): Promise<string[]> {
  const stappenplannen = (await exportedItems(page.request, 'toolkits')).filter((item) => item.kind === 'stappenplan');
  const themes = await exportedItems(page.request, 'themes');
  const sitemap = await sitemapPaths(page.request);
  const fixed = sitemap.filter((path) => /^(\/[a-z]{2})?\/(over\/(melden|vind-uw-pvo|privacy)\/)?$/.test(path));
  return [...new Set([...fixed, ...[...stappenplannen, ...themes].map((item) => item.path)])].sort();
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  // The page itself must not answer from the HTTP cache: every check below goes through the worker.
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

test('after one visit every crisis page opens offline from the worker, with its styles', async ({ page, context }) => {
  test.setTimeout(120_000);
  const violations = await trackCspViolations(page);
  const paths = await expectedOfflinePaths(page);
  expect(paths.length).toBeGreaterThan(8);
  await page.goto(sitePath('/'));
  const worker = await controlledBy(page);
  expect(new URL(worker).pathname).toBe(sitePath('/sw.js'));
  const stylesheet = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor);
  await goOffline(context, page);
  for (const path of paths) {
    const response = await page.goto(sitePath(path));
    expect(response?.fromServiceWorker(), `${path} from the worker`).toBe(true);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).not.toHaveText(/U bent offline|You are offline/);
    expect(siteRelative(new URL(page.url()).pathname)).toBe(path);
    // The stylesheet came along: the header has the edition's colour, not the browser's default.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor), path).toBe(stylesheet);
  }
  expect(violations).toEqual([]);
});

test('offline, a page that was not kept shows our offline page with 112 and the PVO', async ({ page, context }) => {
  const violations = await trackCspViolations(page);
  await page.goto(sitePath('/themas/'));
  await controlledBy(page);
  await goOffline(context, page);
  const response = await page.goto(sitePath('/concepten/bestaat-niet/'));
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('U bent offline');
  await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
  await expect(page.locator('main a[href="tel:+319008844"]')).toBeVisible();
  // Every page it says works offline does.
  const listed = await page.locator('[data-offline-pages] a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  expect(listed.length).toBeGreaterThan(8);
  await expect(page.locator('#offline-pvo').locator('xpath=..')).toContainText(/PVO|Platform/);
  // An English address gets the English offline page, where the edition has English.
  const english = await page.request.get(sitePath('/en/offline/')).catch(() => undefined);
  if (english?.ok()) {
    await page.goto(sitePath('/en/bestaat-niet/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  }
  expect(violations).toEqual([]);
});

test('the steps of a stappenplan keep their ticks after a reload, offline too', async ({ page, context }) => {
  const violations = await trackCspViolations(page);
  const plan = (await exportedItems(page.request, 'toolkits')).find((item) => item.kind === 'stappenplan' && item.lang === 'nl')!.path;
  await page.goto(sitePath(plan));
  const steps = page.locator('main li[data-step]');
  const total = await steps.count();
  expect(total).toBeGreaterThan(2);
  await expect(page.locator('main li[data-step] input[type="checkbox"]')).toHaveCount(total);
  const status = page.locator('[data-checklist-status]');
  await expect(status).toHaveText(`0 van ${total} gedaan`);
  await page.getByLabel('Stap 2 gedaan').first().check();
  await expect(status).toHaveText(`1 van ${total} gedaan`);
  await page.reload();
  await expect(page.getByLabel('Stap 2 gedaan').first()).toBeChecked();
  await expect(status).toHaveText(`1 van ${total} gedaan`);

  await controlledBy(page);
  await goOffline(context, page);
  await page.reload();
  await expect(page.getByLabel('Stap 2 gedaan').first()).toBeChecked();
  await page.getByLabel('Stap 3 gedaan').first().check();
  await page.reload();
  await expect(page.getByLabel('Stap 3 gedaan').first()).toBeChecked();
  await expect(status).toHaveText(`2 van ${total} gedaan`);
  await page.getByRole('button', { name: 'Wis alles' }).click();
  await expect(status).toHaveText(`0 van ${total} gedaan`);
  await page.reload();
  await expect(page.getByLabel('Stap 2 gedaan').first()).not.toBeChecked();
  expect(violations).toEqual([]);
});

/** The hint after Meld Misdaad Anoniem's number in the footer (daily 08:00–24:00) at a fixed moment. */
async function footerHint(page: Page, instant: string): Promise<string> {
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(sitePath('/'));
  const hours = page.locator('.site-footer a[href="tel:+318007000"] + .hours');
  await expect(hours).toHaveText('(bereikbaar ma–zo 08:00–24:00)');
  // Both hints, everywhere they appear, keep the contrast (WCAG 2.2 AA).
  expect(await axeViolations(page, undefined, ['color-contrast'])).toEqual([]);
  return (await page.locator('.site-footer a[href="tel:+318007000"] ~ .hours-now').textContent()) ?? '';
}

test('opening hours are on the page, and the hint follows Dutch time in winter and summer', async ({ page }) => {
  const violations = await trackCspViolations(page);
  // Winter (UTC+1): 07:30 UTC is 08:30 in Amsterdam (open); 06:30 UTC is 07:30 (closed), though a UTC clock would say the same hour.
  expect(await footerHint(page, '2026-12-06T07:30:00Z')).toBe('nu bereikbaar');
  expect(await footerHint(page, '2026-12-06T06:30:00Z')).toBe('nu gesloten — bel bij spoed 112');
  // Summer (UTC+2): 06:30 UTC is 08:30 in Amsterdam: open.
  expect(await footerHint(page, '2026-07-05T06:30:00Z')).toBe('nu bereikbaar');
  expect(await footerHint(page, '2026-07-05T05:30:00Z')).toBe('nu gesloten — bel bij spoed 112');
  expect(violations).toEqual([]);
});

test('the Fraudehelpdesk number says its hours in the text, open on a weekday, closed at the weekend', async ({ page }) => {
  // "Melden": a page every edition has, with the Fraudehelpdesk among its numbers.
  const hours = page.locator('main a[href="tel:+31887867372"] + .hours');
  // Monday 7 December 2026, 10:00 in Amsterdam.
  await page.clock.setFixedTime(new Date('2026-12-07T09:00:00Z'));
  await page.goto(sitePath('/over/melden/'));
  await expect(hours).toHaveText('(bereikbaar ma–vr 09:00–17:00)');
  await expect(page.locator('main a[href="tel:+31887867372"] ~ .hours-now')).toHaveText('nu bereikbaar');
  // Saturday 12 December 2026, noon.
  await page.clock.setFixedTime(new Date('2026-12-12T11:00:00Z'));
  await page.reload();
  await expect(page.locator('main a[href="tel:+31887867372"] ~ .hours-now')).toHaveText('nu gesloten — bel bij spoed 112');
  // The 112 of the hint dials, like every number on the page.
  await expect(page.locator('main a[href="tel:+31887867372"] ~ .hours-now a[href="tel:112"]')).toHaveText('112');
});

test('the edition installs as an app: manifest under its base path, icons of 192 and 512 px', async ({ page }) => {
  const violations = await trackCspViolations(page);
  await page.goto(sitePath('/'));
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(sitePath('/manifest.webmanifest'));
  const manifest = (await (await page.request.get(href!)).json()) as { name: string; start_url: string; scope: string; theme_color: string; icons: { src: string; sizes: string }[] };
  expect(manifest.start_url).toBe(sitePath('/'));
  expect(manifest.scope).toBe(sitePath('/'));
  expect(manifest.name.length).toBeGreaterThan(3);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512']);
  for (const icon of manifest.icons) {
    const png = await (await page.request.get(icon.src)).body();
    // PNG header: width and height at bytes 16 and 20.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
  await page.waitForLoadState('load');
  expect(violations).toEqual([]);
});

test('search excerpts show page text only: no address, no "gecontroleerd op"', async ({ page }) => {
  await page.goto(sitePath('/zoeken/?q=ik%20ben%20gehackt'));
  const excerpts = page.locator('[data-search-results] p');
  await expect(excerpts.first()).toBeVisible({ timeout: 20_000 });
  for (const text of await excerpts.allTextContents()) {
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/gecontroleerd op/i);
    expect(text).not.toMatch(/Gezocht op/);
  }
});
