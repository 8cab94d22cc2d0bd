/**
 * `astro dev` of a regional edition, in a temporary copy of the project: saving
 * the regional section under a national text (`overlay: extend`) refreshes
 * that page, and only files in the content folders make the loader re-read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
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

const until = async (what: () => Promise<boolean> | boolean, seconds: number): Promise<boolean> => {
  for (let waited = 0; waited < seconds * 4; waited++) {
    if (await what()) return true;
    await new Promise((done) => setTimeout(done, 250));
  }
  return false;
};

test('astro dev: saving a regional extend section refreshes the page; other files do not reload content', async () => {
  const project = mkdtempSync(join(tmpdir(), 'kvo-dev-watch-'));
  for (const entry of ['src', 'public', 'content', 'regions', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(entry, join(project, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  const section = join(project, 'regions/voorbeeld-noord/content/themes/overvallen.mdx');
  const listen = await port();
  let output = '';
  const { CONTENT_DIR: _national, ...env } = process.env;
  const server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--port', String(listen), '--host', '127.0.0.1'], {
    cwd: project,
    env: { ...astroEnv(env), REGION: 'voorbeeld-noord', ASTRO_CACHE_DIR: join(project, '.cache') },
    detached: true,
  });
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  try {
    const page = async () => (await fetch(`http://127.0.0.1:${listen}/themas/overvallen/`)).text();
    assert.ok(await until(() => /watching for file changes/.test(output), 90), output);
    assert.match(await page(), /Overval-preventieteam komt langs/);

    // A file outside the content folders changes: no content reload.
    writeFileSync(join(project, 'NOTITIES.md'), 'niet van belang\n');
    await new Promise((done) => setTimeout(done, 1500));
    assert.doesNotMatch(output, /NOTITIES\.md gewijzigd/);

    // The PVO edits its regional section and saves: the page shows the new text and the summary it now sets.
    writeFileSync(
      section,
      readFileSync(section, 'utf8')
        .replace('overlay: extend', 'overlay: extend\nsummary: "Wat u doet tegen overvallen, met het preventieteam van PVO Noord dat bij u langskomt."')
        .replace('### Overval-preventieteam komt langs', '### Het overval-preventieteam komt bij u langs'),
    );
    assert.ok(await until(async () => /Het overval-preventieteam komt bij u langs/.test(await page()), 30), `the page did not change after saving\n${output}`);
    assert.ok(await until(async () => /met het preventieteam van PVO Noord dat bij u langskomt/.test(await page()), 30), `the summary did not change\n${output}`);
    assert.match(output, /regions\/voorbeeld-noord\/content\/themes\/overvallen\.mdx gewijzigd: themes opnieuw gelezen/);
    assert.doesNotMatch(output, /concepts opnieuw gelezen|toolkits opnieuw gelezen/);
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
    rmSync(project, { recursive: true, force: true });
  }
});
