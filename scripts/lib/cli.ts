/**
 * For every command-line tool: a known content or configuration error
 * (ContentError) ends the program with its Dutch lines and exit code 1, never
 * with a stack trace. Anything else is a bug and keeps Node's full report.
 */
import { checkEdition } from '../../src/lib/content-check.ts';
import { resolveEdition } from '../../src/lib/edition.ts';
import { editionPaths } from '../../src/lib/edition-plan.ts';
import { ContentError, formatProblem } from '../../src/lib/errors.ts';
import { count } from '../../src/lib/wording.ts';

export function printContentError(error: ContentError, log: (line: string) => void = console.error): void {
  log(`${count(error.problems.length, 'fout', 'fouten')} in de inhoud:`);
  for (const problem of error.problems) log(`  ✗ ${formatProblem(problem)}`);
}

/** Call once at the top of a script. */
export function handleKnownErrors(): void {
  const onError = (error: unknown) => {
    if (error instanceof ContentError) printContentError(error);
    else console.error(error);
    process.exit(1);
  };
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
}

/**
 * The content check of one edition (REGION) before Astro starts: content
 * errors are printed as Dutch lines and the build stops before rendering,
 * so they never reach Astro's English error report with its stack trace.
 */
export function checkBeforeBuild(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): boolean {
  try {
    const edition = resolveEdition(env, root);
    const { errors } = checkEdition(edition, editionPaths(root, env));
    if (!errors.length) return true;
    printContentError(new ContentError(errors));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    printContentError(error);
  }
  return false;
}
