/**
 * Websites the team knows are gone or no longer kept up to date (`content/retired-sources.yaml`), such
 * as digitaltrustcenter.nl after the Digital Trust Center joined the NCSC. A source or link to one of
 * them is an error: the reader lands on an old or empty page, and the fact it backs may have moved on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateEntry, type ContentProblem } from '../messages/index.ts';
import { parseContentFile, retiredSourcesSchema } from '../model/index.ts';

export const RETIRED_SOURCES_FILE = 'retired-sources.yaml';

export interface RetiredSource {
  domain: string;
  since: Date;
  why: string;
  use: string;
}

/** The retired sites, or the problems in the file that lists them (none when there is no file). */
export function loadRetiredSources(contentDir: string): { retired: RetiredSource[]; problems: ContentProblem[] } {
  const file = join(contentDir, RETIRED_SOURCES_FILE);
  if (!existsSync(file)) return { retired: [], problems: [] };
  const text = readFileSync(file, 'utf8');
  const parsed = parseContentFile(text, file);
  if (parsed.problems.length) return { retired: [], problems: parsed.problems };
  const problems = validateEntry(retiredSourcesSchema, parsed.data, file, text);
  if (problems.length) return { retired: [], problems };
  const sites = retiredSourcesSchema.parse(parsed.data);
  return { retired: Object.entries(sites).map(([domain, site]) => ({ domain, ...site })), problems: [] };
}

const URL_IN_TEXT = /https?:\/\/[^\s)"'<>\]]+/gu;

/** A problem for every line of a content file that links to a retired site. */
export function retiredSourceProblems(file: string, text: string, retired: readonly RetiredSource[]): ContentProblem[] {
  if (retired.length === 0) return [];
  const problems: ContentProblem[] = [];
  const frontMatterLines = /^---\r?\n[\s\S]*?\r?\n---/u.exec(text)?.[0].split('\n').length ?? 0;
  text.split(/\r?\n/u).forEach((line, index) => {
    for (const [url] of line.matchAll(URL_IN_TEXT)) {
      let host: string;
      try {
        host = new URL(url).hostname.replace(/^www\./u, '');
      } catch {
        continue;
      }
      const site = retired.find((item) => host === item.domain || host.endsWith(`.${item.domain}`));
      if (!site) continue;
      problems.push({
        file,
        // In a YAML data file every URL is a field value; in an MDX file, a front matter line is a source.
        field: file.endsWith('.yaml') || index < frontMatterLines ? 'sources' : 'tekst',
        line: index + 1,
        found: `${url}: ${site.domain} is sinds ${site.since.toISOString().slice(0, 10)} geen bruikbare bron meer (${site.why})`,
        expected: `een actuele bron in de plaats, bijvoorbeeld via ${site.use} (de lijst staat in content/${RETIRED_SOURCES_FILE})`,
      });
    }
  });
  return problems;
}
