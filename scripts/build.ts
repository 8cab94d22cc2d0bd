/**
 * Production build: Astro renders the site into a staging folder, Pagefind
 * indexes it, and only a complete result replaces the output folder, so a
 * failed build never leaves a half-built site behind.
 *
 *   node scripts/build.ts            → dist/
 *   OUT_DIR=/tmp/x node scripts/build.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from './lib/pagefind-index.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const stagingDir = `${outDir}.partial`;

rmSync(stagingDir, { recursive: true, force: true });
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: stagingDir },
});
if (astro.status !== 0) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error('\nBouwen mislukt: de site is niet bijgewerkt. Zie de melding hierboven.');
  process.exit(astro.status ?? 1);
}

try {
  const summary = await indexSite(stagingDir);
  const perLanguage = Object.entries(summary.pagesPerLanguage).map(([lang, count]) => `${lang}: ${count}`);
  console.log(`Pagefind: zoekindex gemaakt (${perLanguage.join(', ')} pagina's).`);
} catch (error) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`\nZoekindex maken mislukt: ${(error as Error).message}`);
  process.exit(1);
}

if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(stagingDir, outDir);
console.log(`Klaar: ${outDir}`);
