/**
 * Icons from Lucide (lucide-static, ISC licence), inlined at build time: no
 * request to another origin and no sprite file to fetch. One name per use
 * (themes, toolkit kinds, acute cases, header tools) lives here only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ConceptKind } from './taxonomy.ts';

const require = createRequire(import.meta.url);

export const ICON_NAMES = [
  'phone',
  'search',
  'menu',
  'printer',
  'siren',
  'lock',
  'mail-warning',
  'shopping-bag',
  'door-open',
  'shield-alert',
  'network',
  'hand-coins',
  'list-checks',
  'list-ordered',
  'eye',
  'file-text',
  'landmark',
  'map-pin',
  'arrow-right',
  'badge-check',
  'graduation-cap',
  'megaphone',
  'users',
  'coins',
  'wrench',
  'scale',
  'book-open',
  'life-buoy',
] as const;
export type IconName = (typeof ICON_NAMES)[number];

/**
 * Icons that point along the line of reading (an arrow to "next"): in a
 * right-to-left page they are mirrored. All others (a phone, a siren, a list)
 * keep their drawing in every language.
 */
const POINTING_ICONS: ReadonlySet<IconName> = new Set<IconName>(['arrow-right']);

export function iconPoints(name: IconName): boolean {
  return POINTING_ICONS.has(name);
}

/** Theme slug → icon; a theme without its own icon (a regional one) gets the shield. */
const THEME_ICONS: Record<string, IconName> = {
  cybercriminaliteit: 'shield-alert',
  ondermijning: 'network',
  winkelcriminaliteit: 'shopping-bag',
  overvallen: 'siren',
  afpersing: 'hand-coins',
  inbraak: 'door-open',
};
const TOOLKIT_KIND_ICONS: Record<string, IconName> = {
  checklist: 'list-checks',
  stappenplan: 'list-ordered',
  signalenkaart: 'eye',
  template: 'file-text',
};

/** Every kind of national approach has its own icon (the type makes a new kind name one). */
const CONCEPT_KIND_ICONS: Record<ConceptKind, IconName> = {
  keurmerk: 'badge-check',
  training: 'graduation-cap',
  meldpunt: 'megaphone',
  netwerk: 'users',
  subsidie: 'coins',
  hulpmiddel: 'wrench',
  regeling: 'scale',
  voorlichting: 'book-open',
  hulpverlening: 'life-buoy',
};

export function themeIcon(slug: string): IconName {
  return THEME_ICONS[slug] ?? 'shield-alert';
}
export function toolkitKindIcon(kind: string): IconName {
  return TOOLKIT_KIND_ICONS[kind] ?? 'file-text';
}
export function conceptKindIcon(kind: ConceptKind): IconName {
  return CONCEPT_KIND_ICONS[kind];
}

const cache = new Map<IconName, string>();

/** The drawing of one icon (its paths), without Lucide's outer <svg> and comment. */
export function iconBody(name: IconName): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const svg = readFileSync(require.resolve(`lucide-static/icons/${name}.svg`), 'utf8');
  const body = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(svg)?.[1]?.replace(/\s*\n\s*/g, '').trim();
  if (!body) throw new Error(`Icoon "${name}" is geen geldig SVG-bestand in lucide-static.`);
  cache.set(name, body);
  return body;
}

/** The same drawing as hast nodes, for build steps that add an icon to content (Lucide icons are flat lists of self-closing shapes). */
export function iconHast(name: IconName): { type: 'element'; tagName: string; properties: Record<string, unknown>; children: [] } {
  const shapes = [...iconBody(name).matchAll(/<(\w+)\s([^>]*?)\/>/g)].map((shape) => ({
    type: 'element' as const,
    tagName: shape[1]!,
    properties: Object.fromEntries([...shape[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((attribute) => [attribute[1]!, attribute[2]!])),
    children: [] as [],
  }));
  return {
    type: 'element',
    tagName: 'svg',
    properties: { className: ['icon'], viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: '2', strokeLinecap: 'round', strokeLinejoin: 'round', ariaHidden: 'true', focusable: 'false' },
    children: shapes as never,
  };
}
