/**
 * For every command-line tool: a known content or configuration error
 * (ContentError) ends the program with its Dutch lines and exit code 1, never
 * with a stack trace. Anything else is a bug and keeps Node's full report.
 */
import { ContentError } from '../../src/lib/errors.ts';

/** Call once at the top of a script. */
export function handleKnownErrors(): void {
  const onError = (error: unknown) => {
    if (error instanceof ContentError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  };
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
}

