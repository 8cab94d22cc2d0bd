/**
 * Which content files are not in the canonical front matter form
 * (front-matter-format.ts), and what they would be: shared by the content
 * check (an error per file) and `npm run format:content` (rewrites them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from './errors.ts';
import { parseContentFile } from './front-matter.ts';
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
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(dir, name))
    .sort();
}

/** MDX files under the national content folder and every region whose front matter is not canonical. */
export function findUnformatted(root: string, contentDir: string): Unformatted[] {
  const found: Unformatted[] = [];
  const dirs = [contentDir, ...(existsSync(join(root, 'regions')) ? readdirSync(join(root, 'regions')).map((id) => join(root, 'regions', id, 'content')) : [])];
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
    found.push({ file, path, canonical, line: (index < 0 ? a.length : index) + 1 });
  }
  return found;
}

export function unformattedProblems(root: string, contentDir: string): ContentProblem[] {
  return findUnformatted(root, contentDir).map(({ file, line }) => ({
    file,
    field: '(front matter)',
    line,
    found: 'velden in een andere volgorde of schrijfwijze dan de vaste vorm',
    expected: 'de vaste vorm die ook de CMS schrijft (zo verandert een opslag in de CMS alleen de velden die u aanpaste)',
    fix: 'draai npm run format:content, of zet de velden in de volgorde van docs/sjablonen.md',
  }));
}
