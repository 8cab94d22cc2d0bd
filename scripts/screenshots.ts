/**
 * Screenshots of the built site on a phone (375 px) and a desktop (1280 px),
 * for reviewing a change by eye. Serves OUT_DIR (default dist/) itself.
 *
 *   npm run screenshots -- / /themas/overvallen/
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/themas/overvallen/', '/toolkits/checklist-overvalpreventie/', '/concepten/', '/zoeken/?q=overval'];
const port = 4391;
const outputDir = 'screenshots';
mkdirSync(outputDir, { recursive: true });
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const [device, viewport] of [['phone', { width: 375, height: 740 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    for (const path of paths) {
      await page.goto(`http://127.0.0.1:${port}${path}`);
      if (path.startsWith('/zoeken/')) await page.getByRole('status').filter({ hasText: /resulta/ }).waitFor();
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({ path: `${outputDir}/${name}-${device}.png`, fullPage: true });
      console.log(`${outputDir}/${name}-${device}.png`);
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
