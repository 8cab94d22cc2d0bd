/**
 * Small pieces of Dutch wording shared by every message: counts with the
 * right plural ("1 editie", "2 edities"), ordinals ("1e") and field paths as
 * a person reads them ("sources, 2e waarde, url" instead of `sources[1].url`).
 */
import { closest, rankByDistance } from './closest.ts';

/** "1 fout", "2 fouten". */
export function count(amount: number, singular: string, plural: string): string {
  return `${amount} ${amount === 1 ? singular : plural}`;
}

/** Dutch ordinal for a 1-based position: 1e, 2e, 10e. */
export function ordinal(position: number): string {
  return `${position}e`;
}

/** A field path as a person reads it: ["themes", 0] → "themes, 1e waarde". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `${ordinal(key + 1)} waarde` : String(key))).join(', ');
}

/**
 * "Expected one of …" with the closest candidates first and, when one is
 * close enough to be a typo, a "bedoelt u …?" that names it.
 */
export function expectedOneOf(found: string, candidates: readonly string[], shown = 10): string {
  const ranked = rankByDistance(found, candidates);
  const [guess] = closest(found, candidates, { limit: 1 });
  const listed = ranked.slice(0, shown).join(', ') + (ranked.length > shown ? ` (en nog ${ranked.length - shown})` : '');
  return `een van: ${listed}${guess ? ` — bedoelt u "${guess}"?` : ''}`;
}
