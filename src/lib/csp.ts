/**
 * The Content-Security-Policy of every page (Astro's `security.csp` writes it as
 * a `<meta http-equiv>`, with hashes of the scripts and styles Astro bundles).
 * Pages widen it only where they must, through `Astro.csp`:
 * - the search page adds `'wasm-unsafe-eval'` (Pagefind runs WebAssembly);
 * - /admin/ (Decap CMS) gets ADMIN_POLICY, and nothing else does.
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

/** script-src and style-src sources before Astro adds its hashes: this origin only, never inline code. */
export const SCRIPT_RESOURCES = ["'self'"] as const;
export const STYLE_RESOURCES = ["'self'"] as const;

/**
 * What Pagefind adds on the search page: compiling its WebAssembly. (Pagefind
 * compiles it in a worker, which a <meta> policy does not cover, so search also
 * works without it today; a host that sends the policy as a header covers the
 * worker too, and then this is what keeps search working, on this page only.)
 */
export const SEARCH_SCRIPT_RESOURCES = ["'wasm-unsafe-eval'"] as const;

/**
 * What /admin/ (Decap CMS) adds to the base policy: its own bundle (it validates the configuration with
 * ajv, which compiles with `new Function`: 'unsafe-eval'), inline styles from its
 * CSS-in-JS, the GitHub API and, for `npm run cms`, decap-server on localhost.
 * Keep /admin/ on its own origin in production (docs/deploy.md): Decap keeps the
 * GitHub token in localStorage, readable by any script of the same origin.
 */
export const ADMIN_POLICY = {
  scriptResources: ["'unsafe-eval'"],
  styleResources: ["'unsafe-inline'"],
  directives: [
    "connect-src 'self' https://api.github.com http://localhost:8081 http://127.0.0.1:8081",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  ],
} as const;

/** The CSP hash of an inline `<style>` or `<script>` body, e.g. the edition's brand tokens. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
