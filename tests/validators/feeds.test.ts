/**
 * Every feed.xml of every built edition through rss-parser, the widely used
 * RSS/Atom parser for Node: the feed parses, has a title and entries, and every
 * entry has a title, an absolute link on the edition's own site and a date.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import Parser from 'rss-parser';
import { builtEditions, filesUnder } from './built.ts';

const editions = builtEditions();

test('rss-parser reads every feed.xml: every entry has a title, a link and a date', async () => {
  const parser = new Parser();
  const problems: string[] = [];
  let feeds = 0;
  for (const edition of editions) {
    const files = filesUnder(edition.dir, 'feed.xml');
    assert.ok(files.length >= 1, `${edition.id}: no feed.xml`);
    for (const file of files) {
      const name = relative(process.cwd(), file);
      feeds += 1;
      let feed: Awaited<ReturnType<typeof parser.parseString>>;
      try {
        feed = await parser.parseString(readFileSync(file, 'utf8'));
      } catch (error) {
        problems.push(`${name}: rss-parser: ${(error as Error).message}`);
        continue;
      }
      if (!feed.title) problems.push(`${name}: feed without title`);
      // The warnings feeds (/actueel/, per sector, per theme) hold only current warnings and may be empty; the site's changelog never is.
      const warningsFeed = /[\\/](actueel|sectoren[\\/][^\\/]+|themas[\\/][^\\/]+)[\\/]feed\.xml$/.test(file);
      if (!feed.items.length && !warningsFeed) problems.push(`${name}: feed without entries`);
      const site = feed.link ? new URL(feed.link).origin : undefined;
      feed.items.forEach((item, index) => {
        const where = `${name} entry ${index + 1}${item.title ? ` (${item.title})` : ''}`;
        if (!item.title?.trim()) problems.push(`${where}: no title`);
        if (!item.link || !URL.canParse(item.link)) problems.push(`${where}: no absolute link (${item.link})`);
        else if (site && new URL(item.link).origin !== site) problems.push(`${where}: link ${item.link} is not on ${site}`);
        const date = item.isoDate ?? item.pubDate;
        if (!date || Number.isNaN(Date.parse(date))) problems.push(`${where}: no date`);
      });
    }
  }
  assert.ok(feeds >= editions.length);
  assert.deepEqual(problems, []);
});
