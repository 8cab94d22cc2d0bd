/**
 * `npm run check` (readBody) and the build (readBody with `render`, which the
 * edition loader stores as the page body) read Markdown the same way: the
 * heading ids, links and images in the HTML a page gets are the ones the
 * check validated, after every build step that dresses up the body, and
 * invalid MDX or code fails both on the same line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { htmlToHast, type HastNode } from 'satteri';
import { ContentError } from '../../../src/lib/messages/errors.ts';
import { readBody } from '../../../src/lib/markdown/pipeline.ts';
import { CONTENT_ELEMENTS, isUnsafeUrl } from '../../../src/lib/markdown/registry.ts';

interface Built {
  headings: { depth: number; slug: string }[];
  links: string[];
  images: string[];
}

/** Renders like the build does and returns what the page's HTML holds, or the build's error. */
function build(fileText: string, file = 'content/themes/x.mdx'): Built | ContentError {
  const read = readBody(fileText, file, { base: '/', pvoLink: { href: '/over/vind-uw-pvo/', text: 'het PVO in uw regio' }, frontmatter: {}, regionalSection: false });
  if (read.problems.length) return new ContentError(read.problems);
  const built: Built = { headings: [], links: [], images: [] };
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      const property = (name: string) => String(node.properties?.[name]);
      if (/^h[1-6]$/.test(node.tagName)) built.headings.push({ depth: Number(node.tagName[1]), slug: property('id') });
      if (node.tagName === 'a') built.links.push(property('href'));
      if (node.tagName === 'img') built.images.push(property('src'));
    }
    if ('children' in node) for (const child of node.children as HastNode[]) visit(child);
  };
  visit(htmlToHast(read.html!, { fragment: true }));
  return built;
}

function check(fileText: string, file = 'content/themes/x.mdx') {
  return readBody(fileText, file);
}

function assertSameReading(fileText: string): ReturnType<typeof check> {
  const built = build(fileText);
  const checked = check(fileText);
  assert.ok(!(built instanceof Error), `the build should accept this: ${String(built)}`);
  assert.deepEqual(checked.problems, []);
  assert.deepEqual(checked.scan.headings.map((h) => ({ depth: h.level, slug: h.id })), built.headings);
  assert.deepEqual(checked.scan.links.map((l) => l.url), built.links);
  assert.deepEqual(checked.scan.images.map((i) => i.src), built.images);
  return checked;
}

const frontMatter = '---\ntitle: Test\nsummary: Een test.\n---\n';

test('inline code and punctuation in a heading get the same id', () => {
  const checked = assertSameReading(`${frontMatter}## Kosten: \`€ 50\` per jaar\n\n## "Vragen?" & antwoorden\n`);
  assert.deepEqual(checked.scan.headings.map((h) => [h.id, h.line]), [['kosten--50-per-jaar', 5], ['vragen--antwoorden', 7]]);
});

test('setext headings are headings in both', () => {
  const checked = assertSameReading(`${frontMatter}Eerste kop\n==========\n\nTweede kop\n----------\n`);
  assert.deepEqual(checked.scan.headings.map((h) => [h.level, h.id, h.line]), [[1, 'eerste-kop', 5], [2, 'tweede-kop', 8]]);
});

test('a fence inside a longer fence is code, not a heading or a link', () => {
  const checked = assertSameReading(`${frontMatter}\`\`\`\`md\n\`\`\`\n## Geen kop\n[geen link](/nergens/)\n\`\`\`\n\`\`\`\`\n\n## Echte kop\n`);
  assert.deepEqual(checked.scan.headings.map((h) => h.id), ['echte-kop']);
  assert.deepEqual(checked.scan.links, []);
});

test('reference-style links and images are resolved like the page shows them', () => {
  const checked = assertSameReading(`${frontMatter}Lees [de gids][gids] en [melden].\n\n![Kaart][kaart]\n\n[gids]: /themas/overvallen/\n[melden]: /over/melden/#waar\n[kaart]: /kaart.png\n`);
  assert.deepEqual(checked.scan.links.map((l) => [l.url, l.line]), [['/themas/overvallen/', 5], ['/over/melden/#waar', 5]]);
  assert.deepEqual(checked.scan.images.map((i) => [i.alt, i.src, i.line]), [['Kaart', '/kaart.png', 7]]);
});

test('a raw <a href> is refused by both, on the same line', () => {
  const text = `${frontMatter}Zie <a href="/themas/overvallen/">de gids</a>.\n`;
  const built = build(text);
  assert.ok(built instanceof Error);
  assert.match(built.message, /x\.mdx:5 — veld "inhoud": gevonden de tag <a>; verwacht .*\[tekst\]\(https:/);
  assert.deepEqual(check(text).problems.map((p) => [p.line, p.found]), [[5, 'de tag <a>']]);
});

test('"<" in text breaks the build and the check on the same line', () => {
  const text = `${frontMatter}## Snel\n\nDuurt <5 minuten.\n`;
  const built = build(text);
  assert.ok(built instanceof Error, 'MDX reads <5 as a broken tag');
  const problems = check(text).problems;
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.line, 7);
  assert.deepEqual((built as ContentError).problems.map((problem) => problem.line), [7]);
  assert.match(problems[0]!.fix!, /schrijf \\< in plaats van </);
  // Escaped, it is text in both.
  assertSameReading(`${frontMatter}Duurt \\<5 minuten.\n`);
});

const attacks: [string, string, RegExp][] = [
  ['import/export', 'import { execSync } from "node:child_process";\nexport const x = execSync("touch pwned.txt");\n', /code: import \{ execSync \}/],
  ['a flow expression', '{globalThis.process.exit(1)}\n', /code tussen accolades/],
  ['a text expression', 'Tekst {1 + 1} hier.\n', /code tussen accolades: \{1 \+ 1\}/],
  ['a script element', '<script>alert(1)</script>\n', /de tag <script>/],
  ['a style element', '<style>{"body{display:none}"}</style>\n', /de tag <style>/],
  ['an iframe', '<iframe src="https://example.org/" />\n', /de tag <iframe>/],
  ['an object', '<object data="x.swf" />\n', /de tag <object>/],
  ['a form', '<form action="https://example.org/"><input /></form>\n', /de tag <form>/],
  ['an unregistered component', '<Gevaarlijk />\n', /de tag <Gevaarlijk>/],
  ['a fragment', '<>tekst</>\n', /de tag <>/],
  ['an event handler', '<abbr title="x" onMouseOver="alert(1)">PVO</abbr>\n', /event-handler onMouseOver/],
  ['an expression attribute', '<abbr title={globalThis.x}>PVO</abbr>\n', /code als waarde: title=\{globalThis\.x\}/],
  ['a spread attribute', '<abbr {...props}>PVO</abbr>\n', /code in de tag <abbr/],
  ['an attribute not allowed', '<sup class="x">2</sup>\n', /het attribuut class op <sup>/],
  ['a javascript: link', '[klik](javascript:alert(1))\n', /het adres "javascript:alert\(1\)"/],
  ['a javascript: definition', '[klik][k]\n\n[k]: JaVaScRiPt:alert(1)\n', /het adres "JaVaScRiPt:alert\(1\)"/],
  ['a data: link', '[klik](data:text/html,<script>alert(1)</script>)\n', /het adres "data:text\/html/],
  ['a vbscript: image', '![x](vbscript:msgbox)\n', /het adres "vbscript:msgbox"/],
];

for (const [name, body, found] of attacks) {
  test(`${name} is refused by check and build before anything compiles`, () => {
    const text = `${frontMatter}## Kop\n\n${body}`;
    const problems = check(text).problems;
    assert.ok(problems.length >= 1, `check must refuse ${name}`);
    assert.match(problems.map((p) => p.found).join('\n'), found);
    assert.ok(problems.every((p) => p.file === 'content/themes/x.mdx' && p.field === 'inhoud' && p.line && p.line >= 7), JSON.stringify(problems));
    const built = build(text);
    assert.ok(built instanceof Error, `the build must refuse ${name}`);
    assert.match(built.message, found);
    assert.match(built.message, /content\/themes\/x\.mdx:\d+ — veld "inhoud": gevonden .*; verwacht /);
  });
}

test('registered elements with their attributes pass, and safe links are links', () => {
  const checked = assertSameReading(`${frontMatter}<abbr title="Platform Veilig Ondernemen">PVO</abbr>, m<sup>2</sup>, CO<sub>2</sub><br />\n[mail](mailto:info@example.org) [bel](tel:+31900884) [site](https://example.org/)\n`);
  assert.deepEqual(checked.scan.links.map((l) => l.url), ['mailto:info@example.org', 'tel:+31900884', 'https://example.org/']);
  for (const [name, rule] of Object.entries(CONTENT_ELEMENTS)) assert.ok(rule.example.includes(`<${name}`), `${name} has an example`);
});

test('unsafe URL schemes are recognised as a browser reads them', () => {
  for (const url of ['javascript:alert(1)', ' JAVASCRIPT:x', 'java\tscript:x', 'java\nscript:x', 'data:text/html,x', 'vbscript:x']) assert.equal(isUnsafeUrl(url), true, url);
  for (const url of ['https://example.org/', '/themas/', '#kop', 'mailto:a@b.nl', 'tel:112', 'javascript-gids/']) assert.equal(isUnsafeUrl(url), false, url);
});

test('the check parses with the very packages the build uses', () => {
  const fromBuild = createRequire(createRequire(import.meta.url).resolve('@astrojs/mdx'));
  const fromCheck = createRequire(import.meta.url);
  for (const name of ['satteri', '@astrojs/markdown-satteri']) {
    assert.equal(fromCheck.resolve(name), fromBuild.resolve(name), `${name}: the check and the build must load the same copy`);
  }
});
