/**
 * The edition being built: the national one by default, or a region's
 * (REGION=<id>) with its own name, contacts, colours, hidden pages and menu.
 * Pages read everything regional from here; they never branch on a region.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegionConfig, type RegionConfig } from './region-config.ts';
import { LOCALES, type Locale } from '../model/index.ts';
import { cleanLogo } from './svg-logo.ts';

export interface Edition {
  /** `landelijk` for the national edition, the region's folder name otherwise. */
  id: string;
  isNational: boolean;
  name: string;
  /** A short name for an installed app's icon (web app manifest). */
  shortName: string;
  tagline?: string | undefined;
  /** Public origin of the deployed site, used for canonical URLs, the sitemap and feeds. */
  siteUrl: string;
  /** Organisation behind the edition, shown in the footer and feed. */
  publisher: string;
  publisherUrl: string;
  contact: RegionConfig['contact'];
  /** Inline SVG markup of the logo, if the edition has its own. */
  logoSvg?: string | undefined;
  tokens: RegionConfig['tokens'];
  locales: Locale[];
  partners: RegionConfig['partners'];
  /** `<collection>/<slug>` of national entries left out of this edition. */
  hide: string[];
  navigation: RegionConfig['navigation'];
  /** Base of "edit this page" links; repository paths are appended. */
  editBaseUrl: string;
}

export const NATIONAL_EDITION_ID = 'landelijk';
const NATIONAL_EDIT_BASE = 'https://github.com/platforms-veilig-ondernemen/kennisbank/edit/main/';

function checkedSiteUrl(value: string): string {
  try {
    new URL(value);
  } catch {
    throw new Error(`SITE_URL — gevonden "${value}"; verwacht een volledige URL zoals https://www.voorbeeld.nl`);
  }
  return value;
}

/** The national edition; SITE_URL overrides its public address (per deploy target). */
export function nationalEdition(env: Record<string, string | undefined> = {}): Edition {
  return {
    id: NATIONAL_EDITION_ID,
    isNational: true,
    name: 'Kennisbank Veilig Ondernemen',
    shortName: 'Kennisbank VO',
    siteUrl: checkedSiteUrl(env.SITE_URL ?? 'https://kennisbank-veilig-ondernemen.example'),
    publisher: 'Platforms Veilig Ondernemen',
    publisherUrl: 'https://www.pvo-nl.nl/',
    contact: {},
    tokens: {},
    locales: [...LOCALES],
    partners: [],
    hide: [],
    navigation: [],
    editBaseUrl: env.EDIT_BASE_URL ?? NATIONAL_EDIT_BASE,
  };
}

/** The edition selected by REGION (none: national), read from regions/<id>/region.yaml. */
export function resolveEdition(env: Record<string, string | undefined>, root: string): Edition {
  const regionId = env.REGION?.trim();
  if (!regionId || regionId === NATIONAL_EDITION_ID) return nationalEdition(env);
  const region = loadRegionConfig(root, regionId);
  const logoPath = region.logo ? join(root, 'regions', regionId, 'public', region.logo) : undefined;
  return {
    id: regionId,
    isNational: false,
    name: region.name,
    shortName: region.shortName ?? region.name,
    tagline: region.tagline,
    siteUrl: checkedSiteUrl(env.SITE_URL ?? region.siteUrl),
    publisher: region.name,
    publisherUrl: region.contact.url ?? region.siteUrl,
    contact: region.contact,
    // Cleaned with svgo (src/lib/editions/svg-logo.ts); loadRegionConfig refused what cannot be cleaned.
    logoSvg: logoPath && existsSync(logoPath) ? cleanLogo(readFileSync(logoPath, 'utf8')).svg : undefined,
    tokens: region.tokens,
    locales: region.locales,
    partners: region.partners,
    hide: region.hide,
    navigation: region.navigation,
    editBaseUrl: region.editBaseUrl ?? env.EDIT_BASE_URL ?? NATIONAL_EDIT_BASE,
  };
}

/** CSS custom properties for the edition's brand tokens (empty for the national defaults). */
export function tokenCss(tokens: Edition['tokens']): string {
  const names: Record<keyof Edition['tokens'], string> = {
    primary: '--brand-primary',
    primaryContrast: '--brand-primary-contrast',
    primaryDark: '--brand-primary-dark',
    accent: '--brand-accent',
    surface: '--brand-surface',
  };
  const declarations = (Object.keys(names) as (keyof Edition['tokens'])[])
    .filter((key) => tokens[key])
    .map((key) => `${names[key]}:${tokens[key]}`);
  // html:root outranks the defaults' :root, wherever the stylesheets end up in the head.
  return declarations.length ? `html:root{${declarations.join(';')}}` : '';
}
