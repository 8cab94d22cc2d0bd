/**
 * For every command-line tool: a known content or configuration error
 * (ContentError) ends the program with its Dutch lines and exit code 1, never
 * with a stack trace. Anything else is a bug and keeps Node's full report.
 */
import { ContentError } from '../../src/lib/messages/errors.ts';

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

/**
 * What a failed build prints: a known content or configuration error (also when Astro or Vite wrapped it)
 * as its Dutch lines; anything else with Astro's own message, location and, for a bug, its stack.
 */
export function describeBuildError(error: unknown): string {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if (cause instanceof ContentError) return cause.message;
  }
  if (!(error instanceof Error)) return String(error);
  const located = error as Error & { loc?: { file?: string; line?: number }; hint?: string };
  const where = located.loc?.file ? `${located.loc.file}${located.loc.line ? `:${located.loc.line}` : ''}: ` : '';
  return [`${where}${error.message}`, located.hint, error.stack?.split('\n').slice(1).join('\n')].filter(Boolean).join('\n');
}
