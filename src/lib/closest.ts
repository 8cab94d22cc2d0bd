/**
 * "Did you mean …?": ranks candidate words by edit distance to what someone
 * typed (fastest-levenshtein), so the closest match comes first. Shared by
 * the content messages and the search page's corrections.
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
}

function defaultMax(word: string, candidate: string): number {
  return Math.max(2, Math.floor(Math.max(word.length, candidate.length) / 3));
}

/** Candidates ordered by edit distance (case-insensitive), ties alphabetically; only those close enough. */
export function closest(word: string, candidates: Iterable<string>, options: ClosestOptions = {}): string[] {
  const needle = word.toLowerCase();
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const score = distance(needle, candidate.toLowerCase());
    if (score <= (options.maxDistance ?? defaultMax(needle, candidate))) scored.push({ candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
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
