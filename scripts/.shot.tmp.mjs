// usage: node /tmp/shot.mjs url out.png width height scrollY
import { chromium } from '@playwright/test';
const [url, out, w, h, y] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(url);
await p.evaluate((y) => window.scrollTo(0, y), +y || 0);
await p.screenshot({ path: out });
await b.close();
