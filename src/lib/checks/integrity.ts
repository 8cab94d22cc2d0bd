/**
 * Cross-entry checks the schemas cannot make: Astro only warns about a
 * reference to a missing entry, and does not know our fixed theme slugs.
 * Every problem names the file, the field and the line.
 */
import { expectedOneOf, fieldLabel, lineOfKey, type ContentProblem } from '../messages/index.ts';
import { FRONT_MATTER, isCalendarDay, THEME_SLUGS } from '../model/index.ts';

/** Front matter fields that hold a calendar day. */
const DATE_FIELDS = ['reviewed', 'published', 'expires'];

export interface CheckedEntry {
  collection: string;
  id: string;
  /** Path relative to the repository root, as Astro's glob loader reports it. */
  filePath?: string | undefined;
  data: Record<string, unknown>;
}

interface Reference {
  collection: string;
  id: string;
}

function isReference(value: unknown): value is Reference {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Reference).collection === 'string' &&
    typeof (value as Reference).id === 'string' &&
    Object.keys(value).length === 2
  );
}

/** Yields every reference in an entry's data with the dotted path of its field. */
function* referencesIn(value: unknown, path: PropertyKey[]): Generator<{ path: PropertyKey[]; ref: Reference }> {
  if (isReference(value)) {
    yield { path, ref: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* referencesIn(item, [...path, index]);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* referencesIn(item, [...path, key]);
  }
}

/** The line of a value below its key, or the key's own line. */
function lineOf(source: string | undefined, key: string, value: string): number | undefined {
  if (!source) return undefined;
  const keyLine = lineOfKey(source, key);
  if (keyLine === undefined) return undefined;
  const lines = source.split('\n');
  for (let index = keyLine - 1; index < lines.length; index++) {
    if (index > keyLine - 1 && /^\S/.test(lines[index] ?? '') && !lines[index]?.startsWith('-')) break;
    if (new RegExp(`(^|[\\s\\[,:'"-])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s\\],'"])`).test(lines[index] ?? '')) {
      return index + 1;
    }
  }
  return keyLine;
}

export interface IntegrityOptions {
  /** Reads a file's source for line numbers; optional so the check also runs on in-memory data. */
  readSource?: (filePath: string) => string | undefined;
  /** Entries that exist but failed their own checks: a reference to them is not a second error. */
  unchecked?: readonly { collection: string; id: string }[];
}

export function findIntegrityProblems(entries: readonly CheckedEntry[], options: IntegrityOptions = {}): ContentProblem[] {
  const collected: ContentProblem[] = [];
  const add = (problem: ContentProblem) => collected.push(problem);
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)!.add(entry.id);
  }

  const themeIds = ids.get('themes') ?? new Set<string>();
  for (const entry of entries.filter((e) => e.collection === 'themes')) {
    // Translations live under a language folder (en/overvallen); their slug is what counts.
    const slug = entry.id.slice(entry.id.lastIndexOf('/') + 1);
    if (!(THEME_SLUGS as readonly string[]).includes(slug)) {
      add({
        file: entry.filePath ?? `themes/${entry.id}`,
        field: '(bestandsnaam)',
        found: `"${entry.id}"`,
        expected: `een van de vaste thema's: ${THEME_SLUGS.join(', ')}`,
      });
    }
  }
  for (const slug of THEME_SLUGS) {
    if (!themeIds.has(slug) && !options.unchecked?.some((other) => other.collection === 'themes' && other.id === slug)) {
      add({ file: `content/themes/${slug}.mdx`, field: '(bestand)', found: 'geen bestand', expected: `een themagids voor "${slug}"` });
    }
  }

  for (const entry of entries) {
    const source = entry.filePath ? options.readSource?.(entry.filePath) : undefined;
    // Dates live in the front matter: searching only there keeps this linear in front matter, not in body text.
    const frontMatter = source === undefined ? undefined : (FRONT_MATTER.exec(source)?.[0] ?? source);
    for (const field of DATE_FIELDS) {
      const line = frontMatter ? lineOfKey(frontMatter, field) : undefined;
      if (!frontMatter || line === undefined) continue;
      const written = frontMatter.split('\n')[line - 1]!.replace(/^\s*[\w-]+\s*:/, '').trim();
      if (!isCalendarDay(written)) {
        add({ file: entry.filePath!, field, line, found: `"${written}"`, expected: 'een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-01' });
      }
    }
    for (const { path, ref } of referencesIn(entry.data, [])) {
      const known = ids.get(ref.collection);
      if (known?.has(ref.id) || options.unchecked?.some((other) => other.collection === ref.collection && other.id === ref.id)) continue;
      // Translations (en/…) are never the target of a reference: offer only the base ids.
      const choices = [...(known ?? [])].filter((id) => !id.includes('/')).sort();
      add({
        file: entry.filePath ?? `${entry.collection}/${entry.id}`,
        field: fieldLabel(path),
        line: lineOf(source, String(path[0]), ref.id),
        found: `"${ref.id}", dat niet bestaat in "${ref.collection}"`,
        expected: choices.length ? expectedOneOf(ref.id, choices) : `een bestaand item uit "${ref.collection}"`,
      });
    }
  }
  return collected;
}
