/**
 * The offline worker of one built edition (issue 21), made by Workbox's generateSW after Pagefind:
 * - it keeps (precaches) exactly the pages each language's offline page lists under
 *   `data-offline-pages` (home, every stappenplan and theme guide, "Waar meldt u wat?", "Vind uw
 *   PVO", privacy) plus the offline pages themselves, and the stylesheets, scripts, icons and fonts
 *   those pages load: read from the built HTML, never a hand-written list;
 * - every entry is revisioned (hashed `_astro/` files by their name), so a new deploy replaces the
 *   offline copies at the next online visit; cleanupOutdatedCaches removes old caches;
 * - page requests go to the network first (a few seconds' wait on a bad connection), then to the
 *   kept copy, then to the offline page of the visitor's language; pages are never served from the
 *   cache while the network answers, so an online visitor never sees an old stappenplan;
 * - cache names start with `kvo-<edition>` and the worker lives at the edition's base path, so on a
 *   shared host every edition's worker controls only its own folder.
 * Pure helpers (which files, how large) are exported for the tests.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { ICON_SIZES, MANIFEST_FILE, WORKER_FILE, iconFile } from '../../../src/lib/outputs/offline.ts';

/** Files a kept page may load that are worth keeping: styles, scripts, images, fonts. */
const ASSET = /\.(css|js|mjs|svg|png|webp|jpg|jpeg|ico|woff2?|webmanifest)$/i;

/** The offline pages of the built edition, one per language folder (`offline/index.html`, `en/offline/index.html`). */
export function offlinePageFiles(outDir: string): string[] {
  const files = existsSync(join(outDir, 'offline', 'index.html')) ? ['offline/index.html'] : [];
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (entry.isDirectory() && /^[a-z]{2}$/.test(entry.name) && existsSync(join(outDir, entry.name, 'offline', 'index.html'))) files.push(`${entry.name}/offline/index.html`);
  }
  return files;
}

/** The links inside `data-offline-pages` of an offline page, as site paths (with the base path). */
export function listedPages(html: string): string[] {
  const start = html.indexOf('data-offline-pages');
  if (start === -1) return [];
  const section = html.slice(start, html.indexOf('</section>', start));
  return [...section.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
}

/** A site path under `base` → its file in the output folder (`/x/toolkits/a/` → `toolkits/a/index.html`). */
export function fileOfPath(path: string, base: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rest = decodeURI(path.slice(base.length).split(/[?#]/)[0]!);
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

/** What a built HTML or JS file loads from this site (its own files only, as output-folder paths). */
export function loadedFiles(file: string, text: string, base: string): string[] {
  const found = new Set<string>();
  if (file.endsWith('.html')) {
    for (const match of text.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const target = fileOfPath(match[1]!, base);
      if (target && ASSET.test(target)) found.add(target);
    }
  } else if (file.endsWith('.js') || file.endsWith('.css')) {
    // Relative imports of a script chunk; url(…) of a stylesheet (fonts, images).
    const pattern = file.endsWith('.js') ? /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g : /url\(\s*["']?([^"')]+)["']?\s*\)/g;
    for (const match of text.matchAll(pattern)) {
      const reference = match[1]!;
      if (/^(data:|https?:|#)/.test(reference)) continue;
      const target = reference.startsWith('/') ? fileOfPath(reference, base) : posix.normalize(posix.join(posix.dirname(file), reference));
      if (target && ASSET.test(target.split(/[?#]/)[0]!)) found.add(target.split(/[?#]/)[0]!);
    }
  }
  return [...found];
}

export interface OfflinePlan {
  /** Output-folder paths to keep, sorted. */
  files: string[];
  /** Per language folder ('' is Dutch): the files its pages need, and their size in bytes. */
  languages: { lang: string; files: string[]; bytes: number }[];
}

/** Which files the worker keeps: the listed pages of every language, and everything they load. */
export function planOffline(outDir: string, base: string): OfflinePlan {
  const always = [MANIFEST_FILE, ...ICON_SIZES.map(iconFile)].filter((file) => existsSync(join(outDir, file)));
  const languages = offlinePageFiles(outDir).map((offlinePage) => {
    const pages = [offlinePage, ...listedPages(readFileSync(join(outDir, offlinePage), 'utf8')).flatMap((path) => fileOfPath(path, base) ?? [])];
    const files = new Set<string>(always);
    const queue = pages.filter((file) => existsSync(join(outDir, file)));
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      if (files.has(file)) continue;
      files.add(file);
      if (!/\.(html|js|css)$/.test(file)) continue;
      for (const loaded of loadedFiles(file, readFileSync(join(outDir, file), 'utf8'), base)) if (!files.has(loaded) && existsSync(join(outDir, loaded))) queue.push(loaded);
    }
    const list = [...files].sort();
    return { lang: offlinePage.split('/')[0] === 'offline' ? 'nl' : offlinePage.split('/')[0]!, files: list, bytes: list.reduce((sum, file) => sum + statSync(join(outDir, file)).size, 0) };
  });
  return { files: [...new Set(languages.flatMap((language) => language.files))].sort(), languages };
}

export interface WorkerResult {
  plan: OfflinePlan;
  /** sw.js and the Workbox runtime it imports, gzip bytes together. */
  workerGzipBytes: number;
  /** The worker files, relative to the output folder. */
  workerFiles: string[];
}

/** The navigation route's plugin: stringified into the worker by generateSW, so it refers to nothing outside itself. */
const keptPageFallback = {
  // Pages are never written to a runtime cache: the kept copies are the precache's, which a new deploy replaces.
  cacheWillUpdate: async () => null,
  // Network failed or was too slow: the kept copy of this page (precache keys are `…/index.html?__WB_REVISION__=…`).
  cachedResponseWillBeUsed: async ({ request, cachedResponse }: { request: Request; cachedResponse?: Response }) => {
    if (cachedResponse) return cachedResponse;
    const url = new URL(request.url);
    url.search = '';
    if (url.pathname.endsWith('/')) url.pathname += 'index.html';
    return (await caches.match(url.href, { ignoreSearch: true })) ?? null;
  },
  // Not kept: the offline page in the language of the address (a two-letter folder), else Dutch.
  handlerDidError: async ({ request }: { request: Request }) => {
    const scope = (self as unknown as { registration: { scope: string } }).registration.scope;
    const language = /^([a-z]{2})\//.exec(request.url.slice(scope.length))?.[1];
    return (
      (language ? await caches.match(`${scope}${language}/offline/index.html`, { ignoreSearch: true }) : undefined) ??
      (await caches.match(`${scope}offline/index.html`, { ignoreSearch: true })) ??
      Response.error()
    );
  },
};

/** Writes `sw.js` (and Workbox's runtime file) into the built edition. */
export async function writeOfflineWorker(outDir: string, options: { base: string; editionId: string }): Promise<WorkerResult> {
  const plan = planOffline(outDir, options.base);
  if (!plan.files.length) throw new Error(`geen offline-pagina gevonden in ${outDir} (verwacht offline/index.html met data-offline-pages)`);
  const { filePaths, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: plan.files,
    globFollow: false,
    swDest: join(outDir, WORKER_FILE),
    cacheId: `kvo-${options.editionId}`,
    cleanupOutdatedCaches: true,
    skipWaiting: true,
    clientsClaim: true,
    // Kept pages are `…/index.html`: with no directory index the precache never answers a page request
    // itself, so navigation goes through the network-first route below.
    directoryIndex: null as unknown as string,
    // Astro's hashed files carry their version in their name.
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: false,
    disableDevLogs: true,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: { cacheName: 'pages', networkTimeoutSeconds: 4, plugins: [keptPageFallback] },
      },
    ],
  });
  if (warnings.length) throw new Error(`workbox-build: ${warnings.join('; ')}`);
  const workerFiles = filePaths.map((file) => relative(outDir, file));
  const workerGzipBytes = workerFiles.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length, 0);
  return { plan, workerGzipBytes, workerFiles };
}

/** One line for the build output: the worker's size and what each language keeps. */
export function describeOffline(result: WorkerResult): string {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const languages = result.plan.languages.map((language) => `${language.lang}: ${language.files.length} bestanden, ${kib(language.bytes)}`).join('; ');
  return `Offline: worker ${kib(result.workerGzipBytes)} gzip (${result.workerFiles.join(', ')}); bewaard per taal: ${languages}.`;
}

