/**
 * Builds the Pagefind index of a rendered site and checks the result. Runs
 * Pagefind's own CLI (measurably faster than its Node service for thousands
 * of pages) and reads the index it wrote.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface IndexSummary {
  /** Indexed pages per language code; `nl` and `nl-NL` would show up as two indexes. */
  pagesPerLanguage: Record<string, number>;
}

export function indexSite(siteDir: string): IndexSummary {
  const result = spawnSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', siteDir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${result.stdout}\n${result.stderr}`.trim());
  const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pagesPerLanguage = Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
  if (Object.values(pagesPerLanguage).reduce((sum, count) => sum + count, 0) === 0) {
    throw new Error('geen enkele pagina met data-pagefind-body gevonden');
  }
  return { pagesPerLanguage };
}
