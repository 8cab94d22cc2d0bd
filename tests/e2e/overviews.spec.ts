/** The overview pages: filters that need no JavaScript narrow the cards, with the keyboard too. */
import { expect, test } from '@playwright/test';
import { sitePath } from './support/site.ts';

test('the toolkit overview filters by theme and kind, keyboard only and without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sitePath('/toolkits/'));
  const cards = page.locator('.card-list > li');
  const visible = () => cards.evaluateAll((items) => items.filter((item) => getComputedStyle(item).display !== 'none').map((item) => item.getAttribute('data-themes')!));
  const all = await visible();
  expect(all.length).toBeGreaterThan(8);

  // Keyboard: focus the theme group's first option, then move with the arrow keys.
  const themeGroup = page.getByRole('group', { name: 'Thema', exact: true });
  await themeGroup.getByRole('radio', { name: 'Alle', exact: true }).focus();
  await page.keyboard.press('ArrowRight'); // Cybercriminaliteit
  await expect(themeGroup.getByRole('radio', { name: 'Cybercriminaliteit' })).toBeChecked();
  const cyber = await visible();
  expect(cyber.length).toBeGreaterThan(0);
  expect(cyber.length).toBeLessThan(all.length);
  expect(cyber.every((themes) => themes.split(' ').includes('cybercriminaliteit'))).toBe(true);

  // A second group narrows further.
  await page.getByRole('group', { name: 'Soort', exact: true }).getByRole('radio', { name: 'Checklist' }).check();
  const both = await visible();
  expect(both.length).toBeLessThanOrEqual(cyber.length);
  expect(await cards.evaluateAll((items) => items.filter((item) => getComputedStyle(item).display !== 'none').every((item) => item.getAttribute('data-kind') === 'checklist'))).toBe(true);

  await themeGroup.getByRole('radio', { name: 'Alle', exact: true }).check();
  await page.getByRole('group', { name: 'Soort', exact: true }).getByRole('radio', { name: 'Alle', exact: true }).check();
  expect((await visible()).length).toBe(all.length);
  await context.close();
});
