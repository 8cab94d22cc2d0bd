import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml, newestFirst, renderAtom } from '../../../src/lib/outputs/feed.ts';

const entry = (n: number, day: string) => ({ title: `Titel ${n} & <meer>`, url: `https://x.nl/${n}/`, summary: `Samenvatting ${n}`, updated: new Date(day) });

test('escapeXml escapes the five XML characters', () => {
  assert.equal(escapeXml(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
});

test('newestFirst sorts by date and caps the list', () => {
  const sorted = newestFirst([entry(1, '2026-01-01'), entry(2, '2026-03-01'), entry(3, '2026-02-01')], 2);
  assert.deepEqual(sorted.map((e) => e.url), ['https://x.nl/2/', 'https://x.nl/3/']);
});

test('renderAtom writes a well-formed feed whose updated is the newest entry', () => {
  const xml = renderAtom({
    title: 'Kennisbank',
    subtitle: 'Sub',
    selfUrl: 'https://x.nl/feed.xml',
    siteUrl: 'https://x.nl/',
    lang: 'nl',
    author: 'PVO',
    entries: [entry(1, '2026-01-01'), { ...entry(2, '2026-03-01'), category: 'thema' }],
  });
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="nl">/);
  assert.match(xml, /<feed[^>]*>\n  <title>Kennisbank<\/title>[\s\S]*<updated>2026-03-01T00:00:00.000Z<\/updated>\n  <author>/);
  assert.match(xml, /<title>Titel 1 &amp; &lt;meer&gt;<\/title>/);
  assert.match(xml, /<category term="thema"\/>/);
  assert.equal(xml.match(/<entry>/g)?.length, 2);
  assert.ok(xml.indexOf('https://x.nl/2/') < xml.indexOf('https://x.nl/1/'), 'newest entry first');
});
