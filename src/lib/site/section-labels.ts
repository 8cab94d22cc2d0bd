/** The UI name of each routed collection, in the reader's language. */
import type { UiKey } from '../../i18n/index.ts';
import type { RoutedCollection } from '../model/index.ts';

const SECTION_LABEL_KEYS = {
  themes: 'section.themes',
  concepts: 'section.concepts',
  toolkits: 'section.toolkits',
  sectors: 'section.sectors',
  pages: 'section.pages',
} as const satisfies Record<RoutedCollection, UiKey>;

const SECTION_INTRO_KEYS = {
  themes: 'section.themes.intro',
  concepts: 'section.concepts.intro',
  toolkits: 'section.toolkits.intro',
  sectors: 'section.sectors.intro',
  pages: 'section.pages.intro',
} as const satisfies Record<RoutedCollection, UiKey>;

export function sectionLabel(collection: RoutedCollection, t: (key: UiKey) => string): string {
  return t(SECTION_LABEL_KEYS[collection]);
}

export function sectionIntro(collection: RoutedCollection, t: (key: UiKey) => string): string {
  return t(SECTION_INTRO_KEYS[collection]);
}
