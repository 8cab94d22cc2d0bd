/**
 * The build renders each body to HTML (readBody with `render`): the registry's
 * elements become plain HTML, links get the deploy base, a regional section's
 * headings get their prefix and a placed section its marker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyRenderer } from '../../../src/lib/markdown/body-render.ts';
import { regionalMarker, type BodyRender } from '../../../src/lib/markdown/html-steps.ts';
import { readBody } from '../../../src/lib/markdown/pipeline.ts';

const render = (overrides: Partial<BodyRender> = {}): BodyRender => ({
  base: '/kvo/',
  pvoLink: { href: '/over/vind-uw-pvo/', text: 'het PVO in uw regio' },
  frontmatter: {},
  regionalSection: false,
  ...overrides,
});
const html = (body: string, settings = render(), file = 'content/themes/x.mdx') => {
  const read = readBody(`---\ntitle: X\n---\n${body}`, file, settings);
  assert.deepEqual(read.problems, []);
  return read.html!;
};

test('registry elements become plain HTML and <PvoLink> the PVO list, with the deploy base', () => {
  const out = html('Vraag <PvoLink /> of <PvoLink>uw PVO</PvoLink>. <abbr title="Platform Veilig Ondernemen">PVO</abbr> m<sup>2</sup> CO<sub>2</sub><br />[gids](/themas/overvallen/) [extern](https://example.org/)\n');
  assert.match(out, /<a href="\/kvo\/over\/vind-uw-pvo\/">het PVO in uw regio<\/a> of <a href="\/kvo\/over\/vind-uw-pvo\/">uw PVO<\/a>/);
  assert.match(out, /<abbr title="Platform Veilig Ondernemen">PVO<\/abbr> m<sup>2<\/sup> CO<sub>2<\/sub><br>/);
  assert.match(out, /<a href="\/kvo\/themas\/overvallen\/">gids<\/a> <a href="https:\/\/example.org\/">extern<\/a>/);
  assert.doesNotMatch(out, /PvoLink|mdx/i);
});

test('a regional section prefixes its heading ids; a placed section leaves its marker after the heading\'s section', () => {
  assert.match(html('### Bij ons\n\nTekst.\n', render({ regionalSection: true })), /<h3 id="regio-bij-ons">/);
  const placed = html('## Direct\n\nA.\n\n### Detail\n\nB.\n\n## Daarna\n\nC.\n', render({ placement: { after: 'direct', extension: 'themes/x' } }));
  assert.match(placed, new RegExp(`<p>B\\.</p>\\s*${regionalMarker('themes/x')}<h2 id="daarna">`));
});

test('<PvoLink> in a translation goes to the translated PVO list, or to the Dutch one with hreflang', () => {
  const withEnglish = bodyRenderer([{ slug: 'vind-uw-pvo', lang: 'nl' }, { slug: 'vind-uw-pvo', lang: 'en' }], '/');
  const dutchOnly = bodyRenderer([{ slug: 'vind-uw-pvo', lang: 'nl' }], '/');
  const body = { frontmatter: {}, regionalSection: false };
  assert.deepEqual(withEnglish('en', body).pvoLink, { href: '/en/over/vind-uw-pvo/', hreflang: undefined, text: 'the PVO in your region' });
  assert.deepEqual(dutchOnly('en', body).pvoLink, { href: '/over/vind-uw-pvo/', hreflang: 'nl', text: 'the PVO in your region' });
  assert.match(html('<PvoLink />\n', dutchOnly('en', body)), /<a href="\/over\/vind-uw-pvo\/" hreflang="nl">the PVO in your region<\/a>/);
});
