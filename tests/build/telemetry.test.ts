/**
 * No telemetry: every way the project starts Astro switches its anonymous
 * usage data off. Checked on a fresh HOME, without any network: with
 * DEBUG=astro:telemetry Astro prints an event instead of sending it, and an
 * enabled Astro shows its notice and writes its settings into HOME.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASTRO_BIN } from '../../scripts/lib/build/astro.ts';

const PORT = Number(process.env.E2E_PORT ?? 4322) + 9;

/** Starts `astro preview` the given way on a fresh HOME, stops it once it serves; returns its output and the HOME. */
async function preview(command: string[], home: string, site: string): Promise<string> {
  // A clean environment: no CI (Astro skips its notice on CI), no telemetry switch, no real HOME.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData'), DEBUG: 'astro:telemetry', OUT_DIR: site, PORT: String(PORT) };
  const child = spawn(process.execPath, command, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  for (let attempt = 0; attempt < 300 && child.exitCode === null; attempt++) {
    if (await fetch(`http://127.0.0.1:${PORT}/`).then((response) => response.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  child.kill();
  await exited;
  return output;
}

const telemetryFiles = (home: string) => [join(home, '.config', 'astro'), join(home, 'Library', 'Preferences', 'astro'), join(home, 'AppData', 'astro')].filter((dir) => existsSync(dir));

test('the project starts Astro with telemetry off: nothing recorded, nothing written to HOME', async () => {
  const work = mkdtempSync(join(tmpdir(), 'kvo-telemetry-'));
  try {
    const site = join(work, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');

    // The project's way (npm run preview → scripts/serve.ts → scripts/lib/build/astro.ts).
    const home = join(work, 'home');
    mkdirSync(home);
    const ours = await preview(['scripts/serve.ts', 'preview'], home, site);
    assert.match(ours, new RegExp(`127\\.0\\.0\\.1:${PORT}`), ours);
    assert.doesNotMatch(ours, /anonymous|anonymousId/i, ours);
    assert.deepEqual(telemetryFiles(home), [], 'no Astro settings written into HOME');

    // Control: Astro started directly records an event and writes its settings (the test can fail).
    const other = join(work, 'home-direct');
    mkdirSync(other);
    const direct = await preview([ASTRO_BIN, 'preview', '--port', String(PORT), '--host', '127.0.0.1'], other, site);
    assert.match(direct, /anonymousId|anonymous/i, 'without the switch, Astro would collect usage data');
    const [settings] = telemetryFiles(other);
    assert.ok(settings, 'without the switch, Astro writes its telemetry settings into HOME');
    assert.match(readFileSync(join(settings, 'config.json'), 'utf8'), /telemetry/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('every script that starts Astro goes through scripts/lib/build/astro.ts', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  for (const [name, command] of Object.entries(pkg.scripts)) assert.doesNotMatch(command, /(^|&&\s*|\s)astro\s/, `npm run ${name} calls astro directly: use node scripts/astro.ts`);
  for (const file of ['scripts/build.ts', 'scripts/serve.ts', 'scripts/astro.ts', 'scripts/lib/hosting/browser.ts']) {
    const text = readFileSync(file, 'utf8');
    assert.match(text, /astroEnv\(/, `${file} sets the telemetry switch`);
  }
});
