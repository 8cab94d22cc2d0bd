/**
 * Where a build test writes its site: a fresh folder inside the project (node_modules/.cache/kvo-tests/).
 * Astro keeps the server bundle of a build whose output folder lies outside the project in the project's
 * own `.astro/` folder; two such builds at once (the build tests run two at a time) would then render
 * from each other's bundle. Inside the project, each build keeps it in its own output folder.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

export function buildOutputDir(prefix: string): string {
  const root = join(process.cwd(), 'node_modules', '.cache', 'kvo-tests');
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, prefix));
}
