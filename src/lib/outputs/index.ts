/**
 * Outputs: files the site publishes besides its pages. Owns the Atom feed, iCalendar files, the
 * JSON export for partners and its schema, the Content-Security-Policy of every page and the "last
 * changed" dates from git, and what makes the site work offline and installable (worker and manifest
 * names, the manifest, preview builds). May import model and messages.
 *
 * This index names what the concern offers the rest of src/; inside the folder modules import each
 * other directly. Command-line scripts and unit tests may import a single module.
 */
export { EXPORTED_COLLECTIONS, buildExport, exportJsonSchema } from './api-export.ts';
export type { ExportItem, ExportedCollection } from './api-export.ts';
export { eventToIcs } from './calendar.ts';
export { renderWarningFeed, warningFeedEntries } from './warning-feed.ts';
export type { FeedWarning } from './warning-feed.ts';
export { ADMIN_POLICY, DEV_POLICY, SEARCH_POLICY, contentSecurityPolicy } from './csp.ts';
export type { PagePolicy } from './csp.ts';
export { renderAtom } from './feed.ts';
export { lastModified } from './git-dates.ts';
export { ICON_SIZES, MANIFEST_FILE, WORKER_FILE, iconFile, isPreviewBuild, offlinePagePath, webManifest } from './offline.ts';
export type { ManifestInput } from './offline.ts';
