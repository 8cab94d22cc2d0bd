/**
 * Toolkits in use, in every edition: checklist ticks survive a reload (kept in
 * localStorage, never in a cookie), and every toolkit prints on at most two A4
 * pages with the site name, address and review date on paper.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths, sitePath } from './support/site.ts';

/** Pages in a PDF made by Chromium (each page object is written once). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test('checklist ticks survive a reload, with a count and "Wis alles"; no cookies', async ({ page, context }) => {
  await page.goto(sitePath('/toolkits/checklist-overvalpreventie/'));
  const boxes = page.locator('main input[type="checkbox"]');
  const total = await boxes.count();
  expect(total).toBeGreaterThan(3);
  // Every box is a real, labelled control.
  await expect(page.getByRole('checkbox').first()).toHaveAccessibleName(/\S/);
  const status = page.locator('[data-checklist-status]');
  await expect(status).toHaveText(`0 van ${total} gedaan`);
  await page.getByRole('checkbox').nth(0).check();
  await page.getByRole('checkbox').nth(2).check();
  await expect(status).toHaveText(`2 van ${total} gedaan`);
  await page.reload();
  await expect(page.getByRole('checkbox').nth(0)).toBeChecked();
  await expect(page.getByRole('checkbox').nth(1)).not.toBeChecked();
  await expect(page.getByRole('checkbox').nth(2)).toBeChecked();
  await expect(status).toHaveText(`2 van ${total} gedaan`);
  // Another checklist has its own ticks.
  await page.goto(sitePath('/toolkits/checklist-cyberbasis/'));
  await expect(page.locator('main input[type="checkbox"]:checked')).toHaveCount(0);
  await page.goto(sitePath('/toolkits/checklist-overvalpreventie/'));
  await page.getByRole('button', { name: 'Wis alles' }).click();
  await expect(status).toHaveText(`0 van ${total} gedaan`);
  await page.reload();
  await expect(page.locator('main input[type="checkbox"]:checked')).toHaveCount(0);
  expect(await context.cookies()).toEqual([]);
});

test('every toolkit prints on at most two A4 pages, with site, address and review date', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const toolkits = (await sitemapPaths(request)).filter((path) => /^(\/en)?\/toolkits\/[^/]+\/$/.test(path));
  expect(toolkits.length).toBeGreaterThan(5);
  const context = await browser.newContext();
  const page = await context.newPage();
  const tooLong: string[] = [];
  for (const path of toolkits) {
    await page.goto(sitePath(path));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-head'), path).toBeVisible();
    await expect(page.locator('.print-head'), path).toContainText(sitePath(path));
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.aside-stack')).toBeHidden();
    const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages, path).toBeGreaterThan(0);
    if (pages > 2) tooLong.push(`${path}: ${pages} pagina's`);
    await page.emulateMedia({ media: 'screen' });
  }
  await context.close();
  expect(tooLong).toEqual([]);
});

test('a toolkit page has an "Afdrukken" button that opens the print dialog', async ({ page }) => {
  await page.goto(sitePath('/toolkits/stappenplan-na-een-overval/'));
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
