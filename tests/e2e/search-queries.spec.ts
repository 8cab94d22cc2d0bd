/**
 * The project's search test set (search-queries.json), typed into the search
 * page itself in Chromium, one query after the other on one page, on every
 * edition: the share of queries whose page is in the top 3 must be ≥ 95 %.
 * Rows whose page the edition does not have (hidden, not written yet) are skipped there.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { linkPaths, sitemapPaths, sitePath } from './support/site.ts';

interface Row {
  query: string;
  expect: string;
  kind: string;
}
const SET = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as Record<string, Row[]>;
/** Every language of the set (tr, ar, pl and zh too: each has its own Pagefind index and search aids). */
const LANGS = Object.keys(SET).filter((key) => !key.startsWith('$'));
const inLanguage = (path: string, lang: string) => (lang === 'nl' ? !LANGS.some((other) => other !== 'nl' && path.startsWith(`/${other}/`)) : path.startsWith(`/${lang}/`));
const REQUIRED_SHARE = 0.95;

/** Types the query into the search page's box, submits it and returns the result paths once the count for this query is announced. */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  const box = page.getByRole('searchbox');
  await box.fill(query);
  await box.press('Enter');
  // The status quotes the query in the page's own quotation marks: “…”, „…”, «…».
  await page.waitForFunction((typed) => {
    const status = document.getElementById('zoekstatus')?.textContent ?? '';
    return ['“”', '„”', '«»'].some(([open, close]) => status.includes(`${open}${typed}${close}`));
  }, query);
  return linkPaths(page, '[data-search-results] h2 a');
}

for (const lang of LANGS) {
  test(`search test set (${lang}): ≥ 95 % of the queries show their page in the top 3`, async ({ page, request }) => {
    test.setTimeout(180_000);
    const existing = new Set(await sitemapPaths(request));
    const rows = SET[lang]!.filter((row) => existing.has(row.expect));
    if (rows.length === 0) {
      // Only an edition without pages in this language may have no rows: then its sitemap has none either.
      expect([...existing].filter((path) => inLanguage(path, lang))).toEqual([]);
      return;
    }
    await page.goto(sitePath(lang === 'nl' ? '/zoeken/' : `/${lang}/zoeken/`));
    const misses: string[] = [];
    for (const row of rows) {
      const results = await typeQuery(page, row.query);
      if (!results.slice(0, 3).includes(row.expect)) misses.push(`"${row.query}" (${row.kind}) → ${row.expect}; top 3: ${results.slice(0, 3).join(', ') || 'niets'}`);
    }
    const share = (rows.length - misses.length) / rows.length;
    const summary = `${lang}: ${rows.length - misses.length}/${rows.length} = ${(share * 100).toFixed(1)} % in de top 3 (${SET[lang]!.length - rows.length} overgeslagen: pagina bestaat niet in deze editie)`;
    test.info().annotations.push({ type: 'search-share', description: summary });
    console.log(`${summary}${misses.length ? `\n  missers:\n  - ${misses.join('\n  - ')}` : ''}`);
    expect(share, `${summary}\nmissers:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  });
}
