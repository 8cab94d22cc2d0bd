/**
 * Closed vocabularies of the content model. The schemas, the filters on the
 * index pages and the search filters all read these lists, so a new value is
 * added here once.
 */

/** The six PVO themes; their slugs are part of the public URL contract. */
export const THEME_SLUGS = [
  'cybercriminaliteit',
  'ondermijning',
  'winkelcriminaliteit',
  'overvallen',
  'afpersing',
  'inbraak',
] as const;
export type ThemeSlug = (typeof THEME_SLUGS)[number];

export const CONCEPT_KINDS = [
  'keurmerk',
  'training',
  'meldpunt',
  'netwerk',
  'subsidie',
  'hulpmiddel',
  'regeling',
  'voorlichting',
  'hulpverlening',
] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

export const TOOLKIT_KINDS = ['checklist', 'stappenplan', 'signalenkaart', 'template'] as const;
export type ToolkitKind = (typeof TOOLKIT_KINDS)[number];

export const AUDIENCES = [
  'alle-ondernemers',
  'detailhandel',
  'horeca',
  'bedrijventerreinen',
  'transport-en-logistiek',
  'zakelijke-dienstverlening',
  'gemeenten',
  'pvo-en-partners',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const ORGANISATION_KINDS = [
  'overheid',
  'politie-en-justitie',
  'brancheorganisatie',
  'kennisorganisatie',
  'stichting',
  'samenwerkingsverband',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** What a dated warning (`warnings`, /actueel/) is about: the pattern, never a perpetrator. */
export const WARNING_KINDS = [
  'phishing',
  'factuurfraude',
  'ceo-fraude',
  'ransomware',
  'overvalreeks',
  'inbraakreeks',
  'winkeldiefstal',
  'ronselen',
  'afpersing',
  'oplichting',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const EVENT_KINDS = ['voorlichtingsbijeenkomst', 'training', 'themabijeenkomst', 'netwerkbijeenkomst'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Site languages: derived from the language list (languages.ts). One code per language everywhere: Pagefind makes one index per code. */
export { LOCALES, type Locale } from './languages.ts';

/** Search result types (Pagefind filter `type`), one per routed collection. */
export const SEARCH_TYPES = ['thema', 'concept', 'toolkit', 'sector', 'pagina', 'agenda', 'actueel'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
