/**
 * Phone first, in every edition: on a 375 × 812 phone the acute stappenplannen
 * and 112 are on the home page's first screen, under a header that takes at
 * most a fifth of it; a stappenplan opens with step 1 and a theme guide with its
 * "Direct doen". (That no page scrolls sideways at 320 px and that every phone
 * number dials is checked on every page by the sweep in pages.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { ACUTE_CASES } from '../../src/lib/site/acute.ts';
import { exportedItems, sitemapPaths, sitePath } from './support/site.ts';
import { shownFrontMatter } from './support/fixtures.ts';

const PHONE = { width: 375, height: 812 };

test.describe('on a 375 × 812 phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('the header takes at most a fifth of the screen and its menu works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(sitePath('/themas/overvallen/'));
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(PHONE.height * 0.2);
    const menu = page.locator('.site-menu');
    await expect(menu.getByRole('link').first()).toBeHidden();
    await menu.locator('summary').click();
    const links = menu.getByRole('navigation', { name: 'Menu' }).getByRole('link');
    await expect(links.first()).toBeVisible();
    for (const height of await links.evaluateAll((all) => all.map((link) => link.getBoundingClientRect().height))) expect(height).toBeGreaterThanOrEqual(44);
    await context.close();
  });

  test('"Net gebeurd?": the acute stappenplannen and 112 are on the first screen of the home page', async ({ page, request }) => {
    await page.goto(sitePath('/'));
    const acute = page.locator('.acute');
    let shown = 0;
    for (const acuteCase of ACUTE_CASES) {
      const path = `/toolkits/${acuteCase.toolkit}/`;
      const exists = (await request.get(sitePath(path))).ok();
      const link = acute.locator(`a[href$="${path}"]`);
      if (!exists) {
        await expect(link, `${path} is not in this edition, so not on the home page`).toHaveCount(0);
        continue;
      }
      shown++;
      await expect(link, path).toBeInViewport({ ratio: 1 });
    }
    expect(shown, 'at least the four national acute cases').toBeGreaterThanOrEqual(4);
    await expect(acute.locator('a[href="tel:112"]')).toBeInViewport({ ratio: 1 });
  });

  test('every stappenplan shows step 1 on the first screen, numbered, with "bel" steps as call buttons', async ({ page, request }) => {
    // Which toolkits are stappenplannen, in every language: the JSON export says, so only those are opened.
    const stappenplannen = (await exportedItems(request, 'toolkits')).filter((item) => item.kind === 'stappenplan').map((item) => item.path);
    for (const path of stappenplannen) {
      await page.goto(sitePath(path));
      const first = page.locator('main [data-step="1"]').first();
      await expect(first, path).toBeInViewport();
      expect(await page.locator('main .steps > li:not([data-step])').count(), `${path}: every step numbered`).toBe(0);
    }
    expect(stappenplannen.length, 'the acute stappenplannen at least').toBeGreaterThanOrEqual(4);
    await page.goto(sitePath('/toolkits/stappenplan-na-een-overval/'));
    await expect(page.locator('main .step a.tel-call[href="tel:112"]').first()).toBeVisible();
  });

  test('every theme guide opens with "Direct doen" on the first screen, listing its own firstSteps', async ({ page, request }, testInfo) => {
    const edition = String(testInfo.project.metadata.edition);
    const guides = (await sitemapPaths(request)).filter((path) => /^(\/en)?\/themas\/[^/]+\/$/.test(path));
    expect(guides.length, 'the theme guides').toBeGreaterThanOrEqual(5);
    let withSteps = 0;
    for (const path of guides) {
      const [, english, slug] = /^(\/en)?\/themas\/([^/]+)\/$/.exec(path)!;
      const expected = (shownFrontMatter(edition, 'themes', english ? 'en' : 'nl', slug!).firstSteps as string[] | undefined) ?? [];
      await page.goto(sitePath(path));
      const quickStart = page.locator('main .quick-start');
      await expect(quickStart.getByRole('heading', { level: 2 }), path).toBeInViewport({ ratio: 1 });
      const steps = quickStart.locator('.quick-start__steps > li');
      await expect(steps, path).toHaveText(expected);
      if (expected.length) {
        withSteps++;
        await expect(steps.first(), path).toBeInViewport({ ratio: 1 });
      }
    }
    expect(withSteps, 'the national guides all have firstSteps').toBeGreaterThanOrEqual(5);
  });
});
