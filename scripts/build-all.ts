/**
 * Builds every edition: the national one into dist/landelijk/ and each
 * regions/<id>/ into dist/<id>/. One after another (two cores), each with its
 * own cache so editions never share a content store.
 */
import { spawnSync } from 'node:child_process';
import { listRegions } from '../src/lib/region-config.ts';
import { NATIONAL_EDITION_ID } from '../src/lib/edition.ts';

const editions = [NATIONAL_EDITION_ID, ...listRegions(process.cwd())];
const outRoot = process.env.OUT_ROOT ?? 'dist';
for (const id of editions) {
  console.log(`\n=== Editie ${id} → ${outRoot}/${id}/`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    stdio: 'inherit',
    env: { ...process.env, REGION: id === NATIONAL_EDITION_ID ? '' : id, OUT_DIR: `${outRoot}/${id}`, ASTRO_CACHE_DIR: `node_modules/.astro/${id}` },
  });
  if (result.status !== 0) {
    console.error(`Editie ${id} is niet gebouwd (zie hierboven).`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ${id} klaar in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
