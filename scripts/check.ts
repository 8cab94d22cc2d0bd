/**
 * Fast content check for editors and pull requests: every check of the build
 * that needs no rendering, for the national edition and every region (or the
 * ones named). One line per problem: `file:line — what is wrong — how to fix`.
 * Exit code 1 on any error (front matter not in the canonical form included);
 * warnings (overdue reviews, dated claims to check again, stale overrides,
 * Dutch texts under the B1 line) do not fail.
 *
 *   npm run check                 all editions
 *   npm run check -- voorbeeld-noord
 */
import { checkEdition } from '../src/lib/checks/content-check.ts';
import { editionReadability, readabilityWarnings } from '../src/lib/checks/plain-language.ts';
import { NATIONAL_EDITION_ID, resolveEdition } from '../src/lib/editions/edition.ts';
import { editionPaths } from '../src/lib/editions/edition-plan.ts';
import { editorialProblems } from '../src/lib/authoring/editorial-check.ts';
import { resolve } from 'node:path';
import { ContentError, type ContentProblem } from '../src/lib/messages/errors.ts';
import { listRegions } from '../src/lib/editions/region-config.ts';
import { count } from '../src/lib/messages/wording.ts';
import { staleProblem } from '../src/lib/editions/staleness.ts';
import { githubAnnotation, problemLine } from './lib/report-format.ts';
import { handleKnownErrors } from './lib/cli.ts';

handleKnownErrors();

const started = performance.now();
const root = process.cwd();
const requested = process.argv.slice(2);
const editions = requested.length ? requested : [NATIONAL_EDITION_ID, ...listRegions(root)];
const annotate = Boolean(process.env.GITHUB_ACTIONS);
const errors = new Map<string, ContentProblem>();
const warnings = new Map<string, ContentProblem>();

for (const id of editions) {
  try {
    const edition = resolveEdition({ ...process.env, REGION: id }, root);
    const result = checkEdition(edition, editionPaths(root, process.env));
    // National files are checked once per edition; report each problem once.
    for (const problem of result.errors) errors.set(problemLine(problem), problem);
    for (const problem of result.warnings) warnings.set(problemLine(problem), problem);
    // B1: a warning for each Dutch text under the line (only here and in the report, not in the build).
    for (const problem of readabilityWarnings(editionReadability(result.plans))) warnings.set(problemLine(problem), problem);
    for (const stale of result.stale) {
      const problem = staleProblem(stale);
      warnings.set(problemLine(problem), problem);
    }
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) errors.set(problemLine(problem), problem);
  }
}

// One form for front matter, the one the CMS writes (npm run format:content), so a CMS save changes only the
// edited lines; a regional edition also needs an owner in CODEOWNERS and no texts left from the regions:new
// template. The build runs the same (scripts/build.ts), so every ✗ here also stops the build.
const withErrors = new Set([...errors.values()].map((problem) => problem.file));
const regionIds = requested.length ? editions.filter((id) => id !== NATIONAL_EDITION_ID && listRegions(root).includes(id)) : listRegions(root);
const setup = editorialProblems(root, resolve(root, process.env.CONTENT_DIR || 'content'), regionIds, withErrors);
for (const problem of setup.errors) errors.set(problemLine(problem), problem);
for (const problem of setup.warnings) warnings.set(problemLine(problem), problem);

const byPlace = (a: [string, ContentProblem], b: [string, ContentProblem]) => a[1].file.localeCompare(b[1].file) || (a[1].line ?? 0) - (b[1].line ?? 0);
for (const [line, problem] of [...errors].sort(byPlace)) {
  console.log(`✗ ${line}`);
  if (annotate) console.log(githubAnnotation('error', problem));
}
for (const [line, problem] of [...warnings].sort(byPlace)) {
  console.log(`! ${line}`);
  if (annotate) console.log(githubAnnotation('warning', problem));
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\n${count(editions.length, 'editie', 'edities')} gecontroleerd in ${seconds} s: ${count(errors.size, 'fout', 'fouten')}, ${count(warnings.size, 'waarschuwing', 'waarschuwingen')}.`);
process.exit(errors.size ? 1 : 0);
