/**
 * Screenshots of the built site on a phone (375 × 812) and a desktop (1280 px),
 * for reviewing a change by eye. Serves each built edition itself.
 *
 *   npm run screenshots                       every edition in dist/<id>/ (or dist/), the review set
 *   npm run screenshots -- / /themas/overvallen/
 *   npm run screenshots -- --top /            only the first screen, as a visitor lands
 *   npm run screenshots -- --edition=voorbeeld-noord
 *   npm run screenshots -- --docs             the images in the editors' guides (docs/img/), from the local CMS
 *   PORT=5400 npm run screenshots             another port (default 4391; a taken port is refused)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, startPreview } from './lib/hosting/browser.ts';
import { listRegions } from '../src/lib/editions/region-config.ts';
import { handleKnownErrors } from './lib/cli.ts';
import { choosePort, requireFreePort, withoutPort } from './lib/hosting/ports.ts';
import { takeDocsScreenshots } from './lib/cms/docs-screenshots.ts';

handleKnownErrors();

/** Home, a theme, a stappenplan, a checklist, the PVO list and search: the pages a visitor in trouble meets. */
const REVIEW_SET = ['/', '/themas/overvallen/', '/toolkits/stappenplan-na-een-overval/', '/toolkits/checklist-overvalpreventie/', '/over/vind-uw-pvo/', '/zoeken/?q=overval'];
const args = withoutPort(process.argv.slice(2));
const firstScreenOnly = args.includes('--top');
const onlyEdition = args.find((arg) => arg.startsWith('--edition='))?.slice('--edition='.length);
const requested = args.filter((arg) => !arg.startsWith('--'));
const paths = requested.length ? requested : REVIEW_SET;
const port = choosePort(process.argv.slice(2), process.env, 'PORT', 4391);
await requireFreePort(port, 'de server voor de schermafbeeldingen', 'PORT', 'screenshots');
const editions = ['landelijk', ...listRegions(process.cwd())]
  .map((id) => ({ id, outDir: join('dist', id) }))
  .filter((edition) => existsSync(edition.outDir) && (!onlyEdition || edition.id === onlyEdition));
// A single `npm run build` writes dist/ itself.
if (!editions.length && !onlyEdition && existsSync(join('dist', 'index.html'))) editions.push({ id: 'dist', outDir: 'dist' });
if (!editions.length) {
  console.error('Geen gebouwde editie gevonden: draai eerst npm run build of npm run build:all.');
  process.exit(1);
}

// --docs: the guides' images, from the national edition.
const national = args.includes('--docs') ? editions.find((edition) => edition.id === 'landelijk' || edition.id === 'dist') : undefined;
if (args.includes('--docs') && !national) {
  console.error('De schermafbeeldingen voor de handleidingen tonen de landelijke editie: draai eerst npm run build.');
  process.exit(1);
}

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  if (national) {
    for (const file of await takeDocsScreenshots(browser, national.outDir, port)) console.log(file);
  }
  for (const edition of national ? [] : editions) {
    const server = await startPreview(port, edition.outDir);
    const outputDir = join('screenshots', edition.id);
    mkdirSync(outputDir, { recursive: true });
    try {
      for (const [device, viewport] of [['phone', { width: 375, height: 812 }], ['desktop', { width: 1280, height: 900 }]] as const) {
        const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
        for (const path of paths) {
          const response = await page.goto(`${server.url}${path}`);
          if (!response?.ok()) {
            console.log(`${edition.id}${path}: ${response?.status() ?? 'geen antwoord'}, overgeslagen`);
            continue;
          }
          if (path.startsWith('/zoeken/')) await page.getByRole('status').filter({ hasText: /resulta/ }).waitFor();
          const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
          const file = join(outputDir, `${name}-${device}.png`);
          await page.screenshot({ path: file, fullPage: !firstScreenOnly });
          console.log(file);
        }
        await page.close();
      }
    } finally {
      server.stop();
    }
  }
} finally {
  await browser.close();
}
