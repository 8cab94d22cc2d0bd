import { defineConfig, devices } from '@playwright/test';
import { selectedEditions } from './src/lib/editions/edition-list.ts';
import { chromiumLaunchOptions, previewCommand } from './scripts/lib/hosting/browser.ts';
import { editionBase, editionOutDir } from './scripts/lib/hosting/pages-host.ts';
const FIRST_PORT = Number(process.env.E2E_PORT ?? 4322);

/** Specs that hold national expectations (search ranking, phone layout, the CMS). */
const NATIONAL_ONLY = ['**/search.spec.ts', '**/mobile.spec.ts', '**/cms.spec.ts'];

/**
 * Every edition built by `npm run build:all` (all, or those in EDITIONS) is tested on its own server,
 * from the folder and under the base path build:all gave it (PAGES_BASE<id>/ when PAGES_URL and
 * PAGES_BASE are set, as the deploy publishes it; else `/`). Specs write site paths through
 * sitePath() (tests/e2e/support/site.ts), which adds the project's `base`.
 */
const editions = selectedEditions(process.cwd()).map((id, index) => ({ id, port: FIRST_PORT + index, outDir: editionOutDir(id), base: editionBase(id) }));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : '50%',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    // A trace of every test costs a fifth of the suite's time (measured on the page sweep); CI prints
    // each failure's message and shows no traces. For a trace: npx playwright test --trace on.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    // The offline worker installs in every new browser context and fetches its precache in the
    // background: work for the browser and the server in each of some 200 tests. Only offline.spec.ts,
    // which tests it, lets it run.
    serviceWorkers: 'block',
    // Debian's Chromium where it exists (Playwright cannot download browsers here), Playwright's own otherwise.
    launchOptions: chromiumLaunchOptions(),
  },
  projects: editions.map(({ id, port, outDir, base }) => ({
    name: id,
    metadata: { edition: id, outDir, base },
    use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}` },
    // The national edition skips what only a region has (regional.spec.ts, tests tagged @regional); the regions skip national expectations.
    ...(id === 'landelijk' ? { testIgnore: '**/regional.spec.ts', grepInvert: /@regional/ } : { testIgnore: NATIONAL_ONLY }),
  })),
  // The built editions, served as in production (`npm run build:all` must have run).
  webServer: editions.map(({ port, outDir, base }) => ({
    command: `node ${previewCommand(port).join(' ')}`,
    url: `http://127.0.0.1:${port}${base}`,
    env: { OUT_DIR: outDir, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
