import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readBody } from '../../../src/lib/markdown/pipeline.ts';
import { checkBodies } from '../../../src/lib/checks/link-check.ts';

const body = [
  '## Wat is het?',
  'Zie [de gids](/themas/overvallen/) en [melden](/over/melden/#waar-meldt-u-wat).',
  '```',
  '[geen link](/nergens/)',
  '```',
  '#### Te diep',
  '![](/plaatje.png)',
  '![Kaart van de regio](/kaart.png)',
  'Kapot: [weg](/concepten/bestaat-niet/) en [verborgen](/toolkits/verborgen/) en [slash](/themas/afpersing) en [anker](#bestaat-niet).',
  '## **Zo** voorkomt u het',
].join('\n');

/** The scan of an MDX file: front matter of front matter first, so the body starts below them. */
function scanBody(text: string, firstLine = 1) {
  const frontMatter = firstLine > 1 ? `---\n${Array.from({ length: firstLine - 3 }, (_, index) => `x${index}: 1\n`).join('')}---\n` : '';
  return readBody(frontMatter + text, 'content/themes/x.mdx').scan;
}

test('readBody finds headings with Astro ids, links and images with their file lines, skipping code', () => {
  const scan = scanBody(body, 5);
  assert.deepEqual(scan.headings.map((h) => [h.level, h.id, h.line]), [[2, 'wat-is-het', 5], [4, 'te-diep', 10], [2, 'zo-voorkomt-u-het', 14]]);
  assert.deepEqual(scan.links.map((l) => l.url), ['/themas/overvallen/', '/over/melden/#waar-meldt-u-wat', '/concepten/bestaat-niet/', '/toolkits/verborgen/', '/themas/afpersing', '#bestaat-niet']);
  assert.deepEqual(scan.images.map((i) => [i.alt, i.src, i.line]), [['', '/plaatje.png', 11], ['Kaart van de regio', '/kaart.png', 12]]);
});

test('checkBodies reports broken and hidden links, missing anchors, images and skipped headings', () => {
  const problems = checkBodies([{ file: 'content/themes/x.mdx', path: '/themas/x/', scan: scanBody(body, 5) }], {
    routes: new Set(['/themas/overvallen/', '/over/melden/', '/themas/afpersing/', '/themas/x/', '/kaart.png']),
    anchors: new Map([['/over/melden/', new Set(['waar-meldt-u-wat'])], ['/themas/x/', new Set(['wat-is-het'])]]),
    hidden: new Set(['/toolkits/verborgen/']),
    hiddenBy: 'noord',
  });
  assert.deepEqual(
    problems.map((p) => [p.line, p.field, p.found]),
    [
      [10, 'kopjes', '#### Te diep na een kop van niveau 2'],
      [13, 'link', '"/concepten/bestaat-niet/", een pagina die niet bestaat'],
      [13, 'link', '"/toolkits/verborgen/", een pagina die de editie noord verbergt (hide in regions/noord/region.yaml)'],
      [13, 'link', '"/themas/afpersing", een pagina die niet bestaat'],
      [13, 'link', 'anker "#bestaat-niet" op /themas/x/'],
      [11, 'afbeelding', '"/plaatje.png" zonder alt-tekst'],
      [11, 'afbeelding', '"/plaatje.png", een bestand dat niet bestaat'],
    ],
  );
  assert.match(problems[3]!.expected, /bedoelt u \/themas\/afpersing\//);
});

test('buildSiteMap lists entry, section, language, search, agenda and public routes with anchors', async () => {
  const { buildSiteMap } = await import('../../../src/lib/checks/site-map.ts');
  const site = buildSiteMap({
    entries: [{ collection: 'themes', slug: 'overvallen', lang: 'en', scans: [scanBody('## Signs\n')], extended: true }],
    locales: ['nl', 'en'],
    eventSlugs: ['avond'],
    publicFiles: ['/og-image.png'],
    hiddenPaths: ['/toolkits/x/'],
  });
  for (const route of ['/', '/en/', '/zoeken/', '/en/zoeken/', '/concepten/', '/en/over/', '/en/themas/overvallen/', '/agenda/avond/', '/agenda/avond.ics', '/og-image.png', '/feed.xml', '/en/feed.xml']) {
    assert.ok(site.routes.has(route), route);
  }
  assert.deepEqual([...site.anchors.get('/en/themas/overvallen/')!].sort(), ['bronnen', 'direct-hulp', 'hoofdinhoud', 'in-de-regio', 'signs']);
  assert.ok(site.hidden?.has('/toolkits/x/'));
});

test('a regional section starts at ###, under the layout’s own heading', () => {
  const scan = scanBody('### Ons team\n#### Contact\n## Te hoog\n');
  const problems = checkBodies([{ file: 'regions/x/content/themes/a.mdx', path: '/themas/a/', scan, startLevel: 3 }], { routes: new Set(), anchors: new Map() });
  assert.deepEqual(problems.map((p) => [p.line, p.found]), [[3, '## Te hoog (niveau 2)']]);
});

test('headings of a regional section are anchors with the regio- prefix', async () => {
  const { buildSiteMap } = await import('../../../src/lib/checks/site-map.ts');
  const site = buildSiteMap({
    entries: [{ collection: 'concepts', slug: 'kvo', lang: 'nl', scans: [scanBody('## Zo doet u mee\n')], regionalScan: scanBody('### Zo doet u mee\n'), extended: true }],
    locales: ['nl'],
    eventSlugs: [],
    publicFiles: [],
  });
  const anchors = site.anchors.get('/concepten/kvo/')!;
  assert.ok(anchors.has('zo-doet-u-mee') && anchors.has('regio-zo-doet-u-mee'));
});
