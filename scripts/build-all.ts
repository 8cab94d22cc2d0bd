/**
 * Builds every edition: the national one into dist/landelijk/ and each
 * regions/<id>/ into dist/<id>/. One after another (two cores), each with its
 * own cache so editions never share a content store.
 *
 * For one host serving all editions (GitHub Pages), set PAGES_URL (the site's
 * origin) and PAGES_BASE (e.g. /kennisbank/): each edition then gets the base
 * path PAGES_BASE<id>/ and the root gets a page that links to every edition.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { listRegions } from '../src/lib/region-config.ts';
import { NATIONAL_EDITION_ID } from '../src/lib/edition.ts';

const editions = [NATIONAL_EDITION_ID, ...listRegions(process.cwd())];
const outRoot = process.env.OUT_ROOT ?? 'dist';
const pagesBase = process.env.PAGES_BASE?.replace(/\/*$/, '/');
const sharedHost = pagesBase && process.env.PAGES_URL ? { base: pagesBase, origin: new URL(process.env.PAGES_URL).origin } : undefined;
for (const id of editions) {
  console.log(`\n=== Editie ${id} → ${outRoot}/${id}/`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      REGION: id === NATIONAL_EDITION_ID ? '' : id,
      OUT_DIR: `${outRoot}/${id}`,
      ASTRO_CACHE_DIR: `node_modules/.astro/${id}`,
      ...(sharedHost ? { BASE_PATH: `${sharedHost.base}${id}/`, SITE_URL: sharedHost.origin } : {}),
    },
  });
  if (result.status !== 0) {
    console.error(`Editie ${id} is niet gebouwd (zie hierboven).`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ${id} klaar in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (sharedHost) {
  const links = editions.map((id) => `<li><a href="${sharedHost.base}${id}/">${id}</a></li>`).join('');
  writeFileSync(
    `${outRoot}/index.html`,
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kennisbank Veilig Ondernemen: edities</title><meta http-equiv="refresh" content="0; url=${sharedHost.base}${NATIONAL_EDITION_ID}/"></head><body><main><h1>Kennisbank Veilig Ondernemen</h1><ul>${links}</ul></main></body></html>\n`,
  );
}
