/**
 * The CMS end to end: Decap CMS on the built site, against decap-server in
 * git mode on a fresh clone of this repository. An edit in the browser must
 * become a commit on a `cms/<collection>/<slug>` branch (the editorial
 * workflow's pull request) that changes exactly the edited field and passes
 * `npm run check`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseContentFile } from '../../src/lib/front-matter.ts';

const DECAP_PORT = 8081; // the local backend URL in the generated CMS configuration
let clone: string;
let server: ChildProcess;

const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, encoding: 'utf8' });

test.beforeAll(async () => {
  clone = mkdtempSync(join(tmpdir(), 'kvo-cms-'));
  execFileSync('git', ['clone', '--quiet', process.cwd(), clone]);
  git('config', 'user.email', 'redactie@example.org');
  git('config', 'user.name', 'Redactie');
  symlinkSync(resolve('node_modules'), join(clone, 'node_modules'));
  server = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: clone, PORT: String(DECAP_PORT), LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  await expect.poll(async () => (await fetch(`http://localhost:${DECAP_PORT}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }).catch(() => undefined))?.status, { timeout: 20_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(clone, { recursive: true, force: true });
});

test('an edit in the CMS becomes a pull-request branch that passes the content check', async ({ page }) => {
  test.setTimeout(120_000);
  const file = 'content/toolkits/checklist-cyberbasis.mdx';
  const before = parseContentFile(git('show', `HEAD:${file}`), file);
  const newSummary = 'Met deze checklist controleert u in twintig minuten de digitale basisbeveiliging van uw bedrijf.';

  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.goto('/admin/#/collections/toolkits/entries/checklist-cyberbasis');
  const summary = page.getByLabel(/Samenvatting/);
  await expect(summary).toHaveValue(String(before.data.summary));
  await summary.fill(newSummary);
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  await expect(page.getByText('Item opgeslagen')).toBeVisible({ timeout: 20_000 });

  const branch = 'cms/toolkits/checklist-cyberbasis';
  expect(git('branch', '--list', branch)).toContain(branch);
  expect(git('diff', '--name-only', 'main', branch).trim()).toBe(file);
  const after = parseContentFile(git('show', `${branch}:${file}`), file);
  expect(after.data.summary).toBe(newSummary);
  // Only the edited field changed; the body and every other field survive the CMS round trip.
  expect({ ...after.data, summary: before.data.summary }).toEqual({ ...before.data, reviewed: String(before.data.reviewed) });
  expect(after.body.trim()).toBe(before.body.trim());

  git('checkout', '--quiet', branch);
  const check = execFileSync(process.execPath, ['scripts/check.ts'], { cwd: clone, encoding: 'utf8' });
  expect(check).toMatch(/0 fouten/);
});
