/**
 * Astro content loaders for an edition. The reading, merging and validating
 * happen in edition-plan.ts (shared with the content check); this module only
 * stores the result, so pages never see national and regional files apart.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { edition } from './current-edition.ts';
import { clearPlanCache, editionPaths, planCollection, COLLECTION_FILES } from './edition-plan.ts';
import { ContentError } from './errors.ts';
import { reportWarning } from './build-warnings.ts';

const paths = editionPaths();

async function store(context: LoaderContext, entries: { id: string; file: string; data: Record<string, unknown>; body: string }[]) {
  context.store.clear();
  for (const entry of entries) {
    const data = await context.parseData({ id: entry.id, data: entry.data, filePath: join(paths.root, entry.file) });
    context.store.set({
      id: entry.id,
      data,
      body: entry.body,
      filePath: entry.file,
      digest: context.generateDigest(`${entry.file}\n${JSON.stringify(entry.data)}\n${entry.body}`),
      deferredRender: entry.file.endsWith('.mdx'),
    });
  }
}

/** In `astro dev`, any change to national or regional content reloads the collection. */
function watch(context: LoaderContext, reload: () => Promise<void>): void {
  if (!context.watcher) return;
  const regional = edition.isNational ? undefined : join(paths.root, 'regions', edition.id, 'content');
  for (const dir of [paths.contentDir, regional]) if (dir && existsSync(dir)) context.watcher.add(dir);
  for (const event of ['change', 'add', 'unlink']) {
    context.watcher.on(event, () => {
      clearPlanCache();
      void reload().catch((error: Error) => context.logger.error(error.message));
    });
  }
}

/** Loader for one collection of the edition (national + regional overlay). */
export function editionLoader(collection: keyof typeof COLLECTION_FILES): Loader {
  return {
    name: 'edition-loader',
    load: async (context) => {
      const run = async () => {
        const plan = planCollection(collection, edition, paths);
        if (plan.problems.length) throw new ContentError(plan.problems);
        for (const stale of plan.stale) {
          reportWarning(
            `${stale.file} — verouderde regionale versie: ${stale.nationalFile} is gewijzigd sinds basedOn "${stale.basedOn}" (nu "${stale.currentHash}"); zie npm run regions:status`,
            (message) => context.logger.warn(message),
          );
        }
        await store(context, plan.entries);
      };
      watch(context, run);
      await run();
    },
  };
}

/** Loader for the regional sections that extend national texts (`overlay: extend`), across collections. */
export function extensionsLoader(collections: (keyof typeof COLLECTION_FILES)[]): Loader {
  return {
    name: 'edition-extensions-loader',
    load: async (context) => {
      const entries = collections.flatMap((collection) =>
        planCollection(collection, edition, paths).entries.flatMap((entry) =>
          entry.extension ? [{ id: entry.extension.id, file: entry.extension.file, data: entry.extension.data, body: entry.extension.body }] : [],
        ),
      );
      await store(context, entries);
    },
  };
}
