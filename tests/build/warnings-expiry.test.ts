/**
 * Expiry without anyone: the real production build of the national edition,
 * with BUILD_DATE set far in the future and on the last day of the
 * latest-running warning. Expectations come from the content files (read with
 * the yaml package, not through the loader), the feeds are read by
 * rss-parser, as a feed reader reads them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOutputDir } from './support/output-dir.ts';
import Parser from 'rss-parser';
import { parse } from 'yaml';

interface Written {
  slug: string;
  title: string;
  published: string;
  expires: string;
}

/** The national warnings as their files say, dates as written (YAML 1.2 keeps them text). */
const national: Written[] = readdirSync('content/warnings')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const text = readFileSync(join('content/warnings', name), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, string>;
    return { slug: name.slice(0, -4), title: data.title!, published: String(data.published), expires: String(data.expires) };
  });

function build(buildDate: string): { status: number | null; output: string; read: (path: string) => string; files: (dir: string) => string[]; done: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'kvo-warnings-build-'));
  const outDir = buildOutputDir('kvo-warnings-site-');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: buildDate, REGION: '', OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache') },
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    files: (dir) => (existsSync(join(outDir, dir)) ? readdirSync(join(outDir, dir)) : []),
    done: () => {
      rmSync(work, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

const parser = new Parser();
const feedTitles = async (xml: string) => (await parser.parseString(xml)).items.map((item) => item.title);
/** Every warnings feed of the edition: the overview's, each sector's and each theme's. */
const feedPaths = (site: ReturnType<typeof build>) => [
  'actueel/feed.xml',
  ...site.files('sectoren').filter((name) => existsSync(join('content/sectors', `${name}.yaml`))).map((name) => `sectoren/${name}/feed.xml`),
  ...site.files('themas').filter((name) => existsSync(join('content/themes', `${name}.mdx`))).map((name) => `themas/${name}/feed.xml`),
];

test('BUILD_DATE=2030-01-01: no current warning anywhere, every warning in the archive marked verlopen', async () => {
  const site = build('2030-01-01');
  try {
    assert.equal(site.status, 0, site.output);
    assert.doesNotMatch(site.read('index.html'), /id="home-actueel"/, 'the home page lists no warning');
    const overview = site.read('actueel/index.html');
    assert.match(overview, /Er zijn op dit moment geen actuele waarschuwingen\./);
    assert.doesNotMatch(overview, /class="card__title"/);
    const feeds = feedPaths(site);
    assert.ok(feeds.length >= 1 + 6 + 6, `feeds: ${feeds.join(', ')}`);
    for (const path of feeds) assert.deepEqual(await feedTitles(site.read(path)), [], `${path} is empty`);
    assert.deepEqual(JSON.parse(site.read('api/warnings.json')).items, []);
    for (const dir of ['themas', 'sectoren']) {
      for (const name of site.files(dir).filter((name) => existsSync(join(dir === 'themas' ? 'content/themes' : 'content/sectors', `${name}${dir === 'themas' ? '.mdx' : '.yaml'}`)))) {
        assert.doesNotMatch(site.read(`${dir}/${name}/index.html`), /class="warning-links"/, `${dir}/${name}/ lists no warning`);
      }
    }
    const archive = site.read('actueel/archief/index.html');
    for (const warning of national) {
      assert.ok(archive.includes(`href="/actueel/${warning.slug}/"`), `${warning.slug} is in the archive`);
      const page = site.read(`actueel/${warning.slug}/index.html`);
      assert.match(page, /data-warning-expired/, `${warning.slug} says it expired`);
      assert.doesNotMatch(page, /data-pagefind-body/, `${warning.slug} is left out of search`);
    }
    assert.equal([...archive.matchAll(/class="tag tag--expired">Verlopen</g)].length, national.length, 'each archived card is marked Verlopen');
  } finally {
    site.done();
  }
});

test('on the last day of the latest-running warning, it alone is current (expires counts inclusive)', async () => {
  const last = [...national].sort((a, b) => b.expires.localeCompare(a.expires))[0]!;
  const current = national.filter((warning) => warning.published <= last.expires && last.expires <= warning.expires);
  const site = build(last.expires);
  try {
    assert.equal(site.status, 0, site.output);
    assert.deepEqual(await feedTitles(site.read('actueel/feed.xml')), current.map((warning) => warning.title));
    assert.match(site.read('index.html'), new RegExp(`href="/actueel/${last.slug}/"`));
    assert.doesNotMatch(site.read(`actueel/${last.slug}/index.html`), /data-warning-expired/);
  } finally {
    site.done();
  }
});

test('a BUILD_DATE that is no real day stops the build with a Dutch message and publishes nothing', () => {
  const site = build('2027-02-29');
  try {
    assert.notEqual(site.status, 0);
    assert.match(site.output, /BUILD_DATE: gevonden "2027-02-29"; verwacht een bestaande datum als JJJJ-MM-DD/);
    assert.deepEqual(site.files(''), []);
  } finally {
    site.done();
  }
});
