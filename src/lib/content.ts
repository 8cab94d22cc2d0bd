/**
 * The one place pages get content from. Loads every collection once per
 * build, runs the cross-entry checks (so a broken reference stops the build
 * with file, field and line) and hands out sorted, typed lists.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertIntegrity } from './integrity.ts';
import { byOrderThenTitle, byTitle } from './relations.ts';
import { ROUTED_COLLECTIONS, type RoutedCollection } from './routes.ts';

export type Theme = CollectionEntry<'themes'>;
export type Concept = CollectionEntry<'concepts'>;
export type Toolkit = CollectionEntry<'toolkits'>;
export type InfoPage = CollectionEntry<'pages'>;
export type Organisation = CollectionEntry<'organisations'>;
export type RoutedEntry = CollectionEntry<RoutedCollection>;

export interface SiteContent {
  themes: Theme[];
  concepts: Concept[];
  toolkits: Toolkit[];
  pages: InfoPage[];
  organisations: Map<string, Organisation>;
  themeById: Map<string, Theme>;
}

function readSource(filePath: string): string | undefined {
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
}

async function load(): Promise<SiteContent> {
  const [themes, concepts, toolkits, pages, organisations] = await Promise.all([
    getCollection('themes'),
    getCollection('concepts'),
    getCollection('toolkits'),
    getCollection('pages'),
    getCollection('organisations'),
  ]);
  assertIntegrity([...themes, ...concepts, ...toolkits, ...pages, ...organisations], { readSource });
  return {
    themes: themes.sort(byOrderThenTitle),
    concepts: concepts.sort(byTitle),
    toolkits: toolkits.sort(byTitle),
    pages: pages.sort(byOrderThenTitle),
    organisations: new Map(organisations.map((organisation) => [organisation.id, organisation])),
    themeById: new Map(themes.map((theme) => [theme.id, theme])),
  };
}

let cached: Promise<SiteContent> | undefined;

/** Memoised: every page of one build shares the same loaded content. */
export function loadContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

export async function entriesOf(collection: RoutedCollection): Promise<RoutedEntry[]> {
  const content = await loadContent();
  return content[collection];
}

export async function allRoutedEntries(): Promise<RoutedEntry[]> {
  const content = await loadContent();
  return ROUTED_COLLECTIONS.flatMap((collection): RoutedEntry[] => content[collection]);
}
