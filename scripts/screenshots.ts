/**
 * Screenshots of the built site on a phone (375 px) and a desktop (1280 px),
 * for reviewing a change by eye. Serves OUT_DIR (default dist/) itself.
 *
 *   npm run screenshots -- / /themas/overvallen/
 *   npm run screenshots -- --top /          only the first screen, as a visitor lands
 *   PORT=5800 npm run screenshots -- /       another port (default 4391; a taken port is refused)
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, startPreview } from './lib/browser.ts';
import { handleKnownErrors } from './lib/cli.ts';
import { choosePort, requireFreePort, withoutPort } from './lib/ports.ts';

handleKnownErrors();

const args = withoutPort(process.argv.slice(2));
const firstScreenOnly = args.includes('--top');
const requested = args.filter((arg) => arg !== '--top');
const paths = requested.length ? requested : ['/', '/themas/overvallen/', '/toolkits/checklist-overvalpreventie/', '/concepten/', '/zoeken/?q=overval'];
const port = choosePort(process.argv.slice(2), process.env, 'PORT', 4391);
await requireFreePort(port, 'de server voor de schermafbeeldingen', 'PORT', 'screenshots');
const outputDir = 'screenshots';
mkdirSync(outputDir, { recursive: true });
const server = await startPreview(port);
try {
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const [device, viewport] of [['phone', { width: 375, height: 740 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      if (path.startsWith('/zoeken/')) await page.getByRole('status').filter({ hasText: /resulta/ }).waitFor();
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({ path: `${outputDir}/${name}-${device}.png`, fullPage: !firstScreenOnly });
      console.log(`${outputDir}/${name}-${device}.png`);
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.stop();
}
