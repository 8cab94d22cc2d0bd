/**
 * Search on the built site with the real Pagefind index: Dutch queries find
 * the right page, filters narrow, the URL carries the state, and everything
 * works with the keyboard alone.
 */
import { expect, test, type Page } from '@playwright/test';
import { searchFor, trackForeignRequests } from './support/site.ts';

/** The total the status announces ("23 resultaten"), not the length of the first page of results. */
const resultCount = async (page: Page): Promise<number> => Number((await page.getByRole('status').textContent())?.match(/(\d+)\s+resulta/)?.[1] ?? Number.NaN);

/** Query → a page that must be among the first three results. */
const EXPECTED_TOP_3: [query: string, path: string][] = [
  ['overval', '/themas/overvallen/'], // singular finds the plural guide
  ['overvallen', '/themas/overvallen/'],
  ['winkeldiefstal', '/themas/winkelcriminaliteit/'],
  ['diefstal', '/themas/winkelcriminaliteit/'], // compound part, via keywords
  ['phishing', '/themas/cybercriminaliteit/'],
  ['gijzelsoftware', '/toolkits/stappenplan-ransomware/'],
  ['afpersen', '/themas/afpersing/'], // verb finds the noun
  ['chantage', '/themas/afpersing/'],
  ['witwassen', '/themas/ondermijning/'],
  ['keurmerk', '/concepten/keurmerk-veilig-ondernemen/'],
  ['winkelverboden', '/concepten/winkelverbod/'], // plural finds the singular
  ['camera registreren', '/concepten/camera-in-beeld/'],
  ['anoniem melden', '/concepten/meld-misdaad-anoniem/'],
  ['bibob', '/concepten/wet-bibob/'],
  ['bedrijfspand verhuren', '/toolkits/checklist-verhuur-bedrijfspand/'],
  ['wat is een pvo', '/over/wat-is-een-pvo/'],
];

for (const [query, path] of EXPECTED_TOP_3) {
  test(`"${query}" finds ${path} in the top 3`, async ({ page }) => {
    const results = await searchFor(page, query);
    expect(results.slice(0, 3), `results: ${results.join(', ')}`).toContain(path);
  });
}

test('a query that matches nothing says so', async ({ page }) => {
  await page.goto('/zoeken/?q=xyzzyqwv');
  await expect(page.getByRole('status')).toHaveText(/Geen resultaten voor “xyzzyqwv”/);
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
});

test('filters narrow the results and are kept in the URL', async ({ page }) => {
  const all = await searchFor(page, 'melden');
  expect(all.length).toBeGreaterThan(3);
  const allTotal = await resultCount(page);
  await page.getByRole('group', { name: 'Soort' }).getByLabel('Toolkit').check();
  await expect(page).toHaveURL(/type=toolkit/);
  await expect(page.getByRole('status')).toHaveText(/resulta/);
  const toolkitsOnly = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(toolkitsOnly.length).toBeGreaterThan(0);
  await expect.poll(() => resultCount(page)).toBeLessThan(allTotal);
  expect(toolkitsOnly.every((path) => path.startsWith('/toolkits/'))).toBe(true);

  await page.getByRole('group', { name: 'Thema' }).getByLabel('Overvallen').check();
  await expect(page).toHaveURL(/thema=overvallen/);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  const both = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(both.length).toBeLessThanOrEqual(toolkitsOnly.length);

  // The filtered URL is shareable: opening it restores query, filters and results.
  await page.goto(page.url());
  await expect(page.getByLabel('Toolkit')).toBeChecked();
  await expect(page.getByLabel('Zoeken in de kennisbank')).toHaveValue('melden');
  await expect(page.locator('[data-search-results] li')).toHaveCount(both.length);
});

test('the header search box works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/themas/overvallen/');
  await page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' }).fill('overval');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/\/zoeken\/\?q=overval$/);
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});

test('keyboard only: type, read the count, arrow through results, open one, come back', async ({ page, baseURL }) => {
  const foreign = trackForeignRequests(page, new URL(baseURL!).origin);
  await page.goto('/');
  // From the home page: Tab to the search box and submit with Enter.
  const box = page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' });
  for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('ransomware');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=ransomware/);
  await expect(page.getByRole('status')).toHaveText(/\d+ resulta(at|ten) voor “ransomware”/);

  // Refine by typing: the URL follows, the count is announced in the live region.
  const searchBox = page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' });
  await searchBox.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' stappenplan');
  await expect(page).toHaveURL(/q=ransomware\+stappenplan/);
  await expect(page.getByRole('status')).toHaveAttribute('role', 'status');

  await page.keyboard.press('ArrowDown');
  const first = page.locator('[data-search-results] h2 a').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-search-results] h2 a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  const target = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await page.goBack();
  await expect(page).toHaveURL(/q=ransomware\+stappenplan/);
  await expect(page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' })).toHaveValue('ransomware stappenplan');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(foreign).toEqual([]);
});

test('search loads only our UI and Pagefind from the same origin', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (['script', 'fetch', 'xhr'].includes(request.resourceType())) scripts.push(new URL(request.url()).pathname);
  });
  await searchFor(page, 'overval');
  expect(scripts.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  expect(scripts.filter((path) => !path.startsWith('/pagefind/') && !path.startsWith('/_astro/'))).toEqual([]);
});

test('more results load on request, and focus moves to the first new one', async ({ page }) => {
  await searchFor(page, 'overval');
  const results = page.locator('[data-search-results] li');
  await expect(results).toHaveCount(10);
  await expect(page.getByRole('status')).toHaveText(/\d+ resultaten voor “overval” \(de eerste 10 worden getoond\)/);
  await page.getByRole('button', { name: 'Toon meer resultaten' }).click();
  await expect(results.nth(10)).toBeVisible();
  await expect(results.nth(10).getByRole('link')).toBeFocused();
  const total = Number((await page.getByRole('status').textContent())!.match(/^(\d+)/)![1]);
  if (total <= 20) await expect(page.getByRole('button', { name: 'Toon meer resultaten' })).toBeHidden();
});

test('English pages have their own index: English queries find the English guides', async ({ page }) => {
  for (const [query, path] of [
    ['robbery', '/en/themas/overvallen/'],
    ['extortion', '/en/themas/afpersing/'],
    ['shoplifting', '/en/themas/winkelcriminaliteit/'],
  ] as const) {
    const results = await searchFor(page, query, '/en/zoeken/');
    expect(results.slice(0, 3), `${query}: ${results.join(', ')}`).toContain(path);
    expect(results.every((result) => result.startsWith('/en/')), 'only English pages in the English index').toBe(true);
  }
});
