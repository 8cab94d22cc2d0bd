/**
 * A short, stable fingerprint of what a reader gets from a national entry. A
 * regional replacement records it as `basedOn`; when the fingerprint of the
 * national entry changes, the replacement is reported as stale.
 *
 * Only substance counts: the body text (whitespace normalised) and the front
 * matter fields a reader sees. Left out, so they never make a replacement
 * stale: `reviewed` (a routine check), `keywords` (search terms, not shown),
 * `order` and `featured` (placement in lists, not this text), a source's
 * access date (`accessed`), the `editorial` note, and the overlay and system
 * fields. An editorial change that does touch the text (a typo, a broken
 * link) is recognised from the `editorial` note in git history: see
 * staleness.ts.
 */
import { createHash } from 'node:crypto';

/** Front matter fields that do not change what a reader sees on the page itself. */
export const NON_SUBSTANTIVE_FIELDS = ['reviewed', 'keywords', 'order', 'featured', 'editorial', 'overlay', 'basedOn', 'provenance', 'sourceFile', 'extension', 'lang', 'translationOf', 'translationBasedOn', 'translationReviewed', 'translationStale'];
/** Fields inside nested objects (sources) that do not change what a reader sees. */
const NON_SUBSTANTIVE_NESTED = ['accessed'];

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

function normalise(value: unknown, nested: boolean): unknown {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => normalise(item, true));
  if (value && typeof value === 'object') {
    const skip = nested ? NON_SUBSTANTIVE_NESTED : NON_SUBSTANTIVE_FIELDS;
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => !skip.includes(key))
        .sort()
        .map((key) => [key, normalise((value as Record<string, unknown>)[key], true)]),
    );
  }
  return value;
}

/** The fingerprint of an entry's substance: its front matter (as parsed) and body. */
export function substantiveHash(data: Record<string, unknown>, body: string): string {
  return digest(JSON.stringify({ data: normalise(data, false), body: body.replace(/\s+/g, ' ').trim() }));
}

/**
 * The fingerprint of the whole file, as `basedOn` was written before only
 * substance counted. Still accepted, so existing replacements stay valid.
 */
export function sourceHash(text: string): string {
  return digest(text.replace(/\r\n/g, '\n'));
}
