/** Builds the Pagefind index of a rendered site with Pagefind's Node API and checks the result. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexSummary {
  /** Indexed pages per language code; `nl` and `nl-NL` would show up as two indexes. */
  pagesPerLanguage: Record<string, number>;
}

export async function indexSite(siteDir: string): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    if (added.page_count === 0) throw new Error('geen enkele pagina met data-pagefind-body gevonden');
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return {
    pagesPerLanguage: Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count])),
  };
}
