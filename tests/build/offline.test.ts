/**
 * The offline worker across builds and editions, for real (issue 21, items 3 and 5): two editions are
 * built for one shared host (PAGES_URL + PAGES_BASE, as GitHub Pages serves them) from a copy of the
 * national content, and served from one origin. In Chromium:
 * - each edition's worker controls its own folder only, with its own caches;
 * - after a stappenplan changes and the edition is rebuilt into the same served folder, one online
 *   visit replaces the offline copy: offline, the new text shows, and the old copy is gone;
 * - a preview build (PREVIEW=1) in a folder that had a worker has none, and its pages remove the old one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { buildOutputDir } from './support/output-dir.ts';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/lib/hosting/browser.ts';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.xml': 'application/xml' };

const BASE = '/kennisbank/';

/** A static host like GitHub Pages: the output root under BASE, folders serve their index.html, anything unknown the root 404.html. */
function serve(root: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const path = normalize(pathname.startsWith(BASE) ? pathname.slice(BASE.length) : '/nergens/').replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html']! }).end(readFileSync(join(root, '404.html')));
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

/** Opens an address and waits until the edition's worker is active and controls the page (clientsClaim: no reload needed). */
async function visitControlled(page: Page, url: string): Promise<string> {
  await page.goto(url);
  // Installing means fetching the whole precache: on a busy machine that takes tens of seconds. No worker at
  // all would leave the controller empty for ever: give up after 90 s (the asserts below then fail).
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 90_000, polling: 100 }).catch(() => undefined);
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}

test('each edition on a shared host has its own worker and caches, and a new deploy replaces the offline copy', { timeout: 360_000 }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'kvo-offline-'));
  const site = buildOutputDir('kvo-offline-site-');
  const contentDir = join(work, 'content');
  cpSync('content', contentDir, { recursive: true });
  const build = (editions: string, preview = '') => {
    const { CI: _ci, ...env } = process.env;
    const result = spawnSync(process.execPath, ['scripts/build-all.ts'], {
      encoding: 'utf8',
      env: { ...env, EDITIONS: editions, PAGES_EDITIONS: 'landelijk voorbeeld-zuid', PAGES_URL: 'https://kennisbank.example', PAGES_BASE: BASE, OUT_ROOT: site, CONTENT_DIR: contentDir, PREVIEW: preview, TZ: 'UTC' },
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  };
  const browser = await chromium.launch(chromiumLaunchOptions());
  let server: Server | undefined;
  try {
    build('landelijk voorbeeld-zuid');
    const host = await serve(site);
    server = host.server;
    const context = await browser.newContext();
    const page = await context.newPage();
    // A busy machine (npm test runs builds and browsers side by side) can be slow to answer.
    page.setDefaultTimeout(60_000);

    // Every edition's worker is served from its folder and controls only that folder.
    const national = `${host.origin}/kennisbank/landelijk/`;
    const regional = `${host.origin}/kennisbank/voorbeeld-zuid/`;
    assert.equal(await visitControlled(page, national), `${national}sw.js`);
    assert.equal(await visitControlled(page, regional), `${regional}sw.js`);
    const scopes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope).sort());
    assert.deepEqual(scopes, [national, regional]);
    await page.goto(`${national}themas/`);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), `${national}sw.js`, 'a national page is controlled by the national worker');
    // Caches: named per edition, each with its own scope in the name; nothing shared.
    const cacheNames: string[] = await page.evaluate(() => caches.keys());
    assert.ok(cacheNames.some((name) => name.startsWith('kvo-landelijk-precache') && name.endsWith(national)), cacheNames.join(', '));
    assert.ok(cacheNames.some((name) => name.startsWith('kvo-voorbeeld-zuid-precache') && name.endsWith(regional)), cacheNames.join(', '));
    assert.ok(cacheNames.every((name) => /^kvo-(landelijk|voorbeeld-zuid)-/.test(name)), cacheNames.join(', '));

    // A stappenplan as it is now, kept offline.
    const plan = `${national}toolkits/stappenplan-na-een-overval/`;
    await page.goto(plan);
    const sentence = `Proef voor de offline-update ${Date.now()}: deze zin is nieuw.`;
    assert.ok(!(await page.locator('main').textContent())!.includes(sentence));
    const keptCopies = (scope: string) =>
      page.evaluate(async (scope) => {
        const name = (await caches.keys()).find((key) => key.startsWith('kvo-landelijk-precache') && key.endsWith(scope));
        if (!name) return [];
        return (await (await caches.open(name)).keys()).map((request) => request.url).filter((url) => url.includes('/landelijk/toolkits/stappenplan-na-een-overval/index.html'));
      }, scope);
    const [oldCopy] = await keptCopies(national);
    assert.ok(oldCopy, 'the stappenplan is kept offline');

    // The editors change it; the edition is built again into the folder the host serves.
    appendFileSync(join(contentDir, 'toolkits', 'stappenplan-na-een-overval.mdx'), `\n${sentence}\n`);
    build('landelijk');

    // One online visit: the browser finds the new worker, which keeps the new copy and drops the old.
    // Going offline while the new worker still installs would test the race, not the update: on a busy
    // machine its install (the whole precache) takes tens of seconds, so wait until it is in charge.
    await page.goto(national);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    let copies: string[] = [];
    for (let waited = 0; waited < 600; waited++) {
      const settled = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return !registration?.installing && !registration?.waiting && registration?.active?.state === 'activated';
      });
      copies = await keptCopies(national);
      if (settled && !copies.includes(oldCopy!)) break;
      await page.waitForTimeout(200);
    }
    assert.equal(copies.length, 1, `one copy of the stappenplan, not the old one too: ${copies.join(', ')}`);
    assert.notEqual(copies[0], oldCopy, 'the kept copy is the new deploy\'s');
    await context.setOffline(true);
    const response = await page.goto(plan);
    assert.equal(response?.fromServiceWorker(), true);
    assert.ok((await page.locator('main').textContent())!.includes(sentence), 'offline, the new text shows');

    // A preview build in the regional folder: no worker file, and a visit removes the worker that was there.
    await context.setOffline(false);
    build('voorbeeld-zuid', '1');
    assert.equal(existsSync(join(site, 'voorbeeld-zuid', 'sw.js')), false);
    await page.goto(regional);
    await page.waitForLoadState('load');
    let remaining: string[] = [];
    for (let attempt = 0; attempt < 300; attempt++) {
      remaining = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope));
      if (!remaining.includes(regional)) break;
      await page.waitForTimeout(100);
    }
    assert.deepEqual(remaining, [national], 'only the national worker is left');
    await context.close();
  } finally {
    server?.closeAllConnections();
    server?.close();
    await browser.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
  }
});
