/**
 * `astro dev` of a regional edition, in a temporary copy of the project: saving
 * the regional section under a national text (`overlay: extend`) refreshes
 * that page, and only files in the content folders make the loader re-read;
 * saving region.yaml shows the new settings (name, hide) without a restart by
 * hand, a broken region.yaml gives every page a Dutch error page until it is
 * fixed, and so does a broken data file without a page of its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ASTRO_BIN, astroEnv } from '../../scripts/lib/build/astro.ts';

async function port(): Promise<number> {
  if (process.env.PORT) return Number(process.env.PORT);
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port: free } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return free;
}

/** Polls; a request that fails (dev restarting after region.yaml was saved) counts as not yet. */
const until = async (what: () => Promise<boolean> | boolean, seconds: number): Promise<boolean> => {
  for (let waited = 0; waited < seconds * 4; waited++) {
    if (await Promise.resolve().then(what).catch(() => false)) return true;
    await new Promise((done) => setTimeout(done, 250));
  }
  return false;
};

/** A temporary copy of the project (node_modules linked), so a test can edit content and settings. */
function copyProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'kvo-dev-watch-'));
  for (const entry of ['src', 'public', 'content', 'regions', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(entry, join(project, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  return project;
}

interface Dev {
  /** The page's HTML as a browser asks for it, and its status. */
  page: (path: string) => Promise<{ status: number; html: string }>;
  output: () => string;
  stop: () => Promise<void>;
}

/** `astro dev` of voorbeeld-noord in the copy, ready for requests. */
async function startDev(project: string): Promise<Dev> {
  const listen = await port();
  let output = '';
  const { CONTENT_DIR: _national, ...env } = process.env;
  const server: ChildProcess = spawn(process.execPath, [ASTRO_BIN, 'dev', '--port', String(listen), '--host', '127.0.0.1'], {
    cwd: project,
    env: { ...astroEnv(env), REGION: 'voorbeeld-noord', ASTRO_CACHE_DIR: join(project, '.cache') },
    detached: true,
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) => server.on('exit', done));
  const stop = async () => {
    process.kill(-server.pid!, 'SIGTERM');
    await exited;
    rmSync(project, { recursive: true, force: true });
  };
  if (!(await until(() => /watching for file changes/.test(output), 90))) {
    await stop();
    assert.fail(`astro dev did not start\n${output}`);
  }
  // A saved region.yaml restarts the server, sometimes twice: a request that meets the restart is asked again.
  const page = async (path: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await fetch(`http://127.0.0.1:${listen}${path}`, { headers: { accept: 'text/html' } });
        return { status: response.status, html: await response.text() };
      } catch (error) {
        if (attempt >= 40) throw error;
        await new Promise((done) => setTimeout(done, 250));
      }
    }
  };
  return { page, output: () => output, stop };
}

test('astro dev: saving a regional extend section refreshes the page; other files do not reload content', async () => {
  const project = copyProject();
  const section = join(project, 'regions/voorbeeld-noord/content/themes/overvallen.mdx');
  const dev = await startDev(project);
  try {
    const page = async () => (await dev.page('/themas/overvallen/')).html;
    assert.match(await page(), /Overval-preventieteam komt langs/);

    // A file outside the content folders changes: no content reload.
    writeFileSync(join(project, 'NOTITIES.md'), 'niet van belang\n');
    await new Promise((done) => setTimeout(done, 1500));
    assert.doesNotMatch(dev.output(), /NOTITIES\.md gewijzigd/);

    // The PVO edits its regional section and saves: the page shows the new text and the summary it now sets.
    writeFileSync(
      section,
      readFileSync(section, 'utf8')
        .replace('overlay: extend', 'overlay: extend\nsummary: "Wat u doet tegen overvallen, met het preventieteam van PVO Noord dat bij u langskomt."')
        .replace('### Overval-preventieteam komt langs', '### Het overval-preventieteam komt bij u langs'),
    );
    assert.ok(await until(async () => /Het overval-preventieteam komt bij u langs/.test(await page()), 30), `the page did not change after saving\n${dev.output()}`);
    assert.ok(await until(async () => /met het preventieteam van PVO Noord dat bij u langskomt/.test(await page()), 30), `the summary did not change\n${dev.output()}`);
    assert.match(dev.output(), /regions\/voorbeeld-noord\/content\/themes\/overvallen\.mdx gewijzigd: themes opnieuw gelezen/);
    assert.doesNotMatch(dev.output(), /concepts opnieuw gelezen|toolkits opnieuw gelezen/);
  } finally {
    await dev.stop();
  }
});

test('astro dev: a saved region.yaml shows its name and hide list; a broken one gives a Dutch page on every page until it is fixed', async () => {
  const project = copyProject();
  const settings = join(project, 'regions/voorbeeld-noord/region.yaml');
  const good = readFileSync(settings, 'utf8');
  const dev = await startDev(project);
  try {
    assert.equal((await dev.page('/concepten/burgernet/')).status, 200);

    // The PVO renames its edition and hides a national text: both show after saving, and content edits still show after that.
    writeFileSync(settings, good.replace(/^name: .*$/m, 'name: PVO Proefregio Noord').replace(/^hide:\n/m, 'hide:\n  - concepts/burgernet\n'));
    assert.ok(await until(async () => /PVO Proefregio Noord/.test((await dev.page('/')).html), 30), `the new name does not show\n${dev.output()}`);
    assert.ok(await until(async () => (await dev.page('/concepten/burgernet/')).status === 404, 30), `the hidden text still shows\n${dev.output()}`);
    assert.doesNotMatch((await dev.page('/concepten/')).html, /concepten\/burgernet\//);
    const concept = join(project, 'content/concepts/camera-in-beeld.mdx');
    writeFileSync(concept, readFileSync(concept, 'utf8').replace(/^title: .*$/m, 'title: "Camera in Beeld, bijgewerkt"'));
    assert.ok(await until(async () => /Camera in Beeld, bijgewerkt/.test((await dev.page('/concepten/camera-in-beeld/')).html), 30), `a content edit after the restart does not show\n${dev.output()}`);

    // A missing colon: every page shows the Dutch error page naming the slip, the terminal says it in Dutch, dev keeps running.
    writeFileSync(settings, good.replace(/^shortName: /m, 'shortName '));
    // Until the page names the slip: a watcher may first see the file half written (empty) and show that error.
    const namesSlip = ({ status, html }: { status: number; html: string }) => status === 500 && /geen dubbele punt na &quot;shortName&quot;/.test(html);
    assert.ok(await until(async () => namesSlip(await dev.page('/')), 30), `no error page naming the slip\n${dev.output()}`);
    for (const path of ['/', '/concepten/camera-in-beeld/']) {
      const { status, html } = await dev.page(path);
      assert.equal(status, 500);
      assert.match(html, /<html lang="nl">/);
      assert.match(html, /regions\/voorbeeld-noord\/region\.yaml/);
      assert.match(html, /geen dubbele punt na &quot;shortName&quot;/);
      assert.match(html, /schrijf shortName: PVO Noord/);
    }
    assert.match(dev.output(), /✗ regions\/voorbeeld-noord\/region\.yaml:3 — veld "shortName": gevonden geen dubbele punt na "shortName"/);
    assert.doesNotMatch(dev.output(), /Unable to load your Astro config|Continuing with previous valid configuration|New version of Astro/);

    // Fixed and saved: the pages are back, with the edition's own settings.
    writeFileSync(settings, good);
    assert.ok(await until(async () => (await dev.page('/')).status === 200, 30), `dev did not recover\n${dev.output()}`);
    assert.match((await dev.page('/')).html, /PVO Voorbeeldregio Noord/);
    assert.ok(await until(async () => (await dev.page('/concepten/burgernet/')).status === 200, 30), `the text hidden before does not show again\n${dev.output()}`);
  } finally {
    await dev.stop();
  }
});

test('astro dev: an error in a data file without a page of its own shows on every page; fixed, the pages come back', async () => {
  const project = copyProject();
  const ccv = join(project, 'content/organisations/ccv.yaml');
  const good = readFileSync(ccv, 'utf8');
  const dev = await startDev(project);
  try {
    const concept = '/concepten/keurmerk-veilig-ondernemen/';
    assert.match((await dev.page(concept)).html, /Centrum voor Criminaliteitspreventie en Veiligheid/);

    // A valid edit shows on the pages that use the organisation.
    writeFileSync(ccv, good.replace('title: "Centrum voor Criminaliteitspreventie en Veiligheid"', 'title: "Centrum voor Criminaliteitspreventie en Veiligheid (CCV)"'));
    assert.ok(await until(async () => /Veiligheid \(CCV\)/.test((await dev.page(concept)).html), 30), `the edit does not show\n${dev.output()}`);

    // A missing colon: no page keeps showing the old data without a word.
    writeFileSync(ccv, good.replace('shortName: "CCV"', 'shortName "CCV"'));
    // Until the page names the slip: a watcher may first see the file half written (empty) and show that error.
    assert.ok(await until(async () => /geen dubbele punt na &quot;shortName&quot;/.test((await dev.page(concept)).html), 30), `no error page naming the slip\n${dev.output()}`);
    for (const path of [concept, '/', '/themas/overvallen/']) {
      const { status, html } = await dev.page(path);
      assert.equal(status, 500, path);
      assert.match(html, /content\/organisations\/ccv\.yaml/);
      assert.match(html, /geen dubbele punt na &quot;shortName&quot;/);
    }
    assert.match(dev.output(), /1 fout in de inhoud \(elke pagina toont een foutpagina tot u het herstelt en opslaat\):\n\s+✗ content\/organisations\/ccv\.yaml:2 — veld "shortName": gevonden geen dubbele punt na "shortName"/);

    writeFileSync(ccv, good);
    assert.ok(await until(async () => (await dev.page(concept)).status === 200, 30), `dev did not recover\n${dev.output()}`);
    // The store follows the check within a moment: the page shows the fixed file, not the last good version.
    assert.ok(await until(async () => /Centrum voor Criminaliteitspreventie en Veiligheid</.test((await dev.page(concept)).html), 30), `the fixed data does not show\n${dev.output()}`);
  } finally {
    await dev.stop();
  }
});
