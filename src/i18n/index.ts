/**
 * UI strings per language. A missing key in a translation falls back to Dutch,
 * the site's source language; TypeScript makes sure every key used exists.
 */
import { nl, type UiKey } from './nl.ts';

export type { UiKey };
export const DEFAULT_LANG = 'nl';
const dictionaries: Record<string, Partial<Record<UiKey, string>>> = { nl };

/** Returns a translator for one language; `{name}` placeholders are filled from `values`. */
export function useTranslations(lang: string = DEFAULT_LANG) {
  const dictionary = dictionaries[lang] ?? nl;
  return function t(key: UiKey, values: Record<string, string | number> = {}): string {
    const template = dictionary[key] ?? nl[key];
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
  };
}

/** Keys that come in a `.one` and a `.many` form. */
type PluralBase = { [K in UiKey]: K extends `${infer Base}.one` ? (`${Base}.many` extends UiKey ? Base : never) : never }[UiKey];

/** "1 toolkit", "3 toolkits": picks the `.one` or `.many` form of a key. */
export function plural(t: ReturnType<typeof useTranslations>, key: PluralBase, count: number): string {
  return count === 1 ? t(`${key}.one` as UiKey, { count }) : t(`${key}.many` as UiKey, { count });
}
