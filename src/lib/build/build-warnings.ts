/**
 * Warnings that need an editor's attention but do not block publishing
 * (stale overrides, overdue reviews). During `npm run build` they go to one
 * file that scripts/build.ts prints as a summary at the end; elsewhere (dev
 * server) to the given logger.
 */
import { appendFileSync } from 'node:fs';

export const WARNINGS_FILE_VARIABLE = 'KVO_WARNINGS_FILE';

export function reportWarning(message: string, log: (message: string) => void): void {
  const summaryFile = process.env[WARNINGS_FILE_VARIABLE];
  if (summaryFile) appendFileSync(summaryFile, `${message}\n`);
  else log(message);
}
