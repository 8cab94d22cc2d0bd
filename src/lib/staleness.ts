/**
 * Staleness of regional replacements (`overlay: replace` + `basedOn`): one
 * model for the build summary, `npm run check`, `npm run report` and
 * `npm run regions:status`.
 */
import type { StaleOverride } from './overlay.ts';

/** The one-line warning for a stale replacement. */
export function staleWarning(stale: StaleOverride): string {
  return `${stale.file} — verouderde regionale versie: ${stale.nationalFile} is gewijzigd sinds basedOn "${stale.basedOn}" (nu "${stale.currentHash}"); zie npm run regions:status`;
}
