/**
 * URL contract (DESIGN.md §3): Dutch, lower case, trailing slash; English
 * under /en/ with the same slugs. Every link to an entry or a section is
 * built here, so a route changes in one place.
 */
import type { Locale, SearchType } from './taxonomy.ts';

export const SECTIONS = {
  themes: { segment: 'themas', searchType: 'thema', menu: true },
  concepts: { segment: 'concepten', searchType: 'concept', menu: true },
  toolkits: { segment: 'toolkits', searchType: 'toolkit', menu: true },
  sectors: { segment: 'sectoren', searchType: 'sector', menu: false },
  pages: { segment: 'over', searchType: 'pagina', menu: true },
} as const satisfies Record<string, { segment: string; searchType: SearchType; menu: boolean }>;

export type RoutedCollection = keyof typeof SECTIONS;
export const ROUTED_COLLECTIONS = Object.keys(SECTIONS) as RoutedCollection[];
/** The sections in the main menu; the others are linked from the home page, the overviews and the footer. */
export const MENU_COLLECTIONS = ROUTED_COLLECTIONS.filter((collection) => SECTIONS[collection].menu);

export const DEFAULT_LOCALE: Locale = 'nl';
/** The Dutch feed; every language has its own (feedPath). */
export const FEED_PATH = '/feed.xml';
export const AGENDA_PATH = '/agenda/';
/** The self-scan; `?sector=<id>` and `?thema=<slug>` pre-filter it (links from home, theme guides and sector pages). */
export const SCAN_PATH = '/scan/';

/** The scan in a language, optionally pre-filtered on a sector or a theme. */
export function scanPath(lang: Locale = DEFAULT_LOCALE, filter: { sector?: string | undefined; thema?: string | undefined } = {}): string {
  const query = new URLSearchParams(Object.entries(filter).filter((pair): pair is [string, string] => Boolean(pair[1]))).toString();
  return `${localePrefix(lang)}${SCAN_PATH}${query ? `?${query}` : ''}`;
}

/** `''` for Dutch, `/en` for English: the prefix of every path in that language. */
export function localePrefix(lang: Locale): string {
  return lang === DEFAULT_LOCALE ? '' : `/${lang}`;
}

/** The info page that lists every regional PVO ("Vind uw PVO"); links to it go through PvoLink. */
export const PVO_DIRECTORY_SLUG = 'vind-uw-pvo';

/** The `[...lang]` route parameter: undefined for the default language. */
export function langParam(lang: Locale): string | undefined {
  return lang === DEFAULT_LOCALE ? undefined : lang;
}

export function homePath(lang: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(lang)}/`;
}

/** The Atom feed of one language: only that language's entries (/feed.xml Dutch, /en/feed.xml English, …). */
export function feedPath(lang: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(lang)}/feed.xml`;
}

export function searchPagePath(lang: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(lang)}/zoeken/`;
}

export function sectionPath(collection: RoutedCollection, lang: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(lang)}/${SECTIONS[collection].segment}/`;
}

/** Path of an entry; `slug` is the file name, without any language prefix. */
export function entryPath(collection: RoutedCollection, slug: string, lang: Locale = DEFAULT_LOCALE): string {
  return `${sectionPath(collection, lang)}${slug}/`;
}

/** Dated warnings: Dutch only, like the agenda; the overview lists the current ones, the archive the expired. */
export const WARNINGS_PATH = '/actueel/';
export const WARNINGS_ARCHIVE_PATH = '/actueel/archief/';
export const WARNINGS_FEED_PATH = '/actueel/feed.xml';

export function warningPath(slug: string): string {
  return `${WARNINGS_PATH}${slug}/`;
}

/** The feed of the current warnings for one sector, next to its page. */
export function sectorFeedPath(sector: string): string {
  return `${entryPath('sectors', sector)}feed.xml`;
}

/** The feed of the current warnings for one theme, next to its guide. */
export function themeFeedPath(theme: string): string {
  return `${entryPath('themes', theme)}feed.xml`;
}

export function eventPath(slug: string): string {
  return `${AGENDA_PATH}${slug}/`;
}

export function eventCalendarPath(slug: string): string {
  return `${AGENDA_PATH}${slug}.ics`;
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

/** The search page with a query filled in. */
export function searchPath(query: string, lang: Locale = DEFAULT_LOCALE): string {
  return `${searchPagePath(lang)}?${new URLSearchParams({ q: query })}`;
}
