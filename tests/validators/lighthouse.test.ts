/**
 * Lighthouse CI (@lhci/cli, with Debian's Chromium and no network) on the
 * national edition as served in production (under its base path when built
 * for a shared host): the home page, the largest theme guide, the largest
 * stappenplan and the search page, one run each (mobile, simulated throttling).
 * National only, like the national e2e specs: with EDITIONS naming only
 * regional editions (a fork, one leg of the deploy matrix) it does not run. Performance, accessibility and best practices must
 * score at least 0.95; SEO too, except on pages that ask not to be indexed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumLaunchOptions, startPreview } from '../../scripts/lib/hosting/browser.ts';
import { parseContentFile } from '../../src/lib/model/front-matter.ts';
import { NATIONAL_EDITION_ID } from '../../src/lib/editions/edition.ts';
import { builtEditions } from './built.ts';

const run = promisify(execFile);
const lhci = createRequire(import.meta.url).resolve('@lhci/cli/src/cli.js');
const PORT = Number(process.env.VALIDATORS_PORT ?? 4390);
const MIN_SCORE = 0.95;

const national = builtEditions().find((edition) => edition.id === NATIONAL_EDITION_ID);

/** The built page of `prefix/<slug>/` with the most HTML: the heaviest of its kind. */
function largest(prefix: string, slugs: string[]): string {
  const sized = slugs.map((slug) => ({ path: `/${prefix}/${slug}/`, bytes: statSync(join(national!.dir, prefix, slug, 'index.html')).size }));
  return sized.sort((a, b) => b.bytes - a.bytes)[0]!.path;
}

const themes = readdirSync('content/themes').filter((file) => file.endsWith('.mdx')).map((file) => file.replace(/\.mdx$/, ''));
const stappenplannen = readdirSync('content/toolkits')
  .filter((file) => file.endsWith('.mdx'))
  .filter((file) => parseContentFile(readFileSync(join('content/toolkits', file), 'utf8'), file).data.kind === 'stappenplan')
  .map((file) => file.replace(/\.mdx$/, ''));
const pages = national ? ['/', largest('themas', themes), largest('toolkits', stappenplannen), '/zoeken/'] : [];

function isNoindex(path: string): boolean {
  const html = readFileSync(join(national!.dir, path, 'index.html'), 'utf8');
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}

const skip = national ? false : `the national edition is not among EDITIONS (${process.env.EDITIONS})`;

test(`Lighthouse CI: ${pages.join(', ') || 'the national edition'} score ≥ ${MIN_SCORE}`, { timeout: 600_000, skip }, async (t) => {
  // Debian's Chromium (or CHROMIUM_PATH); elsewhere the one Playwright installed. Nothing is downloaded.
  const executablePath = chromiumLaunchOptions().executablePath ?? chromium.executablePath();
  const preview = await startPreview(PORT, national!.dir, national!.base);
  const work = mkdtempSync(join(tmpdir(), 'lhci-'));
  try {
    const urls = pages.map((path) => `${preview.url}${path}`);
    const category = (name: string) => [`categories:${name}`, ['error', { minScore: MIN_SCORE, aggregationMethod: 'pessimistic' }]];
    const config = {
      ci: {
        collect: {
          url: urls,
          numberOfRuns: 1,
          chromePath: executablePath,
          settings: {
            chromeFlags: CHROMIUM_ARGS.join(' '),
            // Only what the assertions read; the PWA-like "full" set costs time.
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          },
        },
        assert: {
          assertMatrix: urls.map((url, index) => ({
            matchingUrlPattern: `^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
            assertions: Object.fromEntries(
              ['performance', 'accessibility', 'best-practices', ...(isNoindex(pages[index]!) ? [] : ['seo'])].map((name) => category(name)),
            ),
          })),
        },
      },
    };
    const configFile = join(work, 'lighthouserc.json');
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    // lhci starts `node` from PATH for each Lighthouse run: make that the project's Node.
    const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, CI: '1' };
    await run(process.execPath, [lhci, 'collect', `--config=${configFile}`], { cwd: work, env, maxBuffer: 64 * 1024 * 1024 });

    const reportDir = join(work, '.lighthouseci');
    const scores = readdirSync(reportDir)
      .filter((file) => file.startsWith('lhr-') && file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(reportDir, file), 'utf8')) as { requestedUrl: string; categories: Record<string, { score: number }> })
      .map((lhr) => `${new URL(lhr.requestedUrl).pathname} ${Object.entries(lhr.categories).map(([name, { score }]) => `${name} ${Math.round(score * 100)}`).join(', ')}`);
    t.diagnostic(scores.join('\n'));
    assert.equal(scores.length, pages.length, 'one Lighthouse result per page');

    const verdict = await run(process.execPath, [lhci, 'assert', `--config=${configFile}`], { cwd: work, env }).then(
      () => '',
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    if (verdict) assert.fail(`Lighthouse CI assertions failed:\n${verdict}\nScores:\n${scores.join('\n')}`);
  } finally {
    preview.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
