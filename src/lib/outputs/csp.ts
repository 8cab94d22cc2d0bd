/**
 * The Content-Security-Policy of every page, written by the page shell as a
 * `<meta http-equiv>` (static hosting sends no headers). Scripts and styles are
 * files from this origin; the only inline code is the `<style>` the shell writes
 * itself (brand tokens, filter rules), each allowed by its hash.
 * Pages widen it only where they must, with a PagePolicy:
 * - the search page adds `'wasm-unsafe-eval'` (Pagefind runs WebAssembly);
 * - /admin/ (Decap CMS) gets ADMIN_POLICY, and nothing else does.
 *
 * Why not Astro's `security.csp`: it writes the hashes of every script and style
 * of the whole build into every page (~0.3 KiB of hashes per page, and 3 % of
 * the build's CPU time at 1,000 pages to compute them) where our pages need none.
 */
import { createHash } from 'node:crypto';

/** Directives for every page besides script-src/style-src, which Astro composes from hashes. */
export const BASE_DIRECTIVES = [
  // Everything from this site only: images, fonts, fetch (Pagefind's index), workers.
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** script-src and style-src sources of every page: this origin only, never inline code without a hash. */
export const SCRIPT_RESOURCES = ["'self'"] as const;
export const STYLE_RESOURCES = ["'self'"] as const;

/**
 * What Pagefind adds on the search page: compiling its WebAssembly. (Pagefind
 * compiles it in a worker, which a <meta> policy does not cover, so search also
 * works without it today; a host that sends the policy as a header covers the
 * worker too, and then this is what keeps search working, on this page only.)
 */
export const SEARCH_POLICY: PagePolicy = { scriptSources: ["'wasm-unsafe-eval'"] };

/**
 * What /admin/ (Decap CMS) adds to the base policy: its own bundle (it validates the configuration with
 * ajv, which compiles with `new Function`: 'unsafe-eval'), inline styles from its
 * CSS-in-JS, the GitHub API and, for `npm run cms`, decap-server on localhost.
 * Keep /admin/ on its own origin in production (docs/deploy.md): Decap keeps the
 * GitHub token in localStorage, readable by any script of the same origin.
 */
export const ADMIN_POLICY: PagePolicy = {
  scriptSources: ["'unsafe-eval'"],
  styleSources: ["'unsafe-inline'"],
  directives: [
    "connect-src 'self' https://api.github.com http://localhost:8081 http://127.0.0.1:8081",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  ],
};

/**
 * What `astro dev` adds to every page, never a build: Vite's client waits for a restarting dev server
 * (region.yaml saved) in a worker made from a blob: URL, then reloads the page. Without it the policy
 * blocks that worker and the open page never shows the new settings by itself.
 */
export const DEV_POLICY: PagePolicy = { directives: ["worker-src 'self' blob:"] };

/** What one page adds to the base policy. */
export interface PagePolicy {
  scriptSources?: readonly string[];
  styleSources?: readonly string[];
  /** The exact text of each inline `<style>` on the page (allowed by its hash). */
  inlineStyles?: readonly string[];
  directives?: readonly string[];
}

/** The policy text of a page's `<meta http-equiv="content-security-policy">`. */
export function contentSecurityPolicy(page: PagePolicy = {}): string {
  const scriptSrc = ['script-src', ...SCRIPT_RESOURCES, ...(page.scriptSources ?? [])];
  const styleSrc = ['style-src', ...STYLE_RESOURCES, ...(page.styleSources ?? []), ...new Set((page.inlineStyles ?? []).map((text) => `'${cspHash(text)}'`))];
  return [...BASE_DIRECTIVES, ...(page.directives ?? []), scriptSrc.join(' '), styleSrc.join(' ')].join(';');
}

/** The CSP hash of an inline `<style>` or `<script>` body, e.g. the edition's brand tokens. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
