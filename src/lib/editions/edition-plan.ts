/**
 * Reads one collection of an edition from disk — national files plus the
 * region's — merges them (overlay.ts) and validates every entry against its
 * schema. Shared by the Astro loader and the fast content check, so both see
 * exactly the same entries and the same problems.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentCache } from './content-cache.ts';
import type { Edition } from './edition.ts';
import { parseEntry, type ContentProblem } from '../messages/index.ts';
import { createSchemas, LOCALES, parseContentFile, plainReference, type CollectionName, type Locale } from '../model/index.ts';
import { planOverlay, type PlannedEntry, type ReplaceOverride, type SourceFile, type StaleOverride } from './overlay.ts';
import { nationalHistory, resolveStaleness, versionOf } from './staleness.ts';
import { checkTranslations, type StaleTranslation } from './translations.ts';

const schemas = createSchemas(plainReference);

export const COLLECTION_FILES: Record<Exclude<CollectionName, 'extensions'>, string> = {
  themes: '.mdx',
  sectors: '.yaml',
  pvos: '.yaml',
  organisations: '.yaml',
  concepts: '.mdx',
  toolkits: '.mdx',
  pages: '.mdx',
  events: '.mdx',
  warnings: '.mdx',
  scan: '.yaml',
};

export interface EditionPaths {
  root: string;
  /** National content folder (CONTENT_DIR), absolute. */
  contentDir: string;
}

export function editionPaths(root = process.cwd(), env: Record<string, string | undefined> = process.env): EditionPaths {
  return { root, contentDir: resolve(root, env.CONTENT_DIR || 'content') };
}

export interface PlannedCollectionEntry extends PlannedEntry {
  /** Schema-validated data with the system fields filled in (references as `{ collection, id }`). */
  parsed?: Record<string, unknown> | undefined;
  /** Raw text of the file whose body is rendered (for line numbers). */
  text: string;
  /** Raw text of the regional extension file, if any. */
  extensionText?: string | undefined;
}

export interface CollectionPlan {
  entries: PlannedCollectionEntry[];
  problems: ContentProblem[];
  /** Every regional replacement (`overlay: replace`) with a valid basedOn. */
  overrides: ReplaceOverride[];
  /** The replacements whose national text changed in substance since basedOn (staleness.ts). */
  stale: StaleOverride[];
  /** Translations whose Dutch source changed in substance since translationBasedOn (translations.ts). */
  staleTranslations: StaleTranslation[];
  /** Translations without a fingerprint yet: warnings, not errors. */
  translationWarnings: ContentProblem[];
}

/** Reads `<root>/<collection>/*.<ext>` and, per extra language, `<root>/<collection>/<lang>/*.<ext>`. */
function readFiles(root: string | undefined, repoRoot: string, collection: string, extension: string, locales: Locale[], problems: ContentProblem[], unreadable: Set<string>): SourceFile[] {
  if (!root) return [];
  const files: SourceFile[] = [];
  for (const lang of LOCALES) {
    if (!locales.includes(lang)) continue;
    const dir = lang === 'nl' ? join(root, collection) : join(root, collection, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(extension)) continue;
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const file = relative(repoRoot, path);
      const cache = contentCache();
      const parsed = cache ? cache.parsed(file, text, () => parseContentFile(text, file)) : parseContentFile(text, file);
      problems.push(...parsed.problems);
      if (parsed.unreadable) unreadable.add(file);
      files.push({ slug: name.slice(0, -extension.length), lang, file, data: parsed.data, body: parsed.body, text });
    }
  }
  return files;
}

/** Plans per collection and edition, so loaders that share a process read and validate each file once. */
const planCache = new Map<string, CollectionPlan>();

/** Forget cached plans, of one collection or all (the dev server calls this when content files change). */
export function clearPlanCache(collection?: string): void {
  if (!collection) return planCache.clear();
  for (const key of planCache.keys()) if (key.endsWith(`\0${collection}`)) planCache.delete(key);
}

export function planCollection(collection: keyof typeof COLLECTION_FILES, edition: Edition, paths: EditionPaths): CollectionPlan {
  const key = `${edition.id}\0${paths.root}\0${paths.contentDir}\0${collection}`;
  const cached = planCache.get(key);
  if (cached) return cached;
  const plan = readPlan(collection, edition, paths);
  planCache.set(key, plan);
  return plan;
}

function readPlan(collection: keyof typeof COLLECTION_FILES, edition: Edition, paths: EditionPaths): CollectionPlan {
  const extension = COLLECTION_FILES[collection];
  const problems: ContentProblem[] = [];
  const regionalRoot = edition.isNational ? undefined : join(paths.root, 'regions', edition.id, 'content');
  // Files whose YAML cannot be read get one message (the syntax slip) and no follow-up errors.
  const unreadable = new Set<string>();
  const national = readFiles(paths.contentDir, paths.root, collection, extension, edition.locales, problems, unreadable);
  const regional = readFiles(regionalRoot, paths.root, collection, extension, edition.locales, problems, unreadable);
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
    regionText: regionFile ? readFileSync(join(paths.root, regionFile), 'utf8') : undefined,
  });
  const texts = new Map([...national, ...regional].map((file) => [file.file, file.text]));
  const translations = checkTranslations(collection, national.filter((file) => file.lang === 'nl'), [...national, ...regional], paths.root);
  const staleFiles = new Set(translations.stale.map((stale) => stale.file));
  const schema = schemas[collection];
  const entries = plan.entries.map((entry): PlannedCollectionEntry => {
    const data = {
      ...entry.data,
      provenance: entry.provenance,
      sourceFile: entry.extension?.file ?? entry.file,
      lang: entry.lang,
      ...(staleFiles.has(entry.file) ? { translationStale: true } : {}),
      ...(entry.extension ? { extension: entry.extension.id } : {}),
    };
    // Problems are reported against the file the editor wrote the field in.
    const blamed = entry.extension?.file ?? entry.file;
    // One schema run per entry: its output is what the loader stores.
    const blamedText = texts.get(blamed) ?? '';
    const cache = contentCache();
    const validate = () => parseEntry(schema, data, blamed, blamedText);
    const result = unreadable.has(blamed) ? { data: undefined, problems: [] } : cache ? cache.validated(collection, data, blamed, blamedText, validate) : validate();
    problems.push(...result.problems);
    return {
      ...entry,
      data,
      parsed: result.data,
      text: texts.get(entry.file) ?? '',
      extensionText: entry.extension ? texts.get(entry.extension.file) : undefined,
    };
  });
  // Candidates whose basedOn differs: git history tells editorial changes from substantive ones.
  const stale = plan.stale.flatMap((candidate) => {
    const current = versionOf(texts.get(candidate.nationalFile) ?? '', candidate.nationalFile, undefined);
    const resolved = resolveStaleness(candidate, current, nationalHistory(paths.root, candidate.nationalFile));
    return resolved ? [resolved] : [];
  });
  return {
    entries,
    problems: [...problems, ...plan.problems.filter((problem) => !unreadable.has(problem.file)), ...translations.errors.filter((problem) => !unreadable.has(problem.file))],
    overrides: plan.overrides,
    stale,
    staleTranslations: translations.stale,
    translationWarnings: translations.warnings,
  };
}
