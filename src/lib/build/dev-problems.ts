/**
 * `astro dev` only: the latest content check, shared between the content
 * loaders (which keep serving every page without an error) and the dev error
 * pages (which show a Dutch error page on the pages that have one). Both run
 * in the dev server's process but in separate module graphs, hence globalThis.
 */
import type { EditionCheck } from '../checks/index.ts';
import type { ContentProblem } from '../messages/index.ts';
import { entryPath, eventPath, localePrefix, ROUTED_COLLECTIONS, warningPath, type RoutedCollection } from '../model/index.ts';

export interface DevCheck {
  errors: readonly ContentProblem[];
  /** Page path → the files its text comes from. */
  pages: ReadonlyMap<string, readonly string[]>;
  /** Page path → the entries it refers to, as `collection/id`. */
  references: ReadonlyMap<string, readonly string[]>;
  /** `collection/id` → its files. */
  entryFiles: ReadonlyMap<string, readonly string[]>;
  /** Entries with an error that the loaders could not replace by their last good version (filled by the loaders). */
  missing: Set<string>;
}

/** Every `{ collection, id }` reference in an entry's data, as `collection/id`. */
function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) referencesIn(item, found);
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    if (Object.keys(record).length === 2 && typeof record.collection === 'string' && typeof record.id === 'string') found.push(`${record.collection}/${record.id}`);
    else for (const item of Object.values(record)) referencesIn(item, found);
  }
  return found;
}

const KEY = Symbol.for('kennisbank.dev-check');
type Holder = { [KEY]?: DevCheck };

/** The pages of an edition check and the files behind each. */
export function devCheckOf(check: Pick<EditionCheck, 'errors' | 'plans' | 'bodyErrors'>): DevCheck {
  const pages = new Map<string, string[]>();
  const references = new Map<string, string[]>();
  const entryFiles = new Map<string, string[]>();
  for (const [collection, plan] of Object.entries(check.plans)) {
    const routed = (ROUTED_COLLECTIONS as readonly string[]).includes(collection);
    for (const entry of plan.entries) {
      const files = [entry.file, ...(entry.extension ? [entry.extension.file] : [])];
      entryFiles.set(`${collection}/${entry.id}`, files);
      if (!routed && collection !== 'events' && collection !== 'warnings') continue;
      const path = routed
        ? entryPath(collection as RoutedCollection, entry.slug, entry.lang)
        : collection === 'warnings'
          ? warningPath(entry.slug)
          : `${localePrefix(entry.lang)}${eventPath(entry.slug)}`;
      pages.set(path, files);
      references.set(path, referencesIn(entry.parsed ?? {}));
    }
  }
  // Links, anchors, images and headings are warnings while writing (the build still refuses them): the page shows.
  const errors = check.errors.filter((problem) => !check.bodyErrors.includes(problem));
  return { errors, pages, references, entryFiles, missing: new Set() };
}

export function publishDevCheck(check: DevCheck): void {
  (globalThis as Holder)[KEY] = check;
}

export function latestDevCheck(): DevCheck | undefined {
  return (globalThis as Holder)[KEY];
}

/** Files with at least one error: the loaders leave their entries out in dev. */
export function brokenFiles(check: DevCheck): Set<string> {
  return new Set(check.errors.map((problem) => problem.file));
}

/**
 * The errors a page must show: those in the files of that page or of an
 * entry it refers to that could not be loaded; and errors outside any entry
 * (a missing theme file) on every page, as the site is incomplete without it.
 */
export function problemsForPage(check: DevCheck, path: string): { problems: ContentProblem[]; global: boolean } {
  const files = [...(check.pages.get(path) ?? [])];
  // A page that refers to an entry with an error that has no good version to fall back on cannot render either.
  for (const key of check.references.get(path) ?? []) if (check.missing.has(key)) files.push(...(check.entryFiles.get(key) ?? []));
  const own = check.errors.filter((problem) => files.includes(problem.file));
  if (own.length) return { problems: own, global: false };
  const global = pagelessErrors(check);
  return { problems: global, global: global.length > 0 };
}

/**
 * Errors in files without a page of their own (organisations/ccv.yaml, a missing theme): they show on every
 * page, otherwise they would show nowhere while the old data stays on screen.
 */
export function pagelessErrors(check: DevCheck): ContentProblem[] {
  const paged = new Set([...check.pages.values()].flat());
  return check.errors.filter((problem) => !paged.has(problem.file));
}
