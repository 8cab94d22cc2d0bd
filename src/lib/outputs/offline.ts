/**
 * Offline use and installing (issue 21): the names of the files the build adds
 * (the service worker, the web app manifest, its icons), the offline page's
 * path, the manifest itself, and when a build is a pull-request preview.
 *
 * The worker is made by workbox-build after Pagefind (scripts/lib/build/offline-worker.ts),
 * from the built folder: it keeps exactly the pages the offline page lists.
 * Previews publish on the production origin under /pr-<n>/, so a preview never
 * gets a worker: its pages remove any worker in their scope instead.
 */
import { localePrefix, type Locale } from '../model/index.ts';

export const WORKER_FILE = 'sw.js';
export const MANIFEST_FILE = 'manifest.webmanifest';
export const ICON_SIZES = [192, 512] as const;
export const iconFile = (size: number) => `icon-${size}.png`;

/** The page a visitor sees offline for a page that was not kept (one per language). */
export function offlinePagePath(lang: Locale): string {
  return `${localePrefix(lang)}/offline/`;
}

type Env = Record<string, string | undefined>;

/** A pull-request preview: PREVIEW=1 (set by preview.yml), or a base path with a /pr-<number>/ folder. */
export function isPreviewBuild(env: Env): boolean {
  return /^(1|true|yes)$/i.test(env.PREVIEW ?? '') || /\/pr-\d+\//.test(env.BASE_PATH ?? '');
}

export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  /** The deploy base path, with slashes on both ends. */
  base: string;
  lang: Locale;
  themeColor: string;
  backgroundColor: string;
}

/** The web app manifest of an edition: its own name and colours, start and scope its base path. */
export function webManifest(input: ManifestInput) {
  return {
    id: input.base,
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: input.lang,
    dir: 'ltr',
    start_url: input.base,
    scope: input.base,
    display: 'standalone',
    theme_color: input.themeColor,
    background_color: input.backgroundColor,
    icons: ICON_SIZES.flatMap((size) => [
      { src: `${input.base}${iconFile(size)}`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' },
    ]),
  };
}
