/**
 * The CMS end to end, as `npm run cms` runs it: the built site and the
 * local CMS server (scripts/lib/cms/cms-server.ts) in front of decap-server in git
 * mode, on a fresh clone of this repository. An edit in the browser must
 * become a commit on a `cms/<collection>/<slug>` branch (the editorial
 * workflow's pull request) that changes exactly the edited field and passes
 * `npm run check`; publishing and saving over uncommitted work are refused in Dutch.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseContentFile } from '../../src/lib/model/front-matter.ts';
import { cloneForCms, startLocalCms, type LocalCms } from '../../scripts/lib/cms/local-cms.ts';
import { sitePath } from './support/site.ts';

// Ports after the editions' preview servers (playwright.config.ts takes E2E_PORT and the next few).
const CMS_PORT = Number(process.env.E2E_PORT ?? 4322) + 15;
let repo: ReturnType<typeof cloneForCms>;
let clone: string;
/** When the tested build has a base path (PAGES_BASE): a folder with the edition linked in at that path. */
let mountRoot: string | undefined;
let cms: LocalCms;
let cmsUrl: string;

// One clone and one pair of servers for the whole file.
test.describe.configure({ mode: 'serial' });

const git = (...args: string[]) => repo.git(...args);

test.beforeAll(async ({}, testInfo) => {
  repo = cloneForCms(process.cwd());
  clone = repo.dir;
  const outDir = resolve(String(testInfo.project.metadata.outDir));
  if (sitePath('/') !== '/') {
    // The build lives under a base path: serve it there, as it is published.
    mountRoot = mkdtempSync(join(tmpdir(), 'kvo-cms-site-'));
    const mount = join(mountRoot, sitePath('/')).replace(/\/$/, '');
    mkdirSync(dirname(mount), { recursive: true });
    symlinkSync(outDir, mount);
  }
  cms = await startLocalCms({ siteDir: mountRoot ?? outDir, repoDir: clone, port: CMS_PORT, quiet: true });
  cmsUrl = cms.url;
});

test.afterAll(() => {
  cms?.stop();
  repo?.remove();
  if (mountRoot) rmSync(mountRoot, { recursive: true, force: true });
});

test('an edit in the CMS becomes a pull-request branch that passes the content check', async ({ page }) => {
  test.setTimeout(120_000);
  const file = 'content/toolkits/checklist-cyberbasis.mdx';
  const before = parseContentFile(git('show', `HEAD:${file}`), file);
  const newSummary = 'Met deze checklist controleert u in twintig minuten de digitale basisbeveiliging van uw bedrijf.';

  await page.goto(`${cmsUrl}${sitePath('/admin/')}`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.goto(`${cmsUrl}${sitePath('/admin/#/collections/toolkits/entries/checklist-cyberbasis')}`);
  const summary = page.getByLabel(/Samenvatting/);
  await expect(summary).toHaveValue(String(before.data.summary), { timeout: 30_000 });
  // The preview pane frames the page as the site does, in the site's own stylesheet.
  const preview = page.frameLocator('iframe');
  await expect(preview.locator('h1.nl-heading')).toHaveText(String(before.data.title));
  const siteRules = await preview.locator('body').evaluate(() => [...document.styleSheets].filter((sheet) => sheet.href?.includes('/_astro/')).reduce((sum, sheet) => sum + sheet.cssRules.length, 0));
  expect(siteRules).toBeGreaterThan(50);
  await summary.fill(newSummary);
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  await expect(page.getByText('Item opgeslagen')).toBeVisible({ timeout: 20_000 });
  // Locally there is no "Publiceer" (it would merge into the local main): a note says to push the branch instead.
  await expect(page.getByText(/^Status:/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Publice/ })).toHaveCount(0);
  await expect(page.locator('#lokale-cms')).toContainText('git push origin cms/<soort>/<naam>');

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

test.describe('on a branch of the coordinator', () => {
  let branchRepo: ReturnType<typeof cloneForCms>;
  let branchCms: LocalCms;
  const event = 'regions/voorbeeld-noord/content/events/alleen-op-mijn-branch-2027.mdx';

  test.beforeAll(async ({}, testInfo) => {
    // As docs/stap-voor-stap.md tells a coordinator: work on a branch of your own, with an entry that main does not have.
    branchRepo = cloneForCms(process.cwd(), 'mijn-wijziging');
    const source = 'regions/voorbeeld-noord/content/events/webinar-collectief-winkelverbod-2026.mdx';
    const text = branchRepo.git('show', `HEAD:${source}`).replace(/^title: .*$/m, 'title: "Alleen op mijn branch"');
    writeFileSync(join(branchRepo.dir, event), text);
    branchRepo.git('add', event);
    branchRepo.git('commit', '--quiet', '-m', 'Activiteit op mijn branch');
    branchCms = await startLocalCms({ siteDir: mountRoot ?? resolve(String(testInfo.project.metadata.outDir)), repoDir: branchRepo.dir, port: CMS_PORT + 3, quiet: true });
  });

  test.afterAll(() => {
    branchCms?.stop();
    branchRepo?.remove();
  });

  test('the CMS shows the entries of the checked-out branch and refuses a new event without a date', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${branchCms.url}${sitePath('/admin/')}`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.goto(`${branchCms.url}${sitePath('/admin/#/collections/voorbeeld-noord-events')}`);
    await expect(page.getByText('Alleen op mijn branch')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Geen items')).toHaveCount(0);

    await page.goto(`${branchCms.url}${sitePath('/admin/#/collections/voorbeeld-noord-events/new')}`);
    await page.getByLabel(/^Titel/).fill('Avond zonder datum');
    await page.getByLabel(/Samenvatting/).fill('Een activiteit waarvan de datum nog niet is ingevuld, om de CMS te testen.');
    await page.getByRole('button', { name: 'Opslaan' }).first().click();
    await expect(page.getByText(/Begin: dit veld is verplicht\./)).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('Item opgeslagen')).toHaveCount(0);
    expect(branchRepo.git('branch', '--list', 'cms/*')).toBe('');
  });
});
