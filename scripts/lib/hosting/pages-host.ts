/**
 * Where `npm run build:all` writes each edition and under which path it is
 * served. The build, the test servers (playwright.config.ts) and the
 * validators all read it here, so `npm test` checks exactly the files a
 * deploy publishes:
 *
 * - by default every edition has the base path `/` and lives in dist/<id>/;
 * - with PAGES_URL (the site's origin) and PAGES_BASE (e.g. /kennisbank/) one
 *   host serves every edition, as GitHub Pages does: edition <id> gets the base
 *   path PAGES_BASE<id>/, and the root a page that links to the editions in
 *   PAGES_EDITIONS (ids, as in EDITIONS; unset: the ones built);
 * - OUT_ROOT moves the output folder (default dist).
 */

type Env = Record<string, string | undefined>;

export interface SharedHost {
  /** The site's origin, e.g. https://voorbeeld.github.io. */
  origin: string;
  /** The path every edition sits under, with slashes on both ends, e.g. /kennisbank/. */
  base: string;
}

/** The shared host, when PAGES_URL and PAGES_BASE are both set. */
export function sharedHost(env: Env = process.env): SharedHost | undefined {
  if (!env.PAGES_BASE || !env.PAGES_URL) return undefined;
  return { origin: new URL(env.PAGES_URL).origin, base: `/${env.PAGES_BASE.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/') };
}

/** The folder that holds one subfolder per edition. */
export function outRoot(env: Env = process.env): string {
  return env.OUT_ROOT || 'dist';
}

export function editionOutDir(id: string, env: Env = process.env): string {
  return `${outRoot(env)}/${id}`;
}

/** The base path an edition is built and served with: `/`, or PAGES_BASE<id>/ on a shared host. */
export function editionBase(id: string, env: Env = process.env): string {
  const host = sharedHost(env);
  return host ? `${host.base}${id}/` : '/';
}
