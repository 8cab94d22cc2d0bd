/**
 * The checks of `npm run check` that the content loaders do not run: front matter in the canonical form
 * (content-format.ts) and the set-up of a regional edition (edition-setup.ts: an owner in CODEOWNERS, no
 * texts left from the regions:new template). `npm run check` and `npm run build` (scripts/check.ts,
 * scripts/build.ts) both run them, so every ✗ of the check also stops the build: nothing looks fine
 * locally and fails in CI.
 */
import type { ContentProblem } from '../messages/index.ts';
import { unformattedProblems } from './content-format.ts';
import { checkEditionSetup } from './edition-setup.ts';

/**
 * Errors and warnings for the national content and the regions named. `withErrors`: files that have other
 * errors; they get no canonical-form error (the real problem comes first, and a file that cannot be read
 * as intended is not rewritten from a wrong reading).
 */
export function editorialProblems(root: string, contentDir: string, regions: readonly string[], withErrors: ReadonlySet<string> = new Set()): { errors: ContentProblem[]; warnings: ContentProblem[] } {
  const unformatted = unformattedProblems(root, contentDir, regions).filter((problem) => !withErrors.has(problem.file));
  const setup = checkEditionSetup(root, regions);
  return { errors: [...unformatted, ...setup.errors], warnings: setup.warnings };
}
