/**
 * `npm run dev` on the fixture with one broken page: that page shows the Dutch
 * error page, every other page works, and the terminal names the problem in
 * Dutch. Also: a broken link is a Dutch warning while writing, not a broken page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroEnv } from '../../scripts/lib/build/astro.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('astro dev: a content error breaks only its own page, with a Dutch error page', async () => {
  const work = mkdtempSync(join(tmpdir(), 'kvo-dev-'));
  const contentDir = join(work, 'content');
  cpSync('tests/fixtures/content-minimal', contentDir, { recursive: true });
  const theme = join(contentDir, 'themes/overvallen.mdx');
  writeFileSync(theme, readFileSync(theme, 'utf8').replace(/^title: .*$/m, 'title: Overvallen: wat nu'));
  appendFileSync(join(contentDir, 'themes/afpersing.mdx'), '\nZie [weg](/toolkits/bestaat-niet/).\n');
  const port = await freePort();
  let output = '';
  // As an editor starts it: npm run dev (scripts/serve.ts), which also puts Astro's follow-up errors in Dutch.
  const server = spawn(process.execPath, ['scripts/serve.ts', 'dev'], {
    env: { ...astroEnv(), PORT: String(port), CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache') },
    detached: true,
  });
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let attempt = 0; attempt < 120 && !/watching for file changes/.test(output); attempt++) await new Promise((resolve) => setTimeout(resolve, 500));
    const get = (path: string) => fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
    const broken = await get('/themas/overvallen/');
    assert.equal(broken.status, 500);
    const html = await broken.text();
    assert.match(html, /<html lang="nl">/);
    assert.match(html, /Deze pagina heeft een fout in de inhoud/);
    assert.match(html, /zet de tekst tussen aanhalingstekens: title: &quot;Overvallen: wat nu&quot;/);
    for (const path of ['/', '/themas/afpersing/', '/over/privacy/']) assert.equal((await get(path)).status, 200, `${path}\n${output}`);
    // A page that refers to the broken theme (no good version loaded yet) says why it cannot show.
    assert.match(await (await get('/concepten/testconcept/')).text(), /themes\/overvallen\.mdx/);
    assert.match(output, /1 fout in de inhoud \(de pagina met de fout toont een foutpagina\)/);
    // The broken theme is missing from the start: the texts that refer to it are one Dutch line, not Astro's English ones.
    assert.match(output, /✗ 2 teksten verwijzen naar themes\/overvallen \(concepts\/testconcept, toolkits\/testchecklist\), dat door de fout hierboven ontbreekt/);
    assert.doesNotMatch(output, /Invalid content reference/);
    assert.match(output, /1 waarschuwing over links, ankers, afbeeldingen of kopjes[^\n]*\n\s+! .*afpersing\.mdx:\d+ — veld "link": gevonden "\/toolkits\/bestaat-niet\/"/);
    assert.doesNotMatch(output, /Stack trace|\n\s+at /);
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
});
