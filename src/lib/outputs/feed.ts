/** Atom 1.0 feed of new and changed pages (RFC 4287), written without a template engine. */

export interface FeedEntry {
  title: string;
  /** Absolute URL; also the entry's id, which therefore stays stable. */
  url: string;
  summary: string;
  updated: Date;
  category?: string | undefined;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  lang: string;
  author: string;
  entries: readonly FeedEntry[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** Newest first; at most `limit` entries, since a feed is a changelog, not a catalogue. */
export function newestFirst(entries: readonly FeedEntry[], limit = 50): FeedEntry[] {
  return [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.url.localeCompare(b.url)).slice(0, limit);
}

export function renderAtom(feed: Feed): string {
  const entries = newestFirst(feed.entries);
  const updated = entries[0]?.updated ?? new Date(0);
  const items = entries
    .map(
      (entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <id>${escapeXml(entry.url)}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <updated>${entry.updated.toISOString()}</updated>
    <summary>${escapeXml(entry.summary)}</summary>${entry.category ? `\n    <category term="${escapeXml(entry.category)}"/>` : ''}
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <id>${escapeXml(feed.siteUrl)}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${items}
</feed>
`;
}
