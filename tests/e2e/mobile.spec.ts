/** The home page and a toolkit on a 375 px phone: no sideways scrolling, key parts visible, screenshots kept. */
import { expect, test } from '@playwright/test';
import { sitePath } from './support/site.ts';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

for (const [name, path] of [
  ['home', '/'],
  ['toolkit', '/toolkits/checklist-overvalpreventie/'],
  ['theme', '/themas/overvallen/'],
  ['search', '/zoeken/?q=overval'],
] as const) {
  test(`${name} fits a 375 px phone`, async ({ page }, testInfo) => {
    await page.goto(sitePath(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect(page.getByRole('link', { name: /Kennisbank Veilig Ondernemen/ }).first()).toBeVisible();
    // Tap targets: "Zoeken" and "Menu" in the phone header are at least 44 px high (WCAG 2.5.8 asks 24).
    for (const box of await page.locator('.header-tool').evaluateAll((tools) => tools.map((tool) => tool.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(44);
    }
    await page.screenshot({ path: testInfo.outputPath(`${name}-375.png`), fullPage: true });
  });
}

test('a toolkit prints on A4 without navigation', async ({ page }) => {
  await page.goto(sitePath('/toolkits/checklist-overvalpreventie/'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.task-list-item').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});
