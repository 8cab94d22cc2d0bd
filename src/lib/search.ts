/**
 * Search contract shared by the pages that are indexed and the search UI that
 * queries them: filter names, meta weights and the query-string state.
 * Pure, so the UI code and the unit tests use the very same functions.
 */
import { SEARCH_TYPES, THEME_SLUGS, type SearchType, type ThemeSlug } from './taxonomy.ts';

export const FILTER_TYPE = 'type';
export const FILTER_THEME = 'theme';
/** Sector ids a page is meant for; a page for every sector carries every id. */
export const FILTER_SECTOR = 'sector';
export const META_SUMMARY = 'summary';
export const META_KEYWORDS = 'trefwoorden';

/** Titles weigh most, then the hand-written keywords, then the summary (Pagefind default for title is 5). */
export const RANKING = {
  metaWeights: { title: 6, [META_KEYWORDS]: 4, [META_SUMMARY]: 2 },
  termSimilarity: 1.5,
} as const;

export const MAX_RESULTS = 10;

export interface SearchState {
  query: string;
  types: SearchType[];
  themes: ThemeSlug[];
}

function pick<T extends string>(values: readonly string[], allowed: readonly T[]): T[] {
  const chosen = new Set(values.filter((value): value is T => (allowed as readonly string[]).includes(value)));
  return allowed.filter((value) => chosen.has(value));
}

/** Reads `?q=…&type=…&thema=…`; unknown filter values are dropped, not trusted. */
export function parseSearchState(params: URLSearchParams): SearchState {
  return {
    query: (params.get('q') ?? '').trim().slice(0, 200),
    types: pick(params.getAll('type'), SEARCH_TYPES),
    themes: pick(params.getAll('thema'), THEME_SLUGS),
  };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const type of state.types) params.append('type', type);
  for (const theme of state.themes) params.append('thema', theme);
  return params.toString();
}

/** Pagefind filter object: any value within a group, all groups together. */
export function toPagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  if (state.types.length) filters[FILTER_TYPE] = { any: [...state.types] };
  if (state.themes.length) filters[FILTER_THEME] = { any: [...state.themes] };
  return filters;
}

/** The hidden keyword line of a page: its own keywords plus its theme names, without duplicates. */
export function keywordLine(keywords: readonly string[], extra: readonly string[] = []): string {
  const seen = new Set<string>();
  for (const word of [...keywords, ...extra]) {
    const normalised = word.trim().toLowerCase();
    if (normalised) seen.add(normalised);
  }
  return [...seen].join(', ');
}
