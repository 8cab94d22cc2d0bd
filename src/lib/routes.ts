/**
 * URL contract (DESIGN.md §3): Dutch, lower case, trailing slash. Every link
 * to an entry or a section is built here, so a route changes in one place.
 */
import type { SearchType } from './taxonomy.ts';

export const SECTIONS = {
  themes: { segment: 'themas', searchType: 'thema' },
  concepts: { segment: 'concepten', searchType: 'concept' },
  toolkits: { segment: 'toolkits', searchType: 'toolkit' },
  pages: { segment: 'over', searchType: 'pagina' },
} as const satisfies Record<string, { segment: string; searchType: SearchType }>;

export type RoutedCollection = keyof typeof SECTIONS;
export const ROUTED_COLLECTIONS = Object.keys(SECTIONS) as RoutedCollection[];

export const SEARCH_PATH = '/zoeken/';
export const FEED_PATH = '/feed.xml';

export function sectionPath(collection: RoutedCollection): string {
  return `/${SECTIONS[collection].segment}/`;
}

export function entryPath(collection: RoutedCollection, id: string): string {
  return `${sectionPath(collection)}${id}/`;
}

export function collectionForSegment(segment: string): RoutedCollection | undefined {
  return ROUTED_COLLECTIONS.find((collection) => SECTIONS[collection].segment === segment);
}

/** Prefixes a root-relative path with the deploy base (e.g. `/kennisbank/`), leaving other URLs alone. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmedBase = base.replace(/\/+$/, '');
  if (trimmedBase === '' || path === trimmedBase || path.startsWith(`${trimmedBase}/`)) return path;
  return `${trimmedBase}${path}`;
}

/** Absolute URL for canonical links, feeds and Open Graph tags. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** The search page with a query filled in (used by the header form's fallback links and tests). */
export function searchPath(query: string): string {
  return `${SEARCH_PATH}?${new URLSearchParams({ q: query })}`;
}
