/**
 * The built editions the independent validators read: dist/landelijk plus one
 * folder per region, as `npm run build:all` writes them (the same list the
 * Playwright config serves). A missing folder is a failure, never a skip.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listRegions } from '../../src/lib/region-config.ts';

export interface BuiltEdition {
  id: string;
  dir: string;
}

export function builtEditions(root = process.cwd()): BuiltEdition[] {
  return ['landelijk', ...listRegions(root)].map((id) => {
    const dir = join(root, 'dist', id);
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`${relative(root, dir)} ontbreekt: draai eerst npm run build:all`);
    return { id, dir };
  });
}

/** Every file under `dir` whose name ends in `suffix`, sorted. */
export function filesUnder(dir: string, suffix: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: false }) as string[])
    .filter((file) => file.endsWith(suffix))
    .sort()
    .map((file) => join(dir, file));
}
