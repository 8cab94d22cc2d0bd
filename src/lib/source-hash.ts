/**
 * A short, stable fingerprint of a national source file. A regional
 * replacement records it as `basedOn`; when the national file changes, the
 * fingerprint no longer matches and the replacement is reported as stale.
 */
import { createHash } from 'node:crypto';

/** Line endings are normalised so a checkout on Windows gives the same hash. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}
