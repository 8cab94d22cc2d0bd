/**
 * Which content files are not in the canonical front matter form
 * (front-matter-format.ts), and what they would be: shared by the content
 * check (an error per file) and `npm run format:content` (rewrites them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../messages/index.ts';
import { parseContentFile } from '../model/index.ts';
import { canonicalMdx, fieldOrder } from './front-matter-format.ts';
import { collectionJsonSchema, DOCUMENTED_COLLECTIONS } from './schema-docs.ts';

const ORDERS = new Map(DOCUMENTED_COLLECTIONS.map(({ name }) => [name as string, fieldOrder(Object.keys(collectionJsonSchema(name).properties ?? {}))]));

/** The field order of a collection's files. */
export function orderOf(collection: string): string[] {
  return ORDERS.get(collection) ?? fieldOrder([]);
}

export interface Unformatted {
  file: string;
  path: string;
  canonical: string;
  /** 1-based first line that differs. */
  line: number;
  /** That line as it is, and as the canonical form has it ('' past the end). */
  actual: string;
  wanted: string;
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(dir, name))
    .sort();
}

/** MDX files under the national content folder and every region (or the regions named) whose front matter is not canonical. */
export function findUnformatted(root: string, contentDir: string, regions?: readonly string[]): Unformatted[] {
  const found: Unformatted[] = [];
  const regionIds = regions ?? (existsSync(join(root, 'regions')) ? readdirSync(join(root, 'regions')) : []);
  const dirs = [contentDir, ...regionIds.map((id) => join(root, 'regions', id, 'content'))];
  for (const path of dirs.flatMap(mdxFiles)) {
    const file = relative(root, path).split('\\').join('/');
    const text = readFileSync(path, 'utf8');
    const parsed = parseContentFile(text, file);
    if (parsed.unreadable) continue;
    const parts = file.split('/');
    const collection = parts.find((part) => ORDERS.has(part)) ?? '';
    const canonical = canonicalMdx(text, parsed.data, orderOf(collection));
    if (canonical === undefined || canonical === text) continue;
    const a = text.split('\n');
    const b = canonical.split('\n');
    const index = a.findIndex((line, position) => line !== b[position]);
    const at = index < 0 ? a.length : index;
    found.push({ file, path, canonical, line: at + 1, actual: a[at] ?? '', wanted: b[at] ?? '' });
  }
  return found;
}

/** A quoted line for a message; an empty one says so. */
const shown = (line: string) => (line.trim() === '' ? '(een lege regel)' : `“${line}”`);

/**
 * One error per file, at the first line that differs, with that line as the
 * canonical form writes it: on github.com an editor can copy it without Node.
 */
export function unformattedProblems(root: string, contentDir: string, regions?: readonly string[]): ContentProblem[] {
  return findUnformatted(root, contentDir, regions).map(({ file, line, actual, wanted }) => ({
    file,
    field: 'front matter',
    line,
    found: `${shown(actual)}, niet in de vaste vorm van velden die ook de CMS schrijft`,
    expected: `op deze regel ${shown(wanted)}`,
    fix: 'draai npm run format:content (dat zet alle velden goed en laat de tekst staan); zonder terminal: neem de verwachte regel over en controleer opnieuw',
  }));
}
