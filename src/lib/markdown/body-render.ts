/**
 * What the build needs to know to render a body to HTML (markdown/html-steps.ts)
 * besides the body itself: the deploy base and where `<PvoLink>` goes in the
 * body's language (the PVO list in that language where the edition has it,
 * the Dutch one otherwise; the same rule as localizedLink for pages), and the
 * opening hours that follow a phone number (the organisations' `phones`).
 */
import { useTranslations } from '../../i18n/index.ts';
import type { BodyRender } from './html-steps.ts';
import { DEFAULT_LOCALE, entryPath, PVO_DIRECTORY_SLUG, type Locale } from '../model/index.ts';
import { hoursMarks, type HoursMark, type OpeningHours } from '../contact/index.ts';

/** The organisations' phone lines, as the body renderer needs them (schemas.ts, `phones`). */
export interface PhoneLine {
  phones?: readonly { number: string; hours: OpeningHours }[] | undefined;
}
export type PhoneLines = Iterable<PhoneLine>;

/** The words around the hours in a language. */
export function hoursLabels(lang: Locale) {
  const t = useTranslations(lang);
  return { text: (hours: string) => t('hours.text', { hours }), open: t('hours.open'), closed: t('hours.closed') };
}

export function bodyRenderer(pages: readonly { slug: string; lang: Locale }[], base: string, organisations: PhoneLines = []) {
  const phoneHours = new Map<Locale, Map<string, HoursMark>>();
  const phoneHoursIn = (lang: Locale) => {
    let marks = phoneHours.get(lang);
    if (!marks) phoneHours.set(lang, (marks = hoursMarks(organisations, lang, hoursLabels(lang))));
    return marks;
  };
  // Once per build, not per body: a scan of every page for every body grew with pages².
  const pvoListLanguages = new Set(pages.filter((page) => page.slug === PVO_DIRECTORY_SLUG).map((page) => page.lang));
  const pvoLinks = new Map<Locale, BodyRender['pvoLink']>();
  const pvoLinkIn = (lang: Locale): BodyRender['pvoLink'] => {
    let link = pvoLinks.get(lang);
    if (!link) {
      const target = pvoListLanguages.has(lang) ? lang : DEFAULT_LOCALE;
      link = { href: entryPath('pages', PVO_DIRECTORY_SLUG, target), hreflang: target === lang ? undefined : target, text: useTranslations(lang)('pvo.link') };
      pvoLinks.set(lang, link);
    }
    return link;
  };
  return (lang: Locale, body: Pick<BodyRender, 'frontmatter' | 'regionalSection' | 'placement'>): BodyRender => ({ base, pvoLink: pvoLinkIn(lang), phoneHours: phoneHoursIn(lang), ...body });
}
