/**
 * What the scan page shows, per language: the themes in their fixed order, each with its questions
 * in their order, and for every question the advice with a link to the page that shows how. A
 * question without a translation is shown in Dutch (and marked so); a link goes to the page in the
 * reader's language where translated, keeping the anchor only if that page has the heading.
 */
import type { MarkdownHeading } from 'astro';
import { byOrderThenTitle, entryPath, type Locale, type RoutedCollection } from '../model/index.ts';
import { counterpart, localizedLink, slugOf, type ScanEntry, type SiteContent } from './content.ts';

export interface ScanQuestionView {
  id: string;
  theme: string;
  sectors: string[];
  order: number;
  risk: 'ja' | 'nee';
  priority: number;
  question: string;
  why: string;
  advice: string;
  /** Language of the question's texts. */
  lang: Locale;
  link: { href: string; title: string; lang: Locale };
}

export interface ScanThemeView {
  id: string;
  title: string;
  lang: Locale;
  questions: ScanQuestionView[];
}

function question(content: SiteContent, entry: ScanEntry, shown: ScanEntry): ScanQuestionView {
  const [collection, slug = ''] = entry.data.link.split('/') as [RoutedCollection, string];
  const target = localizedLink(content, collection, slug, shown.data.lang);
  const page = counterpart(content, collection, slug, target.lang);
  const headings = (page?.rendered?.metadata?.headings ?? []) as MarkdownHeading[];
  const anchor = entry.data.anchor;
  const heading = anchor ? headings.find((candidate) => candidate.slug === anchor) : undefined;
  // The check guarantees the anchor on the Dutch page; a translation may name its headings otherwise.
  const hash = heading || (anchor && target.lang === 'nl') ? `#${anchor}` : '';
  return {
    id: slugOf(entry),
    theme: entry.data.theme.id,
    sectors: entry.data.sectors.map((sector) => sector.id),
    order: entry.data.order,
    risk: entry.data.risk,
    priority: entry.data.priority,
    question: shown.data.title,
    why: shown.data.summary,
    advice: shown.data.advice,
    lang: shown.data.lang,
    link: { href: `${entryPath(collection, slug, target.lang)}${hash}`, title: heading ? `${target.title}: ${heading.text}` : target.title, lang: target.lang },
  };
}

/** The scan's themes (only those with questions) and questions for one language. */
export function scanThemes(content: SiteContent, lang: Locale): ScanThemeView[] {
  const dutch = content.scan.filter((entry) => entry.data.lang === 'nl');
  const translated = new Map(content.scan.filter((entry) => entry.data.lang === lang).map((entry) => [slugOf(entry), entry]));
  return content.themes
    .map((theme) => {
      const title = localizedLink(content, 'themes', theme.id, lang);
      const questions = dutch
        .filter((entry) => entry.data.theme.id === theme.id)
        .sort((a, b) => a.data.order - b.data.order || byOrderThenTitle(a, b))
        .map((entry) => question(content, entry, translated.get(entry.id) ?? entry));
      return { id: theme.id, title: title.title, lang: title.lang, questions };
    })
    .filter((theme) => theme.questions.length > 0);
}
