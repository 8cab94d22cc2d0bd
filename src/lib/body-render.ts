/**
 * What the build needs to know to render a body to HTML (markdown/html-steps.ts)
 * besides the body itself: the deploy base and where `<PvoLink>` goes in the
 * body's language (the PVO list in that language where the edition has it,
 * the Dutch one otherwise; the same rule as localizedLink for pages).
 */
import { useTranslations } from '../i18n/index.ts';
import type { BodyRender } from './markdown/html-steps.ts';
import { DEFAULT_LOCALE, entryPath, PVO_DIRECTORY_SLUG } from './routes.ts';
import type { Locale } from './taxonomy.ts';

export function bodyRenderer(pages: readonly { slug: string; lang: Locale }[], base: string) {
  const hasPvoList = (lang: Locale) => pages.some((page) => page.slug === PVO_DIRECTORY_SLUG && page.lang === lang);
  return (lang: Locale, body: Pick<BodyRender, 'frontmatter' | 'regionalSection' | 'placement'>): BodyRender => {
    const target = hasPvoList(lang) ? lang : DEFAULT_LOCALE;
    return {
      base,
      pvoLink: { href: entryPath('pages', PVO_DIRECTORY_SLUG, target), hreflang: target === lang ? undefined : target, text: useTranslations(lang)('pvo.link') },
      ...body,
    };
  };
}
