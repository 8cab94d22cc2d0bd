/**
 * What a regional edition must show, read straight from its files
 * (regions/<id>/region.yaml, regions/<id>/content/, content/) with the `yaml`
 * package and the URL scheme of DESIGN.md §3, never through the project's own
 * loader, overlay or routing code that the e2e tests are meant to check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LOCALES } from '../../../src/lib/model/languages.ts';

/** DESIGN.md §3: Dutch section paths; English under /en/ with the same slugs. */
const SECTION: Record<string, string> = { themes: 'themas', concepts: 'concepten', toolkits: 'toolkits', pages: 'over' };

export interface FixtureEntry {
  collection: string;
  slug: string;
  lang: 'nl' | 'en';
  path: string;
  /** national: only content/; regional: a new or replacing file in regions/<id>/; extended: national text plus a regional section. */
  provenance: 'national' | 'regional' | 'extended';
  /** The file the "Pas deze pagina aan" link points at. */
  editFile: string;
  data: Record<string, unknown>;
}

export interface RegionFixture {
  name: string;
  tokens: Record<string, string>;
  hide: string[];
  locales: string[];
  entries: FixtureEntry[];
  events: { slug: string; data: Record<string, unknown> }[];
}

function frontMatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return match ? ((parse(match[1]!, { version: '1.1' }) as Record<string, unknown> | null) ?? {}) : {};
}

function mdxFiles(dir: string): { lang: 'nl' | 'en'; slug: string; file: string }[] {
  if (!existsSync(dir)) return [];
  const here = readdirSync(dir).filter((name) => name.endsWith('.mdx')).map((name) => ({ lang: 'nl' as const, slug: name.slice(0, -4), file: join(dir, name) }));
  const english = existsSync(join(dir, 'en')) ? readdirSync(join(dir, 'en')).filter((name) => name.endsWith('.mdx')).map((name) => ({ lang: 'en' as const, slug: name.slice(0, -4), file: join(dir, 'en', name) })) : [];
  return [...here, ...english];
}

export function regionFixture(id: string): RegionFixture {
  const region = parse(readFileSync(`regions/${id}/region.yaml`, 'utf8')) as Record<string, unknown>;
  // Without `locales` an edition has every language of the language list.
  const locales = (region.locales as string[] | undefined) ?? [...LOCALES];
  const hide = (region.hide as string[] | undefined) ?? [];
  const entries: FixtureEntry[] = [];
  for (const collection of Object.keys(SECTION)) {
    const regional = new Map(mdxFiles(`regions/${id}/content/${collection}`).map((entry) => [`${entry.lang}/${entry.slug}`, entry]));
    const allRegional = new Map(regional);
    const national = mdxFiles(`content/${collection}`).filter((entry) => locales.includes(entry.lang) && !hide.includes(`${collection}/${entry.slug}`));
    const path = (lang: string, slug: string) => `${lang === 'en' ? '/en' : ''}/${SECTION[collection]}/${slug}/`;
    for (const entry of national) {
      // A Dutch regional addition also closes the translations that have none of their own (overlay.ts).
      const dutchAddition = allRegional.get(`nl/${entry.slug}`);
      const own = regional.get(`${entry.lang}/${entry.slug}`) ?? (entry.lang !== 'nl' && dutchAddition && frontMatter(dutchAddition.file).overlay === 'extend' ? dutchAddition : undefined);
      const ownData = own ? frontMatter(own.file) : {};
      const provenance = !own ? 'national' : ownData.overlay === 'extend' ? 'extended' : 'regional';
      const data = provenance === 'regional' ? ownData : frontMatter(entry.file);
      entries.push({ collection, slug: entry.slug, lang: entry.lang, path: path(entry.lang, entry.slug), provenance, editFile: own ? own.file : entry.file, data });
      if (own && own.lang === entry.lang) regional.delete(`${entry.lang}/${entry.slug}`);
    }
    for (const entry of regional.values()) {
      if (!locales.includes(entry.lang)) continue;
      entries.push({ collection, slug: entry.slug, lang: entry.lang, path: path(entry.lang, entry.slug), provenance: 'regional', editFile: entry.file, data: frontMatter(entry.file) });
    }
  }
  const events = mdxFiles(`regions/${id}/content/events`).filter((entry) => entry.lang === 'nl').map((entry) => ({ slug: entry.slug, data: frontMatter(entry.file) }));
  return { name: String(region.name), tokens: (region.tokens as Record<string, string> | undefined) ?? {}, hide, locales, entries, events };
}

/** The front matter an edition shows for an entry: the region's own replacing file, else the national one (also for `landelijk`). */
export function shownFrontMatter(edition: string, collection: string, lang: 'nl' | 'en', slug: string): Record<string, unknown> {
  const file = `${collection}/${lang === 'en' ? 'en/' : ''}${slug}.mdx`;
  const own = `regions/${edition}/content/${file}`;
  if (existsSync(own)) {
    const data = frontMatter(own);
    if (data.overlay !== 'extend') return data;
  }
  return frontMatter(`content/${file}`);
}

export interface FixtureWarning {
  slug: string;
  title: string;
  /** Days as written, YYYY-MM-DD. */
  published: string;
  expires: string;
  themes: string[];
  /** Named sectors; none means every sector. */
  sectors: string[];
  provenance: 'national' | 'regional' | 'extended';
}

const dayText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** The warnings an edition has (national minus hidden, regional added or replacing; `extend` keeps the national data). */
export function warningsFixture(edition: string): FixtureWarning[] {
  const region = edition === 'landelijk' ? {} : (parse(readFileSync(`regions/${edition}/region.yaml`, 'utf8')) as Record<string, unknown>);
  const hide = (region.hide as string[] | undefined) ?? [];
  const regional = new Map(mdxFiles(`regions/${edition}/content/warnings`).filter((entry) => entry.lang === 'nl').map((entry) => [entry.slug, frontMatter(entry.file)]));
  const of = (slug: string, data: Record<string, unknown>, provenance: FixtureWarning['provenance']): FixtureWarning => ({
    slug,
    title: String(data.title),
    published: dayText(data.published),
    expires: dayText(data.expires),
    themes: (data.themes as string[] | undefined) ?? [],
    sectors: (data.sectors as string[] | undefined) ?? [],
    provenance,
  });
  const warnings: FixtureWarning[] = [];
  for (const entry of mdxFiles('content/warnings').filter((entry) => entry.lang === 'nl' && !hide.includes(`warnings/${entry.slug}`))) {
    const own = regional.get(entry.slug);
    regional.delete(entry.slug);
    if (own && own.overlay !== 'extend') warnings.push(of(entry.slug, own, 'regional'));
    else warnings.push(of(entry.slug, frontMatter(entry.file), own ? 'extended' : 'national'));
  }
  for (const [slug, data] of regional) warnings.push(of(slug, data, 'regional'));
  return warnings;
}
