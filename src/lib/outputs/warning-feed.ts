/**
 * The Atom feeds of current warnings: /actueel/feed.xml, one per sector and one
 * per theme. Callers pass only current warnings, so an expired one leaves every
 * feed at the first build after its `expires` day.
 */
import { warningPath } from '../model/index.ts';
import { renderAtom, type FeedEntry } from './feed.ts';

export interface FeedWarning {
  id: string;
  data: { title: string; summary: string; published: Date; kind: string };
}

export interface WarningFeedInput {
  title: string;
  subtitle: string;
  /** Root-relative path of the feed itself. */
  selfPath: string;
  /** Root-relative path of the page the feed belongs to. */
  pagePath: string;
  warnings: readonly FeedWarning[];
  /** Root-relative path → absolute URL (base path and site included). */
  url: (path: string) => string;
  author: string;
}

export function warningFeedEntries(warnings: readonly FeedWarning[], url: (path: string) => string): FeedEntry[] {
  return warnings.map((warning) => ({
    title: warning.data.title,
    url: url(warningPath(warning.id)),
    summary: warning.data.summary,
    // A warning is news on the day it is published; that is its date in a feed reader.
    updated: warning.data.published,
    category: warning.data.kind,
  }));
}

export function renderWarningFeed(input: WarningFeedInput): string {
  return renderAtom({
    title: input.title,
    subtitle: input.subtitle,
    selfUrl: input.url(input.selfPath),
    siteUrl: input.url(input.pagePath),
    lang: 'nl',
    author: input.author,
    entries: warningFeedEntries(input.warnings, input.url),
  });
}
