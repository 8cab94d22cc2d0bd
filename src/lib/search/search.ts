/**
 * Search contract shared by the pages that are indexed and the search UI that
 * queries them: filter names, meta weights and the query-string state.
 * Pure, so the UI code and the unit tests use the very same functions.
 */
import { SECTIONS } from '../model/routes.ts';

export const FILTER_TYPE = 'type';
export const FILTER_THEME = 'theme';
/** The `type` filter value of theme guides. */
export const GUIDE_TYPE = SECTIONS.themes.searchType;
/** Sector ids a page is meant for; a page for every sector carries every id. */
export const FILTER_SECTOR = 'sector';
export const META_SUMMARY = 'summary';
export const META_KEYWORDS = 'trefwoorden';

/**
 * Titles weigh most, then the hand-written keywords, then the summary (Pagefind default for title is 5).
 * Long guides are hardly penalised for their length (Pagefind's default `pageLength` is 0.75), so a
 * theme guide is not outranked by a short event or overview that mentions the word (measured with
 * the test set in tests/e2e/search-queries.json on every edition).
 */
export const RANKING = {
  metaWeights: { title: 6, [META_KEYWORDS]: 4, [META_SUMMARY]: 2 },
  termSimilarity: 1.5,
  pageLength: 0.3,
} as const;

export const MAX_RESULTS = 10;

/** One filter group of the search page: its URL parameter, its Pagefind filter and the values offered. */
export interface FilterGroup {
  param: string;
  filter: string;
  values: readonly string[];
}

/** `?letterlijk=1`: search the words as typed, without spelling corrections. */
export const LITERAL_PARAM = 'letterlijk';

export interface SearchState {
  query: string;
  /** Search the words as typed (the visitor declined a correction). */
  literal: boolean;
  /** Chosen values per filter group's URL parameter, in the order the group offers them. */
  filters: Record<string, string[]>;
}

/** Reads `?q=…&type=…&thema=…&letterlijk=1`; values a group does not offer are dropped, not trusted. */
export function parseSearchState(params: URLSearchParams, groups: readonly FilterGroup[]): SearchState {
  const filters: Record<string, string[]> = {};
  for (const group of groups) {
    const chosen = new Set(params.getAll(group.param));
    const values = group.values.filter((value) => chosen.has(value));
    if (values.length) filters[group.param] = values;
  }
  return { query: (params.get('q') ?? '').trim().slice(0, 200), literal: params.get(LITERAL_PARAM) === '1', filters };
}

export function serializeSearchState(state: SearchState, groups: readonly FilterGroup[]): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const group of groups) for (const value of state.filters[group.param] ?? []) params.append(group.param, value);
  if (state.literal && state.query) params.set(LITERAL_PARAM, '1');
  return params.toString();
}

/** Pagefind filter object: any value within a group, all groups together. */
export function toPagefindFilters(state: SearchState, groups: readonly FilterGroup[]): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const group of groups) {
    const values = state.filters[group.param];
    if (values?.length) filters[group.filter] = { any: [...values] };
  }
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
