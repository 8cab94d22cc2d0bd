/**
 * The Astro build itself, in the child process scripts/build.ts starts (so that
 * all of Astro's memory is returned before Pagefind runs). Astro runs through its
 * JavaScript API, so a known error ends with its Dutch lines: a broken
 * region.yaml before Astro starts (not inside Astro's English "Unable to load
 * your Astro config"), a content error even where Astro or Vite wrapped it, and
 * never with a stack trace.
 */
import { resolveEdition } from '../../../src/lib/editions/edition.ts';
import { astroEnv } from './astro.ts';
import { describeBuildError, handleKnownErrors } from '../cli.ts';

handleKnownErrors();
resolveEdition(process.env, process.cwd());
Object.assign(process.env, astroEnv());
const { build } = await import('astro');
try {
  await build({});
} catch (error) {
  console.error(`\n${describeBuildError(error)}`);
  // Not process.exit(): output still on its way to a pipe would be cut off.
  process.exitCode = 1;
}
