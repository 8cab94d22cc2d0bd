/**
 * The site's languages: the one list everything about a language derives
 * from (LOCALES, routes, html lang/dir, hreflang, the sitemap, the language
 * switch, the synonyms file's sections, region.yaml `locales`, Pagefind's
 * index per `<html lang>`). Adding a language is an entry here, its UI strings
 * file in src/i18n/ and content files in `<collection>/<code>/`.
 *
 * Dutch is the source language and always first; every other page falls back
 * to it. `pagefind` is what Pagefind makes of the language: whether it stems
 * words or, for Chinese, segments them (README, "Zoeken in andere talen").
 */
export interface Language {
  /** BCP 47 code: the URL prefix (`/tr/`), the content folder and `<html lang>`. */
  code: string;
  /** The language's name in itself, as the language switch shows it. */
  name: string;
  /** Its Dutch name, for messages to editors ("Turks"). */
  dutchName: string;
  dir: 'ltr' | 'rtl';
  /** Open Graph locale of a page in this language. */
  ogLocale: string;
  /** Pagefind's support: `stem` (a stemmer), `plain` (whole words only), `segment` (word segmentation, no stemming). */
  pagefind: 'stem' | 'plain' | 'segment';
  /** Question and filler words come from the `stopword` package's list of this code (ISO 639-3). */
  stopwordList: string;
}

export const LANGUAGES = [
  { code: 'nl', name: 'Nederlands', dutchName: 'Nederlands', dir: 'ltr', ogLocale: 'nl_NL', pagefind: 'stem', stopwordList: 'nld' },
  { code: 'en', name: 'English', dutchName: 'Engels', dir: 'ltr', ogLocale: 'en_GB', pagefind: 'stem', stopwordList: 'eng' },
  { code: 'tr', name: 'Türkçe', dutchName: 'Turks', dir: 'ltr', ogLocale: 'tr_TR', pagefind: 'stem', stopwordList: 'tur' },
  { code: 'ar', name: 'العربية', dutchName: 'Arabisch', dir: 'rtl', ogLocale: 'ar_AR', pagefind: 'stem', stopwordList: 'ara' },
  { code: 'pl', name: 'Polski', dutchName: 'Pools', dir: 'ltr', ogLocale: 'pl_PL', pagefind: 'stem', stopwordList: 'pol' },
  { code: 'zh', name: '中文', dutchName: 'Chinees (vereenvoudigd)', dir: 'ltr', ogLocale: 'zh_CN', pagefind: 'segment', stopwordList: 'zho' },
] as const satisfies readonly Language[];

export type Locale = (typeof LANGUAGES)[number]['code'];

/** Every language code, Dutch first. */
export const LOCALES = LANGUAGES.map((language) => language.code) as [Locale, ...Locale[]];

const byCode = new Map<string, Language>(LANGUAGES.map((language) => [language.code, language]));

export function languageOf(code: Locale): Language {
  return byCode.get(code)!;
}

export function isLocale(code: string): code is Locale {
  return byCode.has(code);
}
