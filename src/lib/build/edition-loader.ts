/**
 * Build (concern): the glue between our content and Astro. Owns the edition of this build
 * (current-edition.ts, resolved once from the environment), the content loaders that run the checks once
 * per content sync and hand Astro rendered HTML, build stage timing, the warnings summary, the lock on
 * Astro's .astro folder for parallel builds and the Dutch error pages of `astro dev`. Its modules have
 * side effects at import (they read the environment), so there is no index: importers name the module.
 * May import checks, editions, search, markdown, model and messages.
 */
/**
 * Astro content loaders for an edition. The reading, merging and validating
 * happen in edition-plan.ts, the cross-entry checks in content-check.ts (both
 * shared with `npm run check`); this module runs them once per content sync,
 * stops the build on any error before anything is bundled or rendered, and
 * stores the validated data as it is: Astro does not parse it again.
 */
import { existsSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { recordStage } from './build-stages.ts';
import { reportWarning } from './build-warnings.ts';
import { checkEdition, type EditionCheck, type RenderedBody } from '../checks/index.ts';
import { edition } from './current-edition.ts';
import { clearPlanCache, COLLECTION_FILES, editionPaths, planCollection, staleProblem } from '../editions/index.ts';
import { devCheckOf, pagelessErrors, publishDevCheck, type DevCheck } from './dev-problems.ts';
import { devServer, isAstroDev } from './dev-edition.ts';
import { ContentError, count, formatProblem, type ContentProblem } from '../messages/index.ts';

type PlannedCollection = keyof typeof COLLECTION_FILES;

const paths = editionPaths();
const regionalDir = edition.isNational ? undefined : join(paths.root, 'regions', edition.id, 'content');
/** The folders whose files make up the edition's content (national, regional). */
const contentDirs = [paths.contentDir, regionalDir].filter((dir): dir is string => Boolean(dir));

let checked: EditionCheck | undefined;
/** astro dev: the published check, and the last valid version of every entry (by loader and id). */
let devCheck: DevCheck | undefined;
const lastGood = new Map<string, StoredEntry>();

/** Every collection planned and the whole edition checked, once per content sync (and again after an edit in dev). */
function checkedEdition(log: (message: string) => void): EditionCheck {
  if (checked) return checked;
  const planning = performance.now();
  for (const collection of Object.keys(COLLECTION_FILES) as PlannedCollection[]) planCollection(collection, edition, paths);
  const checking = performance.now();
  recordStage('content: read + validate', checking - planning);
  // The build renders every body while the check reads it (one parse); BASE_PATH is astro.config.mjs's `base`.
  checked = checkEdition(edition, paths, new Date(), { base: process.env.BASE_PATH ?? '/' });
  recordStage('content: checks', performance.now() - checking);
  if (watched) {
    devServer().contentEdition = JSON.stringify(edition);
    // astro dev: pages with an error show a Dutch error page (dev-error-page.ts); the rest keeps working.
    devCheck = devCheckOf(checked);
    publishDevCheck(devCheck);
    const lines = (problems: readonly ContentProblem[]) => problems.map((problem) => `  ✗ ${formatProblem(problem)}`).join('\n');
    const where = pagelessErrors(devCheck).length ? 'elke pagina toont een foutpagina tot u het herstelt en opslaat' : 'de pagina met de fout toont een foutpagina';
    if (devCheck.errors.length) log(`${count(devCheck.errors.length, 'fout', 'fouten')} in de inhoud (${where}):\n${lines(devCheck.errors)}`);
    if (checked.bodyErrors.length) log(`${count(checked.bodyErrors.length, 'waarschuwing', 'waarschuwingen')} over links, ankers, afbeeldingen of kopjes (de pagina werkt; bouwen en publiceren lukt pas als ze verbeterd zijn):\n${lines(checked.bodyErrors).replace(/^  ✗/gm, "  !")}`);
  }
  if (!checked.errors.length || watched) {
    for (const stale of checked.stale) reportWarning(formatProblem(staleProblem(stale)), log);
    for (const warning of checked.warnings) reportWarning(formatProblem(warning), log);
  }
  return checked;
}

interface StoredEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** The body as HTML (content-check.ts rendered it while reading it); pages show it as it is (ContentBody.astro). */
  rendered?: RenderedBody | undefined;
}

function store(context: LoaderContext, entries: StoredEntry[]): void {
  context.store.clear();
  for (const entry of entries) {
    // Nothing half-built: a body the check did not render (it had an error) never reaches a page.
    if (entry.file.endsWith('.mdx') && !entry.rendered) throw new Error(`${entry.file}: de tekst is niet omgezet naar HTML; de build stopt`);
    context.store.set({
      id: entry.id,
      data: entry.data,
      body: entry.body,
      ...(entry.file ? { filePath: entry.file } : {}),
      ...(entry.rendered ? { rendered: { html: entry.rendered.html, metadata: { headings: entry.rendered.headings } } } : {}),
      // The HTML depends on more than the file (the base path, the PVO list's languages): it is part of the digest.
      digest: context.generateDigest(`${entry.file}\n${JSON.stringify(entry.data)}\n${entry.rendered?.html ?? entry.body}`),
    });
  }
}

/** Loaders of this sync, and those that have stored their entries. */
const loaders = new Set<string>();
const loaded = new Set<string>();
/** Reload functions of the running loaders (dev server), by collection. */
const reloaders = new Map<string, () => void>();
let watched: object | undefined;

/** The collection folder a changed file belongs to, if it is content of this edition. */
function collectionOf(file: string): PlannedCollection | undefined {
  const absolute = resolve(file);
  // Editors' and tools' temporary files (.ccv.yaml.swp, ccv.yaml~, sed's sedAb12Cd) are no content.
  if (!/^[^.].*\.[a-z0-9]+$/i.test(basename(absolute))) return undefined;
  for (const dir of contentDirs) {
    if (!absolute.startsWith(dir + sep)) continue;
    const collection = relative(dir, absolute).split(sep)[0];
    if (collection && collection in COLLECTION_FILES) return collection as PlannedCollection;
  }
  return undefined;
}

/**
 * In `astro dev`: one listener for the whole edition, on the content folders
 * only. An edit re-plans the collection it belongs to, re-runs the checks and
 * refreshes that collection and the regional sections (`overlay: extend`).
 */
function watch(context: LoaderContext): void {
  // After a restart (region.yaml saved) Astro still hands the loaders the watcher of the closed server.
  const watcher = (devServer().watcher as LoaderContext['watcher']) ?? context.watcher;
  if (!watcher || watched === watcher) return;
  watched = watcher;
  watcher.add(contentDirs.filter((dir) => existsSync(dir)));
  watcher.on('all', (event: string, file: string) => {
    if (event !== 'add' && event !== 'change' && event !== 'unlink') return;
    const collection = collectionOf(file);
    if (!collection) return;
    context.logger.info(`${relative(paths.root, file)} gewijzigd: ${collection} opnieuw gelezen en gecontroleerd`);
    clearPlanCache(collection);
    checked = undefined;
    for (const name of [collection, 'extensions', 'edition']) reloaders.get(name)?.();
    // The open page shows the edit (or its error page) without a reload by hand.
    setTimeout(() => devServer().reload?.(), 300);
  });
}

function contentLoader(name: string, entries: (check: EditionCheck) => StoredEntry[]): Loader {
  loaders.add(name);
  return {
    name: `edition-loader-${name}`,
    load: async (context) => {
      const log = (message: string) => context.logger.warn(message);
      const run = () => {
        const check = checkedEdition(log);
        if (check.errors.length && !context.watcher) throw new ContentError(check.errors);
        // In dev, entries whose files have an error are left out; their pages show the error (dev-error-page.ts).
        const broken = new Set((devCheck?.errors ?? check.errors).map((problem) => problem.file));
        const stored: StoredEntry[] = [];
        for (const entry of entries(check)) {
          const key = `${name}/${entry.id}`;
          if (entry.data !== undefined && !broken.has(entry.file)) {
            if (context.watcher) lastGood.set(key, entry);
            stored.push(entry);
          } else {
            // astro dev: keep the last good version, so pages that refer to this entry keep working.
            const good = lastGood.get(key);
            if (good) stored.push(good);
            else devCheck?.missing.add(key);
          }
        }
        store(context, stored);
      };
      reloaders.set(name, () => {
        try {
          run();
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      });
      watch(context);
      run();
      loaded.add(name);
      // A build needs the plans no longer once every collection is stored: free the memory before bundling.
      if (!context.watcher && loaded.size === loaders.size) {
        checked = undefined;
        clearPlanCache();
      }
    },
  };
}

// astro dev restarted with other settings (region.yaml saved): Astro loads this module again but keeps the content
// of the old settings in its store; load it again with the new ones (hide, overlay, locales). Astro refreshes
// nothing until it has finished loading the content config (this module is part of it), hence the retries.
// A later save wins: the settings the latest evaluation wants.
const server = isAstroDev ? devServer() : undefined;
const settings = JSON.stringify(edition);
if (server?.contentEdition !== undefined && server.contentEdition !== settings) {
  server.wantedEdition = settings;
  void (async () => {
    for (let attempt = 0; attempt < 120 && server.wantedEdition === settings && server.contentEdition !== settings; attempt++) {
      await new Promise((done) => setTimeout(done, 250));
      await server.refresh?.().catch(() => undefined);
    }
  })();
}

/** Loader for one collection of the edition (national + regional overlay). */
export function editionLoader(collection: PlannedCollection): Loader {
  return contentLoader(collection, (check) => check.plans[collection].entries.map((entry) => ({ ...entry, data: entry.parsed!, rendered: check.rendered.get(entry.file) })));
}

/** Loader for the regional sections that extend national texts (`overlay: extend`), across collections. */
export function extensionsLoader(collections: PlannedCollection[]): Loader {
  return contentLoader('extensions', (check) =>
    collections.flatMap((collection) =>
      check.plans[collection].entries.flatMap((entry) =>
        entry.extension
          ? [{ id: entry.extension.id, file: entry.extension.file, data: entry.extension.data, body: entry.extension.body, rendered: check.rendered.get(entry.extension.file) }]
          : [],
      ),
    ),
  );
}

/**
 * One entry (`summary`) that tells pages how many entries each collection
 * has, so they skip empty collections without reading any files.
 */
export function editionSummaryLoader(): Loader {
  return contentLoader('edition', (check) => [
    {
      id: 'summary',
      file: '',
      body: '',
      data: {
        counts: {
          ...Object.fromEntries(Object.entries(check.plans).map(([collection, plan]) => [collection, plan.entries.length])),
          extensions: Object.values(check.plans).reduce((sum, plan) => sum + plan.entries.filter((entry) => entry.extension).length, 0),
        },
      },
    },
  ]);
}
