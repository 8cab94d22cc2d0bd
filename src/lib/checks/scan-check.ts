/**
 * The self-scan's questions point at the page that shows how (`link`, optionally `anchor`): the
 * same site map the body links are checked against says whether that page exists in this edition,
 * is not hidden by it, and has that heading. A broken reference is an error with file, field and line.
 */
import { lineOfKey, type ContentProblem } from '../messages/index.ts';
import { entryPath, SECTIONS, type RoutedCollection } from '../model/index.ts';
import { REGIONAL_ID_PREFIX } from '../markdown/index.ts';
import type { SiteMap } from './link-check.ts';

export interface ScanLinkEntry {
  file: string;
  text: string;
  /** Schema-validated data; entries that failed their schema are left out (one error per slip). */
  parsed?: Record<string, unknown> | undefined;
}

export function checkScanLinks(entries: readonly ScanLinkEntry[], site: SiteMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (!entry.parsed) continue;
    const link = String(entry.parsed.link);
    const [collection, slug = ''] = link.split('/') as [RoutedCollection, string];
    if (!(collection in SECTIONS)) continue;
    // Questions are Dutch data: they link to the Dutch page (the English scan page follows its translation).
    const path = entryPath(collection, slug);
    if (!site.routes.has(path)) {
      const hidden = site.hidden?.has(path);
      problems.push({
        file: entry.file,
        field: 'link',
        line: lineOfKey(entry.text, 'link'),
        found: hidden ? `"${link}", een pagina die de editie ${site.hiddenBy ?? ''} verbergt (hide in regions/${site.hiddenBy ?? '<id>'}/region.yaml)` : `"${link}", een pagina die niet bestaat (${path})`,
        expected: hidden ? 'een pagina die deze editie toont: vervang de vraag in de regio (overlay: replace) of verberg hem ook (hide: scan/<slug>)' : 'een bestaande toolkit, concept of themagids, zoals toolkits/checklist-cyberbasis',
      });
      continue;
    }
    const anchor = entry.parsed.anchor;
    if (typeof anchor === 'string' && !site.anchors.get(path)?.has(anchor)) {
      const ids = site.anchors.get(path) ?? new Set<string>();
      // A heading of a regional section gets the regio- prefix on the page; editors see it without.
      const regional = ids.has(`${REGIONAL_ID_PREFIX}${anchor}`) ? `; bedoelt u ${REGIONAL_ID_PREFIX}${anchor} (een kopje in de regionale aanvulling)?` : '';
      const known = [...ids].filter((id) => !['hoofdinhoud', 'bronnen', 'direct-hulp'].includes(id)).slice(0, 8).join(', ');
      problems.push({
        file: entry.file,
        field: 'anchor',
        line: lineOfKey(entry.text, 'anchor'),
        found: `"${anchor}", geen kopje op ${path}`,
        expected: `het id van een kopje op die pagina${known ? `, zoals ${known}` : ''} (of laat anchor weg)${regional}`,
      });
    }
  }
  return problems;
}
