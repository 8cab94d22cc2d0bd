/**
 * Astro content loader for an edition: reads the national files of a
 * collection and the selected region's files for it, merges them with
 * overlay.ts, and stores the result with its provenance. The one place where
 * national and regional content meet; pages never see the difference.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, type ContentProblem } from './errors.ts';
import { parseContentFile } from './front-matter.ts';
import { planOverlay, type OverlayPlan, type SourceFile } from './overlay.ts';
import { edition } from './current-edition.ts';
import { LOCALES, type Locale } from './taxonomy.ts';
import { createSchemas, plainReference, type CollectionName } from './schemas.ts';
import { validateEntry } from './validate.ts';

const schemas = createSchemas(plainReference);

const ROOT = process.cwd();
const nationalRoot = () => resolve(ROOT, process.env.CONTENT_DIR ?? 'content');
const regionalRoot = () => (edition.isNational ? undefined : resolve(ROOT, 'regions', edition.id, 'content'));

/** Reads `<root>/<collection>/*.<ext>` and, per extra language, `<root>/<collection>/<lang>/*.<ext>`. */
function readFiles(root: string | undefined, collection: string, extension: string, problems: ContentProblem[]): SourceFile[] {
  if (!root) return [];
  const files: SourceFile[] = [];
  for (const lang of LOCALES) {
    if (!edition.locales.includes(lang)) continue;
    const dir = lang === 'nl' ? join(root, collection) : join(root, collection, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(extension)) continue;
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const file = relative(ROOT, path);
      const parsed = parseContentFile(text, file);
      problems.push(...parsed.problems);
      files.push({ slug: name.slice(0, -extension.length), lang: lang as Locale, file, data: parsed.data, body: parsed.body, text });
    }
  }
  return files;
}

export function planCollection(collection: string, extension: string): OverlayPlan {
  const problems: ContentProblem[] = [];
  const national = readFiles(nationalRoot(), collection, extension, problems);
  const regional = readFiles(regionalRoot(), collection, extension, problems);
  const regionFile = edition.isNational ? undefined : join('regions', edition.id, 'region.yaml');
  const hidden = edition.hide
    .map((key, index) => ({ key, index }))
    .filter(({ key }) => key.startsWith(`${collection}/`))
    .map(({ key, index }) => ({ slug: key.slice(collection.length + 1), index }));
  const plan = planOverlay({
    collection,
    national,
    regional,
    hidden,
    regionFile,
    regionText: regionFile ? readFileSync(join(ROOT, regionFile), 'utf8') : undefined,
  });
  // Validate here, not only in Astro's parseData, so every message has our format and a line number.
  const schema = schemas[collection as CollectionName];
  const texts = new Map([...national, ...regional].map((file) => [file.file, file.text]));
  const invalid = plan.entries.flatMap((entry) => {
    const data = { ...entry.data };
    delete data.overlay;
    return validateEntry(schema, data, entry.extension?.file ?? entry.file, texts.get(entry.extension?.file ?? entry.file) ?? '');
  });
  return { ...plan, problems: [...problems, ...plan.problems, ...invalid] };
}

/** Warnings (stale overrides) go to the build's summary file when there is one, else to the log. */
function warn(context: LoaderContext, message: string): void {
  const summaryFile = process.env.KVO_WARNINGS_FILE;
  if (summaryFile) appendFileSync(summaryFile, `${message}\n`);
  else context.logger.warn(message);
}

async function store(context: LoaderContext, entries: { id: string; file: string; data: Record<string, unknown>; body: string }[]) {
  context.store.clear();
  for (const entry of entries) {
    const filePath = join(ROOT, entry.file);
    const data = await context.parseData({ id: entry.id, data: entry.data, filePath });
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

function watch(context: LoaderContext, reload: () => Promise<void>): void {
  if (!context.watcher) return;
  for (const root of [nationalRoot(), regionalRoot()]) if (root && existsSync(root)) context.watcher.add(root);
  context.watcher.on('change', () => void reload());
  context.watcher.on('add', () => void reload());
  context.watcher.on('unlink', () => void reload());
}

/** Loader for one collection of the edition (national + regional overlay). */
export function editionLoader(collection: string, extension = '.mdx'): Loader {
  return {
    name: 'edition-loader',
    load: async (context) => {
      const run = async () => {
        const plan = planCollection(collection, extension);
        if (plan.problems.length) throw new ContentError(plan.problems);
        for (const stale of plan.stale) {
          warn(
            context,
            `${stale.file} — verouderde regionale versie: ${stale.nationalFile} is gewijzigd sinds basedOn "${stale.basedOn}" (nu "${stale.currentHash}"); bekijk de wijziging met npm run regions:status`,
          );
        }
        await store(
          context,
          plan.entries.map((entry) => ({
            id: entry.id,
            file: entry.file,
            body: entry.body,
            data: {
              ...entry.data,
              provenance: entry.provenance,
              sourceFile: entry.extension?.file ?? entry.file,
              lang: entry.lang,
              ...(entry.extension ? { extension: entry.extension.id } : {}),
            },
          })),
        );
      };
      watch(context, run);
      await run();
    },
  };
}

/** Loader for the regional sections that extend national texts (`overlay: extend`), across collections. */
export function extensionsLoader(collections: string[]): Loader {
  return {
    name: 'edition-extensions-loader',
    load: async (context) => {
      const entries = collections.flatMap((collection) =>
        planCollection(collection, '.mdx').entries.flatMap((entry) =>
          entry.extension ? [{ id: entry.extension.id, file: entry.extension.file, data: entry.extension.data, body: entry.extension.body }] : [],
        ),
      );
      await store(context, entries);
    },
  };
}

