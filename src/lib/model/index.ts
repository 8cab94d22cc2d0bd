/**
 * Content model: what an entry is. Owns the zod schemas (the single source of truth for content),
 * the closed vocabularies (themes, kinds, sectors, languages), front matter parsing, dates and event
 * times, derived relations between entries, the URL contract (routes), phone and report numbers, the
 * PVO directory helpers and the icon per vocabulary value. May import only messages.
 *
 * This index names what the concern offers the rest of src/; inside the folder modules import each
 * other directly. Command-line scripts and unit tests may import a single module.
 */
export { formatEventDay, formatEventTime, splitAgenda } from './agenda.ts';
export { formatDay, isCalendarDay, isoDay, monthsBetween } from './dates.ts';
export { FRONT_MATTER, parseContentFile, parseYaml } from './front-matter.ts';
export type { ParsedFile } from './front-matter.ts';
export { conceptKindIcon, iconBody, iconHast, iconPoints, themeIcon, toolkitKindIcon } from './icons.ts';
export type { IconName } from './icons.ts';
export { ThemeIndex, byOrderThenTitle, byTitle } from './relations.ts';
export { AGENDA_PATH, DEFAULT_LOCALE, FEED_PATH, SCAN_PATH, scanPath, MENU_COLLECTIONS, PVO_DIRECTORY_SLUG, ROUTED_COLLECTIONS, SECTIONS, WARNINGS_ARCHIVE_PATH, WARNINGS_FEED_PATH, WARNINGS_PATH, absoluteUrl, entryPath, eventCalendarPath, eventPath, feedPath, homePath, langParam, localePrefix, searchPagePath, sectionPath, sectorFeedPath, themeFeedPath, warningPath, withBase } from './routes.ts';
export type { RoutedCollection } from './routes.ts';
export { SYSTEM_FIELD_NAMES, TRANSLATION_FIELD_NAMES, createSchemas, httpsUrl, plainReference, retiredSourcesSchema, synonymsSchema } from './schemas.ts';
export type { CollectionName, ReferenceFactory } from './schemas.ts';
export { SCAN_CHOICES, SCAN_STORAGE_KEY, actionList, appliesTo } from './scan-actions.ts';
export type { ScanAction, ScanChoice, ScanQuestion, ScanState } from './scan-actions.ts';
export { SectorIndex, namedSectors, relevantSectors } from './sectors.ts';
export { CONCEPT_KINDS, LOCALES, SEARCH_TYPES, THEME_SLUGS, TOOLKIT_KINDS, WARNING_KINDS } from './taxonomy.ts';
export type { Locale, WarningKind } from './taxonomy.ts';
export { LANGUAGES, isLocale, languageOf } from './languages.ts';
export type { Language } from './languages.ts';
export { dutchToday, isCurrent, isExpired, latestExpiry, referenceDayOf, splitWarnings } from './warnings.ts';
export type { ReferenceDay, WarningSplit } from './warnings.ts';
