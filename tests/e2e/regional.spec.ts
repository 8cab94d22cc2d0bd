/**
 * A regional edition on its own server: its name and colours, hidden national
 * pages gone everywhere, provenance on every page, regional pages and the
 * agenda with calendar files, languages, and search scoped to the edition.
 * Expectations come from the region's own files (region.yaml, content files),
 * read by tests/e2e/support/fixtures.ts with the yaml package and DESIGN.md's
 * URL scheme, not through the loader, overlay or routing code under test, so a
 * new fork's edition passes with whatever features it uses
 * (tests/unit/checks/example-editions.test.ts keeps the examples using all).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { regionFixture } from './support/fixtures.ts';
import { formatEventTimeInput, toEventDate } from '../../src/lib/model/event-time.ts';
import { searchFor, sitemapPaths, sitePath } from './support/site.ts';

function editionOf(testInfo: { project: { metadata: Record<string, unknown> } }) {
  const fixture = regionFixture(String(testInfo.project.metadata.edition));
  return { edition: fixture, routed: fixture.entries, events: fixture.events };
}

/** DESIGN.md §3: the Dutch path of a `collection/slug` key. */
const keyPath = (key: string) => {
  const [collection, slug] = key.split('/') as [string, string];
  return `/${{ themes: 'themas', concepts: 'concepten', toolkits: 'toolkits', pages: 'over' }[collection]}/${slug}/`;
};

test('the header carries the edition’s name, logo and colours', async ({ page }, testInfo) => {
  const { edition } = editionOf(testInfo);
  await page.goto(sitePath('/'));
  await expect(page.getByRole('link', { name: new RegExp(edition.name) }).first()).toBeVisible();
  await expect(page.locator('.site-header__logo svg')).toHaveCount(1);
  const background = await page.locator('.site-header').evaluate((header) => getComputedStyle(header).backgroundColor);
  const hex = edition.tokens.primary ?? '#0b4a6f';
  const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  expect(background).toBe(rgb);
});

test('hidden national pages are gone: 404, not in the sitemap, listings, feed or search', async ({ page, request }, testInfo) => {
  const { edition } = editionOf(testInfo);
  const sitemap = await sitemapPaths(request);
  const feeds = await Promise.all(edition.locales.map(async (lang: string) => (await request.get(sitePath(`${lang === 'nl' ? '' : `/${lang}`}/feed.xml`))).text()));
  const feed = feeds.join('\n');
  // Hidden scan questions are not pages (scan.spec.ts checks them on /scan/).
  for (const key of edition.hide.filter((hidden: string) => !hidden.startsWith('scan/'))) {
    const slug = key.split('/')[1]!;
    const path = keyPath(key);
    expect((await request.get(sitePath(path))).status(), path).toBe(404);
    expect(sitemap).not.toContain(path);
    expect(feed).not.toContain(path);
    await page.goto(sitePath(`/${path.split('/')[1]}/`));
    await expect(page.locator(`a[href="${sitePath(path)}"]`)).toHaveCount(0);
    const results = await searchFor(page, slug.replace(/-/g, ' '));
    expect(results).not.toContain(path);
  }
});

test('every page says where its text comes from; extended pages show the regional section', async ({ page }, testInfo) => {
  const { edition, routed } = editionOf(testInfo);
  const samples = ['national', 'extended', 'regional'].flatMap((provenance) => routed.filter((entry) => entry.provenance === provenance && entry.lang === 'nl').slice(0, 1));
  expect(samples[0]?.provenance, 'every edition has national pages').toBe('national');
  for (const entry of samples) {
    await page.goto(sitePath(entry!.path));
    const meta = page.locator('.page__meta').first();
    if (entry!.provenance === 'national') await expect(meta).toContainText('Landelijke tekst van de Platforms Veilig Ondernemen.');
    if (entry!.provenance === 'regional') await expect(meta).toContainText(`Regionale tekst van ${edition.name}.`);
    if (entry!.provenance === 'extended') {
      await expect(meta).toContainText(`Landelijke tekst, aangevuld door ${edition.name}.`);
      await expect(page.getByRole('heading', { level: 2, name: `In de regio: ${edition.name}` })).toBeVisible();
    }
    await expect(page.locator('.page-foot').getByRole('link', { name: 'Pas deze pagina aan' })).toHaveAttribute('href', new RegExp(`${entry!.editFile}$`));
  }
});

test('regional pages are listed, in the sitemap and found by search', async ({ page, request }, testInfo) => {
  const { routed } = editionOf(testInfo);
  const regional = routed.filter((entry) => entry.provenance === 'regional' && entry.lang === 'nl' && entry.editFile.startsWith('regions/'));
  const sitemap = await sitemapPaths(request);
  for (const entry of regional) {
    expect(sitemap).toContain(entry.path);
    await page.goto(sitePath(`/${entry.path.split('/')[1]}/`));
    await expect(page.locator(`main a[href="${sitePath(entry.path)}"]`).first()).toBeVisible();
  }
  for (const newPage of regional.filter((entry) => !entry.data.basedOn).slice(0, 2)) {
    const results = await searchFor(page, String(newPage.data.title));
    expect(results.slice(0, 3)).toContain(newPage.path);
  }
});

test('the agenda lists upcoming and past events, each with a calendar file', async ({ page, request }, testInfo) => {
  const { events } = editionOf(testInfo);
  await page.goto(sitePath('/agenda/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  const now = Date.now();
  const upcoming = events.filter((event) => toEventDate(event.data.end).getTime() >= now).sort((a, b) => toEventDate(a.data.start).getTime() - toEventDate(b.data.start).getTime());
  const past = events.filter((event) => toEventDate(event.data.end).getTime() < now);
  await expect(page.locator('section[aria-labelledby="agenda-komend"] .card')).toHaveCount(upcoming.length);
  if (past.length) await expect(page.locator('section[aria-labelledby="agenda-eerder"] .card')).toHaveCount(past.length);
  if (!upcoming.length) {
    await expect(page.getByText('Er staan op dit moment geen activiteiten gepland.')).toBeVisible();
    return;
  }
  const next = upcoming[0]!;
  await page.goto(sitePath(`/agenda/${next.slug}/`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(next.data.title));
  // Dutch wall-clock time as the editor wrote it, whatever the build machine's TZ (npm test builds with TZ=UTC).
  const start = toEventDate(next.data.start);
  const written = /^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2})(:\d{2})?$/.exec(String(next.data.start).trim());
  await expect(page.locator('.facts time')).toContainText(written ? written[1]! : formatEventTimeInput(start).slice(11));
  const ics = page.getByRole('link', { name: 'Zet in uw agenda (.ics)' });
  await expect(ics).toHaveAttribute('download', `${next.slug}.ics`);
  const response = await request.get((await ics.getAttribute('href'))!);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const body = await response.text();
  expect(body).toContain('BEGIN:VEVENT');
  expect(body).toContain(`DTSTART:${start.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`);
});

test('languages: a switch where the edition has English, with hreflang alternates', async ({ page }, testInfo) => {
  const { edition } = editionOf(testInfo);
  await page.goto(sitePath('/themas/overvallen/'));
  const switchLink = page.locator('.language-switch a[hreflang=en]');
  // Each of the edition's other languages has a link, and no more.
  await expect(page.locator('.language-switch a')).toHaveCount(edition.locales.length - 1);
  if (!edition.locales.includes('en')) {
    await expect(switchLink).toHaveCount(0);
    return;
  }
  await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveCount(1);
  await switchLink.click();
  await expect(page).toHaveURL(/\/en\/themas\/overvallen\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const english = await searchFor(page, 'robbery', '/en/zoeken/');
  expect(english.slice(0, 3)).toContain('/en/themas/overvallen/');
});

test('a regional section stands after the national section it names (after:), and "Op deze pagina" lists it', async ({ page }, testInfo) => {
  const { routed } = editionOf(testInfo);
  const extended = routed.filter((entry) => entry.provenance === 'extended');
  for (const entry of extended) {
    await page.goto(sitePath(entry.path));
    const section = page.locator('section.regional-section');
    await expect(section, entry.path).toHaveCount(1);
    const toc = page.locator('nav.toc');
    if (await toc.count()) await expect(toc.locator('a[href="#in-de-regio"]'), entry.path).toHaveCount(1);
    // The regional file (the one the edit link points at) names the national heading it follows, if any.
    const after = /^after:\s*['"]?([\w-]+)/m.exec(readFileSync(entry.editFile, 'utf8'))?.[1];
    const place = await section.evaluate((element, id) => {
      const headings = [...document.querySelectorAll('main article h2')].filter((heading) => !element.contains(heading));
      const target = id ? document.getElementById(id) : null;
      const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      const next = target ? headings.find((heading) => follows(target, heading) && heading !== target) : undefined;
      return { afterTarget: target ? follows(target, element) : true, beforeNext: next ? follows(element, next) : true, last: !headings.some((heading) => follows(element, heading)) };
    }, after ?? null);
    if (after) {
      expect(place.afterTarget && place.beforeNext, `${entry.path}: after #${after}`).toBe(true);
    } else {
      expect(place.last, `${entry.path}: at the end`).toBe(true);
    }
  }
});
