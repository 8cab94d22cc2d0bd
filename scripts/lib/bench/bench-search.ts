/**
 * Search figures for `npm run bench`: the bytes of the search aids
 * (vocabulary, synonyms, stop words, best bets), the bytes of a first search
 * (Pagefind's files plus ours: budget ≤ 8 KiB gzip of ours) and the time from
 * typing to results, measured in Chromium on the built site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions, startPreview } from '../hosting/browser.ts';
import { SEARCH_AIDS_FILE } from '../../../src/lib/search/search-aids.ts';

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).byteLength;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Queries for the warm timings: a keyword, a question, a typo, a situation (best bet). */
const WARM_QUERIES = ['kassa', 'hoe voorkom ik een overval', 'fising', 'ik ben overvallen', 'winkeldief betrapt', 'cybercrime'];

/** Submits a query on the search page and returns the milliseconds until its result count is announced. */
async function timeQuery(page: Page, query: string): Promise<number> {
  const box = page.getByRole('searchbox');
  await box.fill(query);
  const started = await page.evaluate(() => performance.now());
  await box.press('Enter');
  await page.waitForFunction((typed) => (document.getElementById('zoekstatus')?.textContent ?? '').includes(`“${typed}”`), query);
  return (await page.evaluate(() => performance.now())) - started;
}

export async function searchFigures(outDir: string, port: number, firstQuery = 'overval kassa'): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  const aidsFile = join(outDir, 'zoeken', SEARCH_AIDS_FILE);
  if (existsSync(aidsFile)) {
    const aids = JSON.parse(readFileSync(aidsFile, 'utf8')) as Record<string, unknown>;
    const part = (key: string) => gz(JSON.stringify(aids[key] ?? {}));
    const words = Object.values((aids.vocabulary ?? {}) as Record<string, string>).reduce((sum, group) => sum + group.split(' ').length, 0);
    rows.push(
      ['zoekhulp: woordenlijst gzip', `${part('vocabulary')} B (${words} woorden)`],
      ['zoekhulp: synoniemen gzip', `${part('synonyms')} B`],
      ['zoekhulp: stopwoorden + best bets gzip', `${part('stop') + part('bets')} B`],
      ['zoekhulp: hele bestand gzip', `${gz(readFileSync(aidsFile))} B`],
    );
  }

  const server = await startPreview(port, outDir);
  try {
    const browser = await chromium.launch(chromiumLaunchOptions());
    const page = await browser.newPage();
    const fetched = new Set<string>();
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.resourceType() !== 'document' && !path.endsWith('.css')) fetched.add(path);
    });
    await page.goto(`${server.url}/zoeken/`);
    const first = await timeQuery(page, firstQuery);
    await page.waitForLoadState('networkidle');
    const sizes = [...fetched].map((path) => ({ path, bytes: gz(readFileSync(join(outDir, path))) }));
    const ours = sizes.filter((file) => file.path.startsWith('/_astro/') || file.path.endsWith(SEARCH_AIDS_FILE));
    const warm: number[] = [];
    for (const query of WARM_QUERIES) warm.push(await timeQuery(page, query));
    await browser.close();
    const sum = (files: { bytes: number }[]) => files.reduce((total, file) => total + file.bytes, 0);
    rows.push(
      ['eerste zoekopdracht: alles gzip', `${kib(sum(sizes))} in ${sizes.length} bestanden`],
      ['eerste zoekopdracht: van Pagefind gzip', kib(sum(sizes.filter((file) => file.path.startsWith('/pagefind/'))))],
      ['eerste zoekopdracht: van ons gzip (UI + zoekhulp)', `${kib(sum(ours))} (budget ≤ 8 KiB): ${ours.map((file) => `${file.path.split('/').pop()} ${file.bytes} B`).join(', ')}`],
      ['typen → resultaten, eerste zoekopdracht', `${first.toFixed(0)} ms (laadt Pagefind en de zoekhulp)`],
      ['typen → resultaten, daarna (mediaan)', `${median(warm).toFixed(0)} ms (max ${Math.max(...warm).toFixed(0)} ms over ${warm.length} vragen; tijdens typen komt daar 200 ms wachttijd bij)`],
    );
  } finally {
    server.stop();
  }
  return rows;
}
