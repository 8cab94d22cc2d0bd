/**
 * Site (concern): what pages, layouts and components need besides the content itself. Owns the
 * content queries on Astro's store (this module, which only runs inside Astro), the "Net gebeurd?"
 * cases, the no-script filters of overview pages, the regional table of contents, section labels and
 * the warning feeds as routes. Only src/pages, src/layouts and src/components import it. May import
 * build, editions, outputs, model, contact and messages.
 */
/**
 * The one place pages get content from. Takes every collection of the
 * edition from Astro's store once per build and hands out sorted, typed
 * lists per language. The content was read, validated and checked (references,
 * links) once, by the loaders during content sync; nothing here reads files.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { byOrderThenTitle, byTitle, DEFAULT_LOCALE, entryPath, LOCALES, namedSectors, ROUTED_COLLECTIONS, SectorIndex, splitWarnings, ThemeIndex, withBase, type Locale, type RoutedCollection } from '../model/index.ts';
import { hoursMarks, type HoursLabels, type HoursMark } from '../contact/index.ts';
import { referenceDay } from '../build/reference-day.ts';

export type Theme = CollectionEntry<'themes'>;
export type Concept = CollectionEntry<'concepts'>;
export type Toolkit = CollectionEntry<'toolkits'>;
export type InfoPage = CollectionEntry<'pages'>;
export type Organisation = CollectionEntry<'organisations'>;
export type Sector = CollectionEntry<'sectors'>;
export type Pvo = CollectionEntry<'pvos'>;
export type AgendaEvent = CollectionEntry<'events'>;
export type Extension = CollectionEntry<'extensions'>;
export type Warning = CollectionEntry<'warnings'>;
export type ScanEntry = CollectionEntry<'scan'>;
export type RoutedEntry = CollectionEntry<RoutedCollection>;

export interface LanguageContent {
  themes: Theme[];
  concepts: Concept[];
  toolkits: Toolkit[];
  sectors: Sector[];
  pages: InfoPage[];
}

export interface SiteContent extends LanguageContent {
  /** Entries per language; Dutch is complete, other languages hold their translations. */
  byLang: Record<Locale, LanguageContent>;
  organisations: Map<string, Organisation>;
  /** Dutch theme entries by slug (references always point at the Dutch entry). */
  themeById: Map<string, Theme>;
  events: AgendaEvent[];
  /**
   * Dated warnings (Dutch), split on the build's reference day: current ones newest first,
   * the archive most recently expired first. Scheduled ones (published later) are nowhere yet.
   */
  warnings: { day: Date; current: Warning[]; expired: Warning[]; all: Warning[] };
  /** Current warnings per theme, and per sector (a warning naming no sector is for every sector); newest first. */
  warningsForTheme: (theme: string) => readonly Warning[];
  warningsForSector: (sector: string) => readonly Warning[];
  extensions: Map<string, Extension>;
  /** Dutch toolkits and concepts per theme, for related lists in constant time per page. */
  toolkitIndex: ThemeIndex<Toolkit>;
  conceptIndex: ThemeIndex<Concept>;
  /** Dutch themes, concepts and toolkits per sector they name, and those meant for every sector. */
  sectorIndex: { themes: SectorIndex<Theme>; concepts: SectorIndex<Concept>; toolkits: SectorIndex<Toolkit> };
  /** Dutch sector ids in their order: the values of the sector filters. */
  sectorIds: string[];
  /** The regional PVOs in their order (data, not pages: listed on "Vind uw PVO"). */
  pvos: Pvo[];
  /** The self-scan's questions in every language (data, not pages: shown on /scan/). */
  scan: ScanEntry[];
  /** Every routed entry by `<lang>/<collection>/<slug>`, for finding translations. */
  entriesByKey: Map<string, RoutedEntry>;
}

/** The file name of an entry, without the language folder (`en/overvallen` → `overvallen`). */
export function slugOf(entry: { id: string }): string {
  return entry.id.slice(entry.id.lastIndexOf('/') + 1);
}

function splitByLang<T extends RoutedEntry>(entries: T[], lang: Locale): T[] {
  return entries.filter((entry) => entry.data.lang === lang);
}

async function load(): Promise<SiteContent> {
  // Editions without events or regional sections skip those collections (Astro warns about empty ones).
  const counts = (await getEntry('edition', 'summary'))?.data.counts ?? {};
  const [themes, concepts, toolkits, sectors, pvos, pages, organisations, events, extensions, warnings, scan] = await Promise.all([
    getCollection('themes'),
    getCollection('concepts'),
    getCollection('toolkits'),
    counts.sectors ? getCollection('sectors') : Promise.resolve([] as Sector[]),
    counts.pvos ? getCollection('pvos') : Promise.resolve([] as Pvo[]),
    getCollection('pages'),
    getCollection('organisations'),
    counts.events ? getCollection('events') : Promise.resolve([] as AgendaEvent[]),
    counts.extensions ? getCollection('extensions') : Promise.resolve([] as Extension[]),
    counts.warnings ? getCollection('warnings') : Promise.resolve([] as Warning[]),
    counts.scan ? getCollection('scan') : Promise.resolve([] as ScanEntry[]),
  ]);
  const dutchWarnings = warnings.filter((warning) => warning.data.lang === DEFAULT_LOCALE);
  const split = splitWarnings(dutchWarnings, referenceDay);
  // Grouped once per build, keeping the newest-first order of split.current.
  const byTheme = groupBy(split.current, (warning) => warning.data.themes.map(({ id }) => id));
  const sectorIds = sectors.filter((sector) => sector.data.lang === DEFAULT_LOCALE).map((sector) => sector.id);
  const bySector = groupBy(split.current, (warning) => {
    const named = namedSectors(warning);
    return named.length ? named : ['*', ...sectorIds];
  });
  const language = (lang: Locale): LanguageContent => ({
    themes: splitByLang(themes, lang).sort(byOrderThenTitle),
    concepts: splitByLang(concepts, lang).sort(byTitle),
    toolkits: splitByLang(toolkits, lang).sort(byTitle),
    sectors: splitByLang(sectors, lang).sort(byOrderThenTitle),
    pages: splitByLang(pages, lang).sort(byOrderThenTitle),
  });
  const byLang = Object.fromEntries(LOCALES.map((lang) => [lang, language(lang)])) as Record<Locale, LanguageContent>;
  const entriesByKey = new Map<string, RoutedEntry>(
    Object.entries(byLang).flatMap(([lang, entries]) =>
      ROUTED_COLLECTIONS.flatMap((collection) => (entries[collection] as RoutedEntry[]).map((entry) => [`${lang}/${collection}/${slugOf(entry)}`, entry] as const)),
    ),
  );
  return {
    ...byLang[DEFAULT_LOCALE],
    byLang,
    organisations: new Map(organisations.map((organisation) => [organisation.id, organisation])),
    themeById: new Map(byLang.nl.themes.map((theme) => [theme.id, theme])),
    events: events.sort((a, b) => a.data.start.getTime() - b.data.start.getTime()),
    extensions: new Map(extensions.map((extension) => [extension.id, extension])),
    warnings: { day: referenceDay, current: split.current, expired: split.expired, all: [...split.current, ...split.expired] },
    warningsForTheme: (theme) => byTheme.get(theme) ?? [],
    warningsForSector: (sector) => bySector.get(sector) ?? [],
    toolkitIndex: new ThemeIndex(byLang.nl.toolkits),
    conceptIndex: new ThemeIndex(byLang.nl.concepts),
    sectorIndex: { themes: new SectorIndex(byLang.nl.themes), concepts: new SectorIndex(byLang.nl.concepts), toolkits: new SectorIndex(byLang.nl.toolkits) },
    sectorIds: byLang.nl.sectors.map((sector) => sector.id),
    pvos: pvos.filter((pvo) => pvo.data.lang === DEFAULT_LOCALE).sort(byOrderThenTitle),
    scan,
    entriesByKey,
  };
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) for (const key of new Set(keysOf(item))) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

let cached: Promise<SiteContent> | undefined;

/** Memoised: every page of one build shares the same loaded content. */
export function loadContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

/** Every routed entry in every language. */
export async function allRoutedEntries(): Promise<RoutedEntry[]> {
  const content = await loadContent();
  return Object.values(content.byLang).flatMap((language) => ROUTED_COLLECTIONS.flatMap((collection): RoutedEntry[] => language[collection]));
}

/** The same entry in another language, if it has been translated. */
export function counterpart(content: SiteContent, collection: RoutedCollection, slug: string, lang: Locale): RoutedEntry | undefined {
  return content.entriesByKey.get(`${lang}/${collection}/${slug}`);
}

export interface LocalizedLink {
  href: string;
  title: string;
  /** The language the target is in: the reader's where translated, else Dutch. */
  lang: Locale;
}

/** A link to an entry in the reader's language where it has been translated, else to the Dutch page. */
export function localizedLink(content: SiteContent, collection: RoutedCollection, slug: string, lang: Locale): LocalizedLink {
  const target = counterpart(content, collection, slug, lang) ?? counterpart(content, collection, slug, DEFAULT_LOCALE);
  const targetLang = target?.data.lang ?? DEFAULT_LOCALE;
  return { href: entryPath(collection, slug, targetLang), title: target?.data.title ?? slug, lang: targetLang };
}

/** A link as an anchor's attributes on a page in `lang`: `href` with the base path, `hreflang` only when the target is in another language. */
export interface Anchor {
  href: string;
  title: string;
  hreflang: Locale | undefined;
}

export function anchorOf(link: LocalizedLink, lang: Locale, base: string): Anchor {
  return { href: withBase(link.href, base), title: link.title, hreflang: link.lang === lang ? undefined : link.lang };
}

/** The anchor to an entry in the reader's language where translated, else to the Dutch page. */
export function localizedAnchor(content: SiteContent, collection: RoutedCollection, slug: string, lang: Locale, base: string): Anchor {
  return anchorOf(localizedLink(content, collection, slug, lang), lang, base);
}

/** Every stappenplan of the edition (what to do right after an incident), linked in the reader's language where translated. */
export function stappenplanLinks(content: SiteContent, lang: Locale): LocalizedLink[] {
  return content.toolkits.filter((toolkit) => toolkit.data.kind === 'stappenplan').map((toolkit) => localizedLink(content, 'toolkits', slugOf(toolkit), lang));
}

const hoursByLanguage = new Map<Locale, Map<string, HoursMark>>();

/** Phone numbers with known opening hours (the organisations' `phones`) → what follows them on a page in `lang`. */
export async function phoneHoursIn(lang: Locale, labels: HoursLabels): Promise<ReadonlyMap<string, HoursMark>> {
  let marks = hoursByLanguage.get(lang);
  if (!marks) {
    const content = await loadContent();
    marks = hoursMarks([...content.organisations.values()].map((organisation) => organisation.data), lang, labels);
    hoursByLanguage.set(lang, marks);
  }
  return marks;
}
