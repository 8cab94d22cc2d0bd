/**
 * Search on the built site with the real Pagefind index: Dutch queries find
 * the right page, filters narrow, the URL carries the state, and everything
 * works with the keyboard alone.
 */
import { axeViolations } from './support/axe.ts';
import { expect, test } from '@playwright/test';
import { linkPaths, searchFor, sitePath, siteRelative, trackForeignRequests } from './support/site.ts';

// Ranking is measured on the project's whole query set: search-queries.spec.ts.

test('a query that matches nothing is no dead end: stappenplannen, numbers to call and the themes', async ({ page }) => {
  await page.goto(sitePath('/zoeken/?q=xyzzyqwv'));
  await expect(page.getByRole('status')).toHaveText(/Geen resultaten voor “xyzzyqwv”/);
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
  const help = page.getByRole('region', { name: 'Zo komt u verder' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: /Stappenplan na een overval/ })).toBeVisible();
  for (const number of ['112', '0900-8844', '0800-7000']) await expect(help.locator(`a[href^="tel:"]`, { hasText: number }).first()).toBeVisible();
  await expect(help.getByRole('link', { name: 'Overvallen' })).toBeVisible();
  // A new search with results hides the help again.
  await page.getByRole('searchbox').fill('overval');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect(help).toBeHidden();
});

test('a typo is corrected at once, and the original can still be searched', async ({ page }) => {
  await page.goto(sitePath('/zoeken/?q=fising'));
  const notes = page.locator('[data-search-notes]');
  await expect(notes).toHaveText(/Resultaten voor phishing\. Zoek in plaats daarvan naar fising\./);
  // The results are shown once the count is announced (the note can come first).
  await page.getByRole('status').filter({ hasText: /resultaten/ }).waitFor();
  // A current warning about phishing may come first (it is news, and points to the guide and the signalenkaart); the lasting answer is still in the top three.
  const top = await linkPaths(page, '[data-search-results] h2 a');
  expect(top.slice(0, 3).some((path) => ['/themas/cybercriminaliteit/', '/toolkits/signalenkaart-phishing-en-factuurfraude/'].includes(path))).toBe(true);
  expect(['/themas/cybercriminaliteit/', '/toolkits/signalenkaart-phishing-en-factuurfraude/'].includes(top[0]!) || top[0]!.startsWith('/actueel/')).toBe(true);
  await notes.getByRole('link', { name: 'fising' }).click();
  await expect(page).toHaveURL(/q=fising&letterlijk=1/);
  await expect(page.getByRole('status')).toHaveText(/“fising”/);
  await expect(notes).not.toHaveText(/Resultaten voor phishing/);
});

test('a question says which words it searched for; a described situation puts its stappenplan first', async ({ page }) => {
  await page.goto(sitePath('/zoeken/?q=mijn+bestanden+zijn+versleuteld'));
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveAttribute('href', sitePath('/toolkits/stappenplan-ransomware/'));
  await expect(page.locator('[data-search-results] li').first()).toContainText('Past bij uw situatie');
  await expect(page.locator('[data-search-notes]')).toContainText('Gezocht op: bestanden, ransomware.');
  await expect(page.locator('[data-search-notes]')).toContainText('Gezocht op ransomware (voor “versleuteld”).');
});

test('arriving from the header form, focus goes to the announced result count', async ({ page }) => {
  await page.goto(sitePath('/themas/overvallen/'));
  await page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' }).fill('ik ben overvallen');
  await page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' }).press('Enter');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/resulta(at|ten) voor “ik ben overvallen”/);
  await expect(status).toBeFocused();
});

test('filters narrow the results and are kept in the URL', async ({ page }) => {
  const status = page.getByRole('status');
  /** The announced total, once it differs from the one before (the filtered search has run). */
  const totalAfter = async (before: string) => {
    await expect(status).not.toHaveText(before);
    await expect(status).toHaveText(/^\d+ resulta/);
    return { text: (await status.textContent())!, total: Number((await status.textContent())!.match(/^(\d+)/)![1]) };
  };
  await searchFor(page, 'melden');
  const all = await totalAfter('');
  expect(all.total).toBeGreaterThan(3);
  await page.getByRole('group', { name: 'Soort' }).getByLabel('Toolkit').check();
  await expect(page).toHaveURL(/type=toolkit/);
  const toolkits = await totalAfter(all.text);
  expect(toolkits.total).toBeGreaterThan(0);
  expect(toolkits.total).toBeLessThan(all.total);
  const toolkitsOnly = await linkPaths(page, '[data-search-results] h2 a');
  expect(toolkitsOnly.every((path) => path.startsWith('/toolkits/'))).toBe(true);

  await page.getByRole('group', { name: 'Thema' }).getByLabel('Overvallen').check();
  await expect(page).toHaveURL(/thema=overvallen/);
  const both = await totalAfter(toolkits.text);
  expect(both.total).toBeLessThan(toolkits.total);

  // The filtered URL is shareable: opening it restores query, filters and results.
  await page.goto(page.url());
  await expect(page.getByLabel('Toolkit')).toBeChecked();
  await expect(page.getByLabel('Zoeken in de kennisbank')).toHaveValue('melden');
  await expect(status).toHaveText(both.text);
});

test('the header search box works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sitePath('/themas/overvallen/'));
  await page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' }).fill('overval');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/\/zoeken\/\?q=overval$/);
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});

test('keyboard only: type, read the count, arrow through results, open one, come back', async ({ page, baseURL }) => {
  const foreign = trackForeignRequests(page, new URL(baseURL!).origin);
  await page.goto(sitePath('/'));
  // From the home page: Tab to the search box and submit with Enter.
  const box = page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' });
  for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
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
  // The URL follows at once; the list is replaced when the refined results arrive, which the live region announces.
  await expect(page.getByRole('status')).toHaveText(/resulta(at|ten) voor “ransomware stappenplan”/);

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

test('search loads only our UI, its search aids and Pagefind from the same origin', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (['script', 'fetch', 'xhr'].includes(request.resourceType())) scripts.push(siteRelative(new URL(request.url()).pathname));
  });
  await searchFor(page, 'overval');
  expect(scripts.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  expect(scripts.filter((path) => !path.startsWith('/pagefind/') && !path.startsWith('/_astro/'))).toEqual(['/zoeken/zoekhulp.json']);
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

test('on a 375 × 812 phone the filters fold into "Filters (n)", and the count and first result are on the first screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const first = page.locator('[data-search-results] li').first();
  const filters = page.locator('details[data-search-filters]');
  // A question (with a note on the words searched) and a filtered search: count and first result on the first screen.
  for (const path of ['/zoeken/?q=ik+ben+overvallen', '/zoeken/?q=fising', '/zoeken/?q=overval&thema=overvallen']) {
    await page.goto(sitePath(path));
    await expect(first).toBeVisible();
    for (const target of [page.getByRole('status'), first.getByRole('link')]) {
      const box = (await target.boundingBox())!;
      expect(box.y + box.height, `${path}: on the first screen`).toBeLessThanOrEqual(812);
    }
  }
  await expect(filters).not.toHaveAttribute('open');
  await expect(filters.locator('summary')).toHaveText('Filters (1)');
  await expect(page.getByRole('group', { name: 'Soort' })).toBeHidden();
  await filters.locator('summary').click();
  await page.getByRole('group', { name: 'Soort' }).getByLabel('Toolkit').check();
  await expect(filters.locator('summary')).toHaveText('Filters (2)');
  await context.close();
});

test('without JavaScript the phone filters still open (a plain <details>)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sitePath('/zoeken/'));
  await expect(page.getByRole('group', { name: 'Soort' })).toBeHidden();
  await page.locator('details[data-search-filters] summary').click();
  await expect(page.getByRole('group', { name: 'Soort' })).toBeVisible();
  await context.close();
});

test('results, corrections, best bets and the zero-result help pass axe (WCAG 2.2 AA), on a phone too', async ({ browser }) => {
  const cases = [
    { width: 1280, height: 900, paths: ['/zoeken/?q=fising', '/zoeken/?q=xyzzyqwv'] },
    { width: 375, height: 812, paths: ['/zoeken/?q=ik+ben+overvallen', '/en/zoeken/?q=robery'] },
  ];
  for (const { paths, ...viewport } of cases) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(sitePath(path));
      await expect(page.getByRole('status')).toHaveText(/“/);
      expect(await axeViolations(page, `${path} ${viewport.width}px`)).toEqual([]);
    }
    await context.close();
  }
});
