/**
 * Checks the bodies of an edition's pages: internal links point at pages the
 * edition has (a hidden national page counts as missing), anchors exist,
 * images exist and have alt text, and headings do not skip levels.
 */
import type { ContentProblem } from '../messages/index.ts';
import type { BodyScan } from '../markdown/index.ts';

export interface CheckedBody {
  /** File the body lines belong to. */
  file: string;
  /** Route of the page the body is shown on. */
  path: string;
  scan: BodyScan;
  /** Highest heading level the body may use: 2 for a page body, 3 for a regional section under its own h2. */
  startLevel?: number;
}

export interface SiteMap {
  /** Every route of the edition (with trailing slash) and file (e.g. /feed.xml). */
  routes: Set<string>;
  /** Element ids per route: headings plus the ids of the layout. */
  anchors: Map<string, Set<string>>;
  /** Routes of national pages this edition hides, to explain why a link is broken. */
  hidden?: Set<string> | undefined;
  /** The region that hides them, named in the message. */
  hiddenBy?: string | undefined;
}

export function checkBodies(bodies: readonly CheckedBody[], site: SiteMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, path, scan, startLevel = 2 } of bodies) {
    let previous = startLevel - 1;
    for (const heading of scan.headings) {
      if (heading.level < startLevel) {
        const reason = startLevel === 2 ? 'de paginatitel is al de enige kop van niveau 1' : 'de regionale aanvulling staat al onder een kop van niveau 2';
        problems.push({ file, line: heading.line, field: 'kopjes', found: `${'#'.repeat(heading.level)} ${heading.text} (niveau ${heading.level})`, expected: `kopjes vanaf ${'#'.repeat(startLevel)} — ${reason}` });
      } else if (heading.level > previous + 1) {
        problems.push({
          file,
          line: heading.line,
          field: 'kopjes',
          found: `${'#'.repeat(heading.level)} ${heading.text} na een kop van niveau ${previous}`,
          expected: `geen niveau overslaan: gebruik ${'#'.repeat(previous + 1)}`,
        });
      }
      previous = Math.max(heading.level, startLevel - 1);
    }
    for (const link of scan.links) {
      if (/^(https?:|mailto:|tel:)/.test(link.url)) continue;
      const [target = '', anchor] = link.url.split('#');
      const route = target === '' ? path : target;
      if (!route.startsWith('/')) {
        problems.push({ file, line: link.line, field: 'link', found: `"${link.url}"`, expected: 'een pad vanaf de hoofdmap, zoals /themas/overvallen/, of een volledige https-URL' });
        continue;
      }
      if (!site.routes.has(route)) {
        const fixed = site.routes.has(`${route}/`) ? `; bedoelt u ${route}/ (met slash aan het eind)?` : '';
        problems.push({
          file,
          line: link.line,
          field: 'link',
          found: site.hidden?.has(route)
            ? `"${link.url}", een pagina die de editie ${site.hiddenBy ?? ''} verbergt (hide in regions/${site.hiddenBy ?? '<id>'}/region.yaml)`
            : `"${link.url}", een pagina die niet bestaat`,
          expected: site.hidden?.has(route)
            ? 'geen link naar een verborgen pagina: vervang de linkende pagina in de regio (overlay: replace) of haal de pagina uit hide'
            : `een bestaande pagina${fixed}`,
        });
        continue;
      }
      if (anchor && !site.anchors.get(route)?.has(decodeURIComponent(anchor))) {
        const known = [...(site.anchors.get(route) ?? [])].slice(0, 6).join(', ');
        problems.push({ file, line: link.line, field: 'link', found: `anker "#${anchor}" op ${route}`, expected: `een bestaand kopje op die pagina${known ? `, zoals ${known}` : ''}` });
      }
    }
    for (const image of scan.images) {
      if (!image.alt) problems.push({ file, line: image.line, field: 'afbeelding', found: `"${image.src}" zonder alt-tekst`, expected: 'een korte beschrijving tussen de blokhaken: ![wat er te zien is](pad)' });
      if (image.src.startsWith('/') && !site.routes.has(image.src)) {
        problems.push({ file, line: image.line, field: 'afbeelding', found: `"${image.src}", een bestand dat niet bestaat`, expected: 'een bestand in public/ (of regions/<id>/public/)' });
      }
    }
  }
  return problems;
}
