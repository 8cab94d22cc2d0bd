/**
 * Every route an edition publishes, with the element ids on each page:
 * what internal links in the content may point at. Built from the same
 * entry lists the pages are built from, so the two cannot drift apart.
 */
import type { SiteMap } from './link-check.ts';
import { REGIONAL_ID_PREFIX, type BodyScan } from '../markdown/index.ts';
import { AGENDA_PATH, entryPath, eventCalendarPath, eventPath, feedPath, homePath, ROUTED_COLLECTIONS, scanPath, searchPagePath, sectionPath, sectorFeedPath, themeFeedPath, warningPath, WARNINGS_ARCHIVE_PATH, WARNINGS_FEED_PATH, WARNINGS_PATH, type Locale, type RoutedCollection } from '../model/index.ts';


export interface MappedEntry {
  collection: RoutedCollection;
  slug: string;
  lang: Locale;
  /** Scans of the texts shown on the page. */
  scans: BodyScan[];
  /** Scan of the regional section, whose heading ids carry the `regio-` prefix. */
  regionalScan?: BodyScan | undefined;
  /** The page shows a regional section under the national text. */
  extended?: boolean;
}

/** A warning page (/actueel/<slug>/): its text and, where a region extends it, the regional section. */
export interface MappedWarning {
  slug: string;
  scan: BodyScan;
  regionalScan?: BodyScan | undefined;
}

/** Ids every detail page has from its layout (skip link target, sources, help box). */
const LAYOUT_IDS = ['hoofdinhoud', 'bronnen', 'direct-hulp'];

export function buildSiteMap(input: {
  entries: readonly MappedEntry[];
  locales: readonly Locale[];
  eventSlugs: readonly string[];
  warnings?: readonly MappedWarning[];
  /** Files under public/ (and the region's public/), as root-relative paths. */
  publicFiles: readonly string[];
  hiddenPaths?: readonly string[];
  /** Id of the region that hides them, for messages. */
  hiddenBy?: string | undefined;
}): SiteMap {
  const routes = new Set<string>(['/sitemap-index.xml', '/robots.txt', AGENDA_PATH, WARNINGS_PATH, WARNINGS_ARCHIVE_PATH, WARNINGS_FEED_PATH, ...input.publicFiles]);
  const anchors = new Map<string, Set<string>>();
  for (const lang of input.locales) {
    routes.add(homePath(lang));
    routes.add(feedPath(lang));
    routes.add(searchPagePath(lang));
    routes.add(scanPath(lang));
    for (const collection of ROUTED_COLLECTIONS) routes.add(sectionPath(collection, lang));
  }
  for (const slug of input.eventSlugs) {
    routes.add(eventPath(slug));
    routes.add(eventCalendarPath(slug));
  }
  for (const entry of input.entries) {
    const path = entryPath(entry.collection, entry.slug, entry.lang);
    routes.add(path);
    const ids = new Set([
      ...LAYOUT_IDS,
      ...entry.scans.flatMap((scan) => scan.headings.map((heading) => heading.id)),
      ...(entry.regionalScan?.headings.map((heading) => `${REGIONAL_ID_PREFIX}${heading.id}`) ?? []),
    ]);
    if (entry.extended) ids.add('in-de-regio');
    anchors.set(path, ids);
    // Dutch sector pages and theme guides each have a feed of their current warnings.
    if (entry.lang === 'nl' && entry.collection === 'sectors') routes.add(sectorFeedPath(entry.slug));
    if (entry.lang === 'nl' && entry.collection === 'themes') routes.add(themeFeedPath(entry.slug));
  }
  for (const warning of input.warnings ?? []) {
    const path = warningPath(warning.slug);
    routes.add(path);
    const ids = new Set([...LAYOUT_IDS, ...warning.scan.headings.map((heading) => heading.id), ...(warning.regionalScan?.headings.map((heading) => `${REGIONAL_ID_PREFIX}${heading.id}`) ?? [])]);
    if (warning.regionalScan) ids.add('in-de-regio');
    anchors.set(path, ids);
  }
  return { routes, anchors, hidden: new Set(input.hiddenPaths ?? []), hiddenBy: input.hiddenBy };
}
