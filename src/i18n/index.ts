/**
 * UI strings per language. Every dictionary is typed against the Dutch keys,
 * so a translation cannot miss a string; the map is typed against the
 * language list (src/lib/model/languages.ts), so a language without its
 * strings file is a type error here. An unknown language gets Dutch.
 */
import { nl, type UiKey } from './nl.ts';
import { en } from './en.ts';
import { tr } from './tr.ts';
import { ar } from './ar.ts';
import { pl } from './pl.ts';
import { zh } from './zh.ts';
import type { Locale } from '../lib/model/taxonomy.ts';

export type { UiKey };
export const DEFAULT_LANG: Locale = 'nl';
const dictionaries: Record<Locale, Record<UiKey, string>> = { nl, en, tr, ar, pl, zh };

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Returns a translator for one language; `{name}` placeholders are filled from `values`. */
export function useTranslations(lang: string = DEFAULT_LANG): Translate {
  const dictionary = dictionaries[lang as Locale] ?? nl;
  return (key, values = {}) => dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** Keys that come in a `.one` and a `.many` form. */
type PluralBase = { [K in UiKey]: K extends `${infer Base}.one` ? (`${Base}.many` extends UiKey ? Base : never) : never }[UiKey];

/** "1 toolkit", "3 toolkits": picks the `.one` or `.many` form of a key. */
export function plural(t: Translate, key: PluralBase, count: number): string {
  return count === 1 ? t(`${key}.one` as UiKey, { count }) : t(`${key}.many` as UiKey, { count });
}
