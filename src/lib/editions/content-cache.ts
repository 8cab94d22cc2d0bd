/**
 * Shared work between the editions of one `build:all`: every edition has the
 * same national content, so its front matter is parsed and its entries
 * validated once, and the results are kept in a cache file that the parallel
 * edition builds read. Keys are hashes of the content itself (the file's text;
 * the entry's merged data), so a changed file can never be served from the
 * cache. Without KVO_CONTENT_CACHE nothing is cached.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { ContentProblem } from '../messages/index.ts';
import type { ParsedFile } from '../model/index.ts';

export const CONTENT_CACHE_VARIABLE = 'KVO_CONTENT_CACHE';

interface ValidatedEntry {
  data: Record<string, unknown> | undefined;
  problems: ContentProblem[];
}

interface CacheFile {
  version: 1;
  files: Map<string, ParsedFile>;
  entries: Map<string, ValidatedEntry>;
}

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('base64url');

export class ContentCache {
  private readonly store: CacheFile;
  private readonly path: string;

  constructor(path: string) {
    this.path = path;
    let loaded: CacheFile | undefined;
    if (existsSync(path)) {
      try {
        const candidate = deserialize(readFileSync(path)) as CacheFile;
        if (candidate.version === 1) loaded = candidate;
      } catch {
        // An unreadable cache is only a slower build.
      }
    }
    this.store = loaded ?? { version: 1, files: new Map(), entries: new Map() };
  }

  /** The parsed file for this exact text (and file name, which appears in its problems). */
  parsed(file: string, text: string, parse: () => ParsedFile): ParsedFile {
    const key = hash(file, text);
    const cached = this.store.files.get(key);
    if (cached) return cached;
    const parsed = parse();
    this.store.files.set(key, parsed);
    return parsed;
  }

  /** The schema's verdict on this exact data of this collection, reported against this file's text. */
  validated(collection: string, data: Record<string, unknown>, file: string, text: string, validate: () => ValidatedEntry): ValidatedEntry {
    const key = hash(collection, file, text, JSON.stringify(data));
    const cached = this.store.entries.get(key);
    if (cached) return cached;
    const result = validate();
    this.store.entries.set(key, result);
    return result;
  }

  /** Writes the cache atomically (editions building in parallel may read it at any moment). */
  save(): void {
    const partial = `${this.path}.${process.pid}.partial`;
    writeFileSync(partial, serialize(this.store));
    renameSync(partial, this.path);
  }
}

let shared: ContentCache | null | undefined;

/** The cache named by KVO_CONTENT_CACHE, opened once per process; undefined when none is set. */
export function contentCache(env: Record<string, string | undefined> = process.env): ContentCache | undefined {
  if (shared === undefined) shared = env[CONTENT_CACHE_VARIABLE] ? new ContentCache(env[CONTENT_CACHE_VARIABLE]) : null;
  return shared ?? undefined;
}
