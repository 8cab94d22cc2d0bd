/**
 * Builds every edition: the national one into dist/landelijk/ and each
 * regions/<id>/ into dist/<id>/, in parallel up to the number of cores (and
 * what memory allows), each with its own Astro cache. National content is
 * parsed and validated once, here, into a cache file the edition builds share
 * (src/lib/editions/content-cache.ts). Every edition is published atomically by
 * scripts/build.ts; one failed edition fails the whole run.
 *
 *   npm run build:all                          every edition
 *   npm run build:all -- voorbeeld-noord       only these (a fork's CI builds just its own)
 *   EDITIONS="landelijk voorbeeld-zuid" npm run build:all
 *   BUILD_JOBS=1 npm run build:all             one at a time
 *   npm run build:all -- --list                the selected editions as JSON (for a CI matrix)
 *
 * For one host serving all editions (GitHub Pages), set PAGES_URL (the site's
 * origin) and PAGES_BASE (e.g. /kennisbank/): each edition then gets the base
 * path PAGES_BASE<id>/ and the root gets a page (and a 404 page) that links to every edition
 * (those in PAGES_EDITIONS, when the host publishes more than this run builds:
 * the deploy builds and tests each edition in its own job). OUT_ROOT moves the
 * output (default dist/). scripts/lib/hosting/pages-host.ts holds these rules; the
 * tests read the build from the same place.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { CONTENT_CACHE_VARIABLE, contentCache } from '../src/lib/editions/content-cache.ts';
import { LOCK_VARIABLE } from '../src/lib/build/dot-astro-lock.ts';
import { NATIONAL_EDITION_ID, nationalEdition } from '../src/lib/editions/edition.ts';
import { COLLECTION_FILES, editionPaths, planCollection } from '../src/lib/editions/edition-plan.ts';
import { selectedEditions } from '../src/lib/editions/edition-list.ts';
import { editionBase, editionOutDir, outRoot as outRootOf, sharedHost as sharedHostOf, type SharedHost } from './lib/hosting/pages-host.ts';

const root = process.cwd();
const { values: options, positionals } = parseArgs({ options: { list: { type: 'boolean', default: false } }, allowPositionals: true });
let editions: string[];
/** The editions the root page links to. */
let published: string[];
try {
  editions = selectedEditions(root, positionals);
  published = process.env.PAGES_EDITIONS === undefined ? editions : selectedEditions(root, [], { EDITIONS: process.env.PAGES_EDITIONS });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (options.list) {
  // For a CI matrix: the selected editions as JSON.
  console.log(JSON.stringify(editions));
  process.exit(0);
}
const outRoot = outRootOf();
const sharedHost = sharedHostOf();

/**
 * The pages at the root of a shared host: index.html links to every published edition (and sends
 * visitors to the first); 404.html, which GitHub Pages shows for any unknown address on the host (an
 * edition's own 404.html is not used there), leads to them too.
 */
function writeRootPages(host: SharedHost): void {
  mkdirSync(outRoot, { recursive: true });
  const links = `<ul>${published.map((id) => `<li><a href="${host.base}${id}/">${id}</a></li>`).join('')}</ul>`;
  const page = (title: string, head: string, body: string) =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body><main>${body}</main></body></html>\n`;
  writeFileSync(`${outRoot}/index.html`, page('Kennisbank Veilig Ondernemen: edities', `<meta http-equiv="refresh" content="0; url=${host.base}${published[0]}/">`, `<h1>Kennisbank Veilig Ondernemen</h1>${links}`));
  writeFileSync(`${outRoot}/404.html`, page('Pagina niet gevonden | Kennisbank Veilig Ondernemen', '', `<h1>Pagina niet gevonden</h1><p>Deze pagina bestaat niet (meer). Kies een editie van de Kennisbank Veilig Ondernemen:</p>${links}`));
}

// A large edition's build takes up to ~3 GiB; never more builds at once than cores or memory allow.
const byMemory = Math.max(1, Math.floor(totalmem() / (3 * 1024 ** 3)));
const jobs = Math.max(1, Math.min(Number(process.env.BUILD_JOBS) || availableParallelism(), byMemory, editions.length));

// National content, parsed and validated once for all editions.
const work = mkdtempSync(join(tmpdir(), 'kvo-build-all-'));
const cacheFile = join(work, 'content-cache.bin');
if (editions.length > 1) {
  const started = performance.now();
  const cache = contentCache({ [CONTENT_CACHE_VARIABLE]: cacheFile })!;
  for (const collection of Object.keys(COLLECTION_FILES) as (keyof typeof COLLECTION_FILES)[]) planCollection(collection, nationalEdition(process.env), editionPaths(root, process.env));
  cache.save();
  console.log(`Landelijke inhoud gelezen en gevalideerd in ${((performance.now() - started) / 1000).toFixed(1)} s (gedeeld door ${editions.length} edities).`);
}

interface Outcome {
  id: string;
  ok: boolean;
  seconds: number;
}

function buildEdition(id: string): Promise<Outcome> {
  const started = performance.now();
  mkdirSync(outRoot, { recursive: true });
  console.log(`→ ${id}: bouwen naar ${outRoot}/${id}/`);
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      REGION: id === NATIONAL_EDITION_ID ? '' : id,
      OUT_DIR: editionOutDir(id),
      ASTRO_CACHE_DIR: `node_modules/.astro/${id}`,
      ...(editions.length > 1 ? { [CONTENT_CACHE_VARIABLE]: cacheFile } : {}),
      ...(jobs > 1 ? { [LOCK_VARIABLE]: join(work, 'dot-astro.lock') } : {}),
      ...(sharedHost ? { BASE_PATH: editionBase(id), SITE_URL: sharedHost.origin } : {}),
    },
  });
  // Parallel builds would interleave their logs: each edition's log is printed in one piece when it ends.
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const ok = code === 0;
      const lines = log.split('\n').filter((line) => !line.includes('├─') && !line.includes('└─'));
      console.log(`\n=== Editie ${id} ${ok ? `klaar in ${seconds.toFixed(1)} s` : 'is NIET gebouwd'}\n${lines.join('\n').trim()}`);
      resolve({ id, ok, seconds });
    });
  });
}

const started = performance.now();
const queue = [...editions];
const outcomes: Outcome[] = [];
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let id = queue.shift(); id; id = queue.shift()) outcomes.push(await buildEdition(id));
  }),
);
rmSync(work, { recursive: true, force: true });

const failed = outcomes.filter((outcome) => !outcome.ok);
console.log(
  `\n${outcomes.length - failed.length} van ${editions.length} edities gebouwd in ${((performance.now() - started) / 1000).toFixed(1)} s (${jobs} tegelijk): ` +
    outcomes.map((outcome) => `${outcome.id} ${outcome.ok ? `${outcome.seconds.toFixed(1)} s` : 'MISLUKT'}`).join(', '),
);
if (failed.length) {
  console.error(`Niet gebouwd: ${failed.map((outcome) => outcome.id).join(', ')} (zie de melding per editie hierboven; de vorige versie van die edities staat nog in ${outRoot}/).`);
  process.exit(1);
}

if (sharedHost) writeRootPages(sharedHost);
