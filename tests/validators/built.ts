/**
 * The built editions the independent validators read, as `npm run build:all`
 * writes them (the same list and folders the Playwright config serves): every
 * edition, or those in EDITIONS, in dist/<id>/ (or OUT_ROOT/<id>/), each with
 * its base path (`/`, or PAGES_BASE<id>/ for the build a deploy publishes:
 * scripts/lib/hosting/pages-host.ts). A missing folder is a failure, never a skip.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { selectedEditions } from '../../src/lib/editions/edition-list.ts';
import { editionBase, editionOutDir, outRoot, sharedHost } from '../../scripts/lib/hosting/pages-host.ts';

export interface BuiltEdition {
  id: string;
  dir: string;
  /** The path the edition is served under, e.g. `/` or `/kennisbank/landelijk/`. */
  base: string;
}

export function builtEditions(root = process.cwd()): BuiltEdition[] {
  return selectedEditions(root).map((id) => {
    const dir = resolve(root, editionOutDir(id));
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`${relative(root, dir)} ontbreekt: draai eerst npm run build:all`);
    return { id, dir, base: editionBase(id) };
  });
}

/** The pages at the root of a shared host that lead to the editions, index.html and 404.html (only built with PAGES_URL and PAGES_BASE). */
export function rootPages(root = process.cwd()): string[] {
  if (!sharedHost()) return [];
  return ['index.html', '404.html'].map((name) => {
    const file = resolve(root, outRoot(), name);
    if (!existsSync(file)) throw new Error(`${relative(root, file)} ontbreekt: draai eerst npm run build:all`);
    return file;
  });
}

/** Every file under `dir` whose name ends in `suffix`, sorted. */
export function filesUnder(dir: string, suffix: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: false }) as string[])
    .filter((file) => file.endsWith(suffix))
    .sort()
    .map((file) => join(dir, file));
}
