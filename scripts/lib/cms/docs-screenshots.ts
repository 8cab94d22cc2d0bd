/**
 * The screenshots in the editors' guides (docs/img/), made from the real thing
 * so they stay current: `npm run screenshots -- --docs`. The local CMS runs on a
 * throwaway clone (nothing changes in this copy) in front of the built national
 * edition; an editor's round is played through: open a concept, type a summary
 * that is too short, save a good one, look at the workflow board, then the page
 * on a phone. Small viewports keep the files small (a few hundred KiB together).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { cloneForCms, startLocalCms } from './local-cms.ts';

export const DOCS_IMAGE_DIR = join('docs', 'img');
/** The concept the round edits, and the page it has on the site. */
const COLLECTION = 'concepts';
const SLUG = 'burgernet';
const SITE_PATH = `/concepten/${SLUG}/`;
const DESKTOP = { width: 1024, height: 640 };
const PHONE = { width: 375, height: 667 };

export async function takeDocsScreenshots(browser: Browser, siteDir: string, port: number, outputDir = DOCS_IMAGE_DIR): Promise<string[]> {
  mkdirSync(outputDir, { recursive: true });
  const clone = cloneForCms(process.cwd());
  const cms = await startLocalCms({ siteDir, repoDir: clone.dir, port, quiet: true });
  const written: string[] = [];
  const shoot = async (page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) => {
    const path = join(outputDir, name);
    // Whole pixels, so an unchanged screen gives the same file again.
    const rounded = clip && { x: Math.round(clip.x), y: Math.round(clip.y), width: Math.round(clip.width), height: Math.round(clip.height) };
    await page.screenshot({ path, animations: 'disabled', ...(rounded ? { clip: rounded } : {}) });
    written.push(path);
  };
  try {
    const page = await browser.newPage({ viewport: DESKTOP, deviceScaleFactor: 1 });
    await page.goto(`${cms.url}/admin/`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.goto(`${cms.url}/admin/#/collections/${COLLECTION}/entries/${SLUG}`);
    const summary = page.getByLabel(/Samenvatting/);
    await summary.waitFor({ timeout: 30_000 });
    // The preview pane loads the site's CSS in its own frame.
    await page.frameLocator('iframe').locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    await shoot(page, 'cms-bewerken.png');

    // A summary that is too short: the form says so before anything is saved.
    const original = await summary.inputValue();
    await summary.fill('Te kort.');
    await page.getByRole('button', { name: 'Opslaan' }).first().click();
    const field = page.locator('[class*="ControlContainer"]').filter({ has: summary });
    await field.getByText(/tekens/).first().waitFor();
    const box = (await field.boundingBox())!;
    await shoot(page, 'cms-fout.png', { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: Math.min(DESKTOP.width / 2 + 16, box.width + 16), height: box.height + 16 });

    // A good summary is saved: a branch cms/concepts/burgernet with the status "Concept", and no "Publiceer" here.
    await summary.fill(`${original.replace(/\.$/, '')}, ook als u zelf niet thuis bent.`);
    await page.getByRole('button', { name: 'Opslaan' }).first().click();
    await page.getByText('Item opgeslagen').waitFor({ timeout: 20_000 });
    await page.getByText('Item opgeslagen').waitFor({ state: 'hidden', timeout: 20_000 });
    const save = (await page.getByRole('button', { name: 'Opslaan' }).first().boundingBox())!;
    const status = (await page.getByText(/^Status:/).first().boundingBox())!;
    await shoot(page, 'cms-opgeslagen.png', { x: save.x - 12, y: 0, width: status.x + status.width - save.x + 36, height: 66 });

    await page.goto(`${cms.url}/admin/#/workflow`);
    await page.getByText('Burgernet').first().waitFor({ timeout: 20_000 });
    await shoot(page, 'cms-werkbord.png');
    await page.close();

    // The page on a phone, as the pull request's preview shows it.
    const phone = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 1 });
    await phone.goto(`${cms.url}${SITE_PATH}`);
    await shoot(phone, 'site-telefoon.png');
    await phone.close();
  } finally {
    cms.stop();
    clone.remove();
  }
  return written;
}
