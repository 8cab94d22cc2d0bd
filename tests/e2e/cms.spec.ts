/**
 * The CMS end to end, as `npm run cms` runs it: the built site and the
 * local CMS server (scripts/lib/cms-server.ts) in front of decap-server in git
 * mode, on a fresh clone of this repository. An edit in the browser must
 * become a commit on a `cms/<collection>/<slug>` branch (the editorial
 * workflow's pull request) that changes exactly the edited field and passes
 * `npm run check`; publishing and saving over uncommitted work are refused in Dutch.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseContentFile } from '../../src/lib/front-matter.ts';
import { startCmsServer } from '../../scripts/lib/cms-server.ts';

// Ports after the editions' preview servers (playwright.config.ts takes E2E_PORT and the next few).
const CMS_PORT = Number(process.env.E2E_PORT ?? 4322) + 15;
const DECAP_PORT = CMS_PORT + 1;
let clone: string;
let server: ChildProcess;
let cms: Server;
let cmsUrl: string;

// One clone and one pair of servers for the whole file.
test.describe.configure({ mode: 'serial' });

const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, encoding: 'utf8' });

test.beforeAll(async ({}, testInfo) => {
  clone = mkdtempSync(join(tmpdir(), 'kvo-cms-'));
  execFileSync('git', ['clone', '--quiet', process.cwd(), clone]);
  // The clone works on `main` with the tested commit, also when the tests run from a feature branch.
  git('checkout', '--quiet', '-B', 'main');
  git('config', 'user.email', 'redactie@example.org');
  git('config', 'user.name', 'Redactie');
  symlinkSync(resolve('node_modules'), join(clone, 'node_modules'));
  server = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: clone, PORT: String(DECAP_PORT), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  const backendUrl = `http://127.0.0.1:${DECAP_PORT}/api/v1`;
  await expect.poll(async () => (await fetch(backendUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }).catch(() => undefined))?.status, { timeout: 20_000 }).toBe(200);
  ({ server: cms, url: cmsUrl } = await startCmsServer({ siteDir: String(testInfo.project.metadata.outDir), repoDir: clone, backendUrl, port: CMS_PORT }));
});

test.afterAll(() => {
  cms?.close();
  server?.kill();
  rmSync(clone, { recursive: true, force: true });
});

test('an edit in the CMS becomes a pull-request branch that passes the content check', async ({ page }) => {
  test.setTimeout(120_000);
  const file = 'content/toolkits/checklist-cyberbasis.mdx';
  const before = parseContentFile(git('show', `HEAD:${file}`), file);
  const newSummary = 'Met deze checklist controleert u in twintig minuten de digitale basisbeveiliging van uw bedrijf.';

  await page.goto(`${cmsUrl}/admin/`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.goto(`${cmsUrl}/admin/#/collections/toolkits/entries/checklist-cyberbasis`);
  const summary = page.getByLabel(/Samenvatting/);
  await expect(summary).toHaveValue(String(before.data.summary), { timeout: 30_000 });
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
  // The CMS writes the canonical front matter: the diff is exactly the one edited line.
  const changed = git('diff', '--unified=0', 'main', branch, '--', file).split('\n').filter((line) => /^[-+][^-+]/.test(line));
  expect(changed).toEqual([`-summary: "${String(before.data.summary)}"`, `+summary: "${newSummary}"`]);

  git('checkout', '--quiet', branch);
  const check = execFileSync(process.execPath, ['scripts/check.ts'], { cwd: clone, encoding: 'utf8' });
  expect(check).toMatch(/0 fouten/);
});

test('locally, publishing is refused with what to do instead, and so is saving over uncommitted work', async () => {
  const api = (body: unknown) => fetch(`${cmsUrl}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const publish = await api({ action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'toolkits', slug: 'checklist-cyberbasis' } });
  expect(publish.status).toBe(409);
  expect((await publish.json()).error).toMatch(/^Publiceren gaat niet vanuit de lokale CMS\..*git push origin cms\/toolkits\/checklist-cyberbasis/);
  git('checkout', '--quiet', 'main');
  appendFileSync(join(clone, 'README.md'), '\nlokale wijziging\n');
  const entry = { slug: 'x', path: 'content/pages/x.mdx', raw: '---\ntitle: X\n---\n' };
  const save = await api({ action: 'persistEntry', params: { branch: 'main', entry, assets: [], options: { collectionName: 'pages', commitMessage: 'x', useWorkflow: true, status: 'draft' } } });
  expect(save.status).toBe(409);
  expect((await save.json()).error).toMatch(/nog niet zijn vastgelegd \(README\.md\)/);
  expect(git('branch', '--list', 'cms/pages/x')).toBe('');
});
