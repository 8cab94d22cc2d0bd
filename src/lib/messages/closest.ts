/**
 * "Did you mean …?": ranks candidate words by edit distance to what someone
 * typed (fastest-levenshtein), so the closest match comes first. Shared by
 * the content messages and the search page's corrections (which ships it to
 * the browser, so it stays small).
 */
import { distance } from 'fastest-levenshtein';

export interface ClosestOptions {
  /** How many suggestions at most (default 3). */
  limit?: number;
  /**
   * Largest distance still worth suggesting; by default a third of the longer
   * word, at least 2, so "winkelcriminalitiet" finds "winkelcriminaliteit" but
   * "x" does not suggest every short word.
   */
  maxDistance?: number;
  /** Between equally close candidates the higher weight wins (e.g. how often a word occurs). */
  weight?: (candidate: string) => number;
  /**
   * Also compares these keys (e.g. spelling by sound, so "fising" finds
   * "phishing"); a match by key counts half a step more than the same distance in spelling.
   */
  key?: (word: string) => string;
}

function defaultMax(word: string, candidate: string): number {
  return Math.max(2, Math.floor(Math.max(word.length, candidate.length) / 3));
}

/** Candidates ordered by edit distance (case-insensitive), then weight, then alphabetically; only those close enough. */
export function closest(word: string, candidates: Iterable<string>, options: ClosestOptions = {}): string[] {
  const needle = word.toLowerCase();
  const needleKey = options.key?.(needle);
  const scored: { candidate: string; score: number; weight: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const other = candidate.toLowerCase();
    const max = options.maxDistance ?? defaultMax(needle, other);
    const bySpelling = distance(needle, other);
    const score = options.key ? Math.min(bySpelling, distance(needleKey!, options.key(other)) + 0.5) : bySpelling;
    if (score <= max) scored.push({ candidate, score, weight: options.weight?.(candidate) ?? 0 });
  }
  scored.sort((a, b) => a.score - b.score || b.weight - a.weight || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, options.limit ?? 3).map(({ candidate }) => candidate);
}

/** All candidates, the closest first (for "expected one of: …" lists). */
export function rankByDistance(word: string, candidates: Iterable<string>): string[] {
  const needle = word.toLowerCase();
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, score: distance(needle, candidate.toLowerCase()) }))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .map(({ candidate }) => candidate);
}

/** One typo in a short word, two in a word of 5 to 8 letters, three in a longer one: strict enough to correct a search without asking. */
export function searchMaxDistance(word: string): number {
  const length = [...word].length;
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}
