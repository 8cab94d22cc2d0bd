/**
 * npm run links:external — checks every external link in content/ and
 * regions/ and writes the issue body (Markdown) that lists broken links by
 * file and line. Used weekly by .github/workflows/link-rot.yml.
 *
 *   npm run links:external                       report on stdout
 *   npm run links:external -- --report out.md    report in a file
 *
 * Sets `broken` and `unchecked` counts as GitHub step outputs when run in Actions.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkUrls } from './lib/links/check-urls.ts';
import { collectExternalLinks, formatReport } from './lib/links/link-rot.ts';

const { values } = parseArgs({ options: { report: { type: 'string' }, root: { type: 'string', default: process.cwd() } } });
const occurrences = collectExternalLinks(values.root!);
const urls = [...new Set(occurrences.map((occurrence) => occurrence.url))];
console.error(`${urls.length} externe adressen in ${new Set(occurrences.map((occurrence) => occurrence.file)).size} bestanden; controleren…`);
const results = await checkUrls(urls);
const report = formatReport(occurrences, results, new Date());
if (values.report) writeFileSync(values.report, report.body);
else process.stdout.write(report.body);
console.error(`${report.broken} kapot, ${report.unchecked} niet te controleren.`);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `broken=${report.broken}\nunchecked=${report.unchecked}\n`);
