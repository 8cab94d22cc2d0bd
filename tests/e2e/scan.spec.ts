/**
 * The self-scan (/scan/) on every edition: keyboard only, the action list and its links, answers
 * kept in one localStorage key and wiped, no request while answering, print on two A4 pages, axe,
 * the no-script checklist, the pre-filters and the entry points, and the PVO block per edition.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { sitePath, siteRelative } from './support/site.ts';

const KEY = 'kvo-scan';

function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/**
 * Answers every visible question with the given value: a click on each radio, dispatched in the page
 * in one round trip (a check() per radio took seconds per test; the keyboard test answers as a person).
 */
async function answerAll(page: Page, value: 'ja' | 'nee' | 'weet-niet'): Promise<number> {
  return clickAll(page, `[data-question]:not([hidden]) input[value="${value}"]`);
}

async function clickAll(page: Page, selector: string): Promise<number> {
  const count = await page.locator(selector).evaluateAll((radios) => {
    for (const radio of radios) (radio as HTMLInputElement).click();
    return radios.length;
  });
  await expect(page.locator(`:is(${selector}):checked`)).toHaveCount(count);
  return count;
}

/** Questions of the page as the script sees them: id, priority, theme position and order. */
async function questionData(page: Page) {
  return page.locator('[data-question]').evaluateAll((sets) =>
    sets.map((set) => {
      const data = (set as HTMLElement).dataset;
      return { id: data.id!, priority: Number(data.priority), theme: data.theme!, order: Number(data.order), risk: data.risk!, hidden: (set as HTMLElement).hidden };
    }),
  );
}

test('keyboard only: choose a sector, answer with Space and arrow keys, open the action list', async ({ page }) => {
  await page.goto(sitePath('/scan/'));
  const focused = () => page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return { name: element?.getAttribute('name') ?? '', value: element?.value ?? '', scan: element?.hasAttribute('data-scan-result') ?? false };
  });
  // Tab from the top of the page to the sector group.
  for (let step = 0; step < 60 && (await focused()).name !== 'sector'; step++) await page.keyboard.press('Tab');
  expect((await focused()).name).toBe('sector');
  await page.keyboard.press('ArrowDown');
  const sector = (await focused()).value;
  expect(sector).not.toBe('');
  await expect(page.locator(`input[name="sector"][value="${sector}"]`)).toBeChecked();
  // First question: Space picks "ja"; second: arrow to "nee"; third: twice to "weet ik niet".
  await page.keyboard.press('Tab');
  const first = await focused();
  expect(first.name).toMatch(/^vraag-/);
  await page.keyboard.press('Space');
  await expect(page.locator(`input[name="${first.name}"][value="ja"]`)).toBeChecked();
  await page.keyboard.press('Tab');
  const second = await focused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`input[name="${second.name}"][value="nee"]`)).toBeChecked();
  await page.keyboard.press('Tab');
  const third = await focused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`input[name="${third.name}"][value="weet-niet"]`)).toBeChecked();
  // Every further question is one Tab stop; then the result button.
  for (let step = 0; step < 200 && !(await focused()).scan; step++) await page.keyboard.press('Tab');
  expect((await focused()).scan).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#scan-resultaat')).toBeFocused();
  const list = page.locator('[data-action-list] > li');
  const risky = (await questionData(page)).filter((question) => [second.name, third.name].includes(`vraag-${question.id}`) && (question.risk === 'nee' || `vraag-${question.id}` === third.name));
  await expect(list).toHaveCount(risky.length + ((await questionData(page)).find((question) => `vraag-${question.id}` === first.name)?.risk === 'ja' ? 1 : 0));
  await expect(page.locator('[data-action-list]')).toContainText(/Zoek dit uit:/);
  // The count is announced in a polite live region.
  await expect(page.getByRole('status').filter({ hasText: /actie/ })).toHaveText(/\d+ acties? voor u\./);
});

test('all "nee" with a sector: an ordered list of at least ten links that all resolve; reload keeps it; wipe clears it', async ({ page, request }) => {
  await page.goto(sitePath('/scan/?sector=detailhandel'));
  await expect(page.locator('input[name="sector"][value="detailhandel"]')).toBeChecked();
  const questions = await questionData(page);
  // The sector filter: questions for other sectors only are hidden.
  expect(questions.some((question) => question.hidden)).toBe(true);
  await answerAll(page, 'nee');
  await page.locator('[data-scan-result]').click();
  const items = page.locator('[data-action-list] > li');
  const expected = questions.filter((question) => !question.hidden && question.risk === 'nee');
  await expect(items).toHaveCount(expected.length);
  expect(expected.length).toBeGreaterThanOrEqual(10);
  // Priority first, then the theme order of the page, then the order within the theme.
  const themeOrder = [...new Set(questions.map((question) => question.theme))];
  const ids = await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id!));
  const byId = new Map(questions.map((question) => [question.id, question]));
  const keys = ids.map((id) => byId.get(id)!).map((question) => [question.priority, themeOrder.indexOf(question.theme), question.order]);
  const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
  expect(keys).toEqual(sorted);
  expect(keys[0]![0]).toBe(1);
  // Every advice links to the page that shows how, and every link resolves.
  const hrefs = await page.locator('[data-action-list] [data-advice-link]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.length).toBe(expected.length);
  for (const href of new Set(hrefs.map((href) => href.split('#')[0]!))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
  // Anchors point at headings that exist on the target page.
  for (const href of hrefs.filter((href) => href.includes('#')).slice(0, 6)) {
    const [path, anchor] = href.split('#') as [string, string];
    const html = await (await request.get(path)).text();
    expect(html, href).toContain(`id="${anchor}"`);
  }
  // One key, a few KiB.
  const stored = await page.evaluate((key) => ({ keys: Object.keys(localStorage), value: localStorage.getItem(key) }), KEY);
  expect(stored.keys).toEqual([KEY]);
  expect(stored.value!.length).toBeLessThan(4096);
  await page.reload();
  await expect(page.locator('[data-question] input:checked')).toHaveCount(expected.length + questions.filter((question) => !question.hidden && question.risk === 'ja').length);
  await expect(items).toHaveCount(expected.length);
  await page.locator('[data-scan-wipe]').click();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await expect(page.locator('[data-question] input:checked')).toHaveCount(0);
  await expect(page.locator('[data-scan-output]')).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /gewist/ })).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-question] input:checked')).toHaveCount(0);
});

test('all well: the list says so and points to the PVO', async ({ page }) => {
  await page.goto(sitePath('/scan/'));
  const questions = await questionData(page);
  await clickAll(page, questions.map((question) => `input[name="vraag-${question.id}"][value="${question.risk === 'nee' ? 'ja' : 'nee'}"]`).join(', '));
  await page.locator('[data-scan-result]').click();
  await expect(page.locator('[data-action-list] > li')).toHaveCount(0);
  await expect(page.locator('[data-scan-good]')).toBeVisible();
  await expect(page.locator('[data-scan-good] a')).toHaveAttribute('href', /\/over\/vind-uw-pvo\/$/);
});

test('answering sends nothing: no request after the page has loaded', async ({ page }) => {
  await page.goto(sitePath('/scan/'));
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.locator('input[name="sector"][value="horeca"]').check();
  await answerAll(page, 'nee');
  await answerAll(page, 'weet-niet');
  await page.locator('[data-scan-result]').click();
  await page.locator('[data-scan-wipe]').click();
  await page.waitForTimeout(300);
  expect(requests).toEqual([]);
});

test('the action list prints on at most two A4 pages with date, edition and address', async ({ page }) => {
  await page.goto(sitePath('/scan/?sector=detailhandel'));
  await answerAll(page, 'nee');
  await page.locator('[data-scan-result]').click();
  await page.emulateMedia({ media: 'print' });
  const head = page.locator('.scan-result .print-head');
  await expect(head).toBeVisible();
  await expect(head).toContainText(sitePath('/scan/'));
  await expect(head).toContainText(/\d{4}/);
  await expect(page.locator('.scan__form')).toBeHidden();
  await expect(page.locator('[data-action-list]')).toBeVisible();
  const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
  // The print button opens the print dialog from the script file (no inline handler).
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.locator('[data-scan-print]').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('zero axe violations with the action list open, and no sideways scroll at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(sitePath('/scan/'));
  await answerAll(page, 'weet-niet');
  await page.locator('[data-scan-result]').click();
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('without JavaScript every question shows its advice: a printable checklist', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sitePath('/scan/'));
  const questions = page.locator('[data-question]');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(40);
  await expect(page.locator('[data-advice]:visible')).toHaveCount(count);
  await expect(page.locator('[data-advice-link]:visible')).toHaveCount(count);
  // Nothing that needs the script is shown.
  await expect(page.locator('[data-scan-buttons]')).toBeHidden();
  await expect(page.locator('[data-scan-output]')).toBeHidden();
  await context.close();
});

test('pre-filters: ?thema= shows one theme, with a way back to all', async ({ page }) => {
  await page.goto(sitePath('/scan/?thema=overvallen'));
  const visible = page.locator('[data-scan-theme]:visible');
  await expect(visible).toHaveCount(1);
  await expect(visible).toHaveAttribute('data-scan-theme', 'overvallen');
  await page.locator('[data-scan-all]').click();
  await expect.poll(() => page.locator('[data-scan-theme]:visible').count()).toBeGreaterThanOrEqual(6);
});

test('entry points: the home page, every theme guide and every sector page link to the scan, pre-filtered', async ({ page }) => {
  await page.goto(sitePath('/'));
  await expect(page.locator('[data-scan-entry]')).toHaveAttribute('href', sitePath('/scan/'));
  await page.goto(sitePath('/themas/'));
  const themes = [...new Set((await page.locator('main a[href*="/themas/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))).map(siteRelative).filter((path) => /^\/themas\/[^/]+\/$/.test(path)))];
  expect(themes.length).toBe(6);
  for (const theme of themes) {
    await page.goto(sitePath(theme));
    await expect(page.locator('[data-scan-entry]'), theme).toHaveAttribute('href', sitePath(`/scan/?thema=${theme.split('/')[2]}`));
  }
  await page.goto(sitePath('/sectoren/'));
  const sectors = [...new Set((await page.locator('main a[href*="/sectoren/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))).map(siteRelative).filter((path) => /^\/sectoren\/[^/]+\/$/.test(path)))];
  expect(sectors.length).toBeGreaterThan(3);
  for (const sector of sectors) {
    await page.goto(sitePath(sector));
    await expect(page.locator('[data-scan-entry]'), sector).toHaveAttribute('href', sitePath(`/scan/?sector=${sector.split('/')[2]}`));
  }
});

test('the English scan has an English interface; Dutch questions say they are Dutch', async ({ page }) => {
  const response = await page.goto(sitePath('/en/scan/'));
  if (response?.status() === 404) {
    // No English in this edition: the Dutch scan offers no English version either.
    await page.goto(sitePath('/scan/'));
    await expect(page.locator('link[rel="alternate"][hreflang="en"], a[hreflang="en"]')).toHaveCount(0);
    return;
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Show my action list' })).toBeVisible();
  const legends = page.locator('[data-question] legend');
  const untranslated = await legends.evaluateAll((nodes) => nodes.filter((node) => node.getAttribute('lang') === 'nl').length);
  const labels = page.locator('[data-question] label');
  await expect(labels.first()).toHaveText('Yes');
  // Every question is either English (no lang) or marked Dutch.
  expect(untranslated).toBeLessThanOrEqual(await legends.count());
  if (untranslated > 0) await expect(page.locator('.scan__note')).toHaveText('The questions are in Dutch only.');
});

test('"Bespreek uw uitkomst met het PVO": the region’s own contact, or Vind uw PVO nationally', async ({ page }, testInfo) => {
  await page.goto(sitePath('/scan/'));
  const block = page.locator('.scan-pvo');
  await expect(block.getByRole('heading', { name: 'Bespreek uw uitkomst met het PVO' })).toBeVisible();
  const edition = String(testInfo.project.metadata.edition);
  if (edition === 'landelijk') {
    await expect(block.locator('a')).toHaveAttribute('href', sitePath('/over/vind-uw-pvo/'));
  } else {
    const region = parse(readFileSync(`regions/${edition}/region.yaml`, 'utf8')) as { contact?: { phone?: string; email?: string } };
    expect(region.contact?.phone ?? region.contact?.email, 'the example regions have a contact').toBeTruthy();
    if (region.contact?.phone) await expect(block.locator(`a[href="tel:${region.contact.phone.replace(/[^\d+]/g, '')}"]`)).toBeVisible();
    if (region.contact?.email) await expect(block.locator(`a[href="mailto:${region.contact.email}"]`)).toBeVisible();
  }
});

test('a region adds its own questions and hides national ones (region.yaml hide: scan/<slug>)', async ({ page }, testInfo) => {
  const edition = String(testInfo.project.metadata.edition);
  await page.goto(sitePath('/scan/'));
  const ids = await page.locator('[data-question]').evaluateAll((sets) => sets.map((set) => (set as HTMLElement).dataset.id!));
  const national = readdirSync('content/scan').map((name) => name.replace(/\.yaml$/, ''));
  if (edition === 'landelijk') {
    expect(ids.sort()).toEqual(national.sort());
    return;
  }
  const region = parse(readFileSync(`regions/${edition}/region.yaml`, 'utf8')) as { hide?: string[] };
  const hidden = (region.hide ?? []).filter((key) => key.startsWith('scan/')).map((key) => key.slice('scan/'.length));
  const own = existsSync(`regions/${edition}/content/scan`) ? readdirSync(`regions/${edition}/content/scan`).map((name) => name.replace(/\.yaml$/, '')) : [];
  expect(own.length, 'the example regions add a question').toBeGreaterThan(0);
  for (const id of own) expect(ids, id).toContain(id);
  for (const id of hidden) expect(ids, id).not.toContain(id);
  expect(ids.length).toBe(new Set([...national.filter((id) => !hidden.includes(id)), ...own]).size);
});

test('the scan script stays within its budget (4 KiB gzip) and runs as a file under the strict policy', async ({ page, request }) => {
  await page.goto(sitePath('/scan/'));
  const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((nodes) => nodes.map((node) => ({ src: node.getAttribute('src'), inline: (node.textContent ?? '').trim().length > 0 && !node.getAttribute('src') })));
  expect(scripts.filter((script) => script.inline)).toEqual([]);
  let bytes = 0;
  for (const script of scripts) bytes += gzipSync(await (await request.get(script.src!)).body(), { level: 9 }).byteLength;
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(4096);
});
