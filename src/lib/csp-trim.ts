/**
 * Astro's `security.csp` writes the hashes of every script and style of the whole
 * build into every page's policy, whether the page has them or not: on a page
 * without inline code that is ~0.3 KiB of incompressible hashes, a third of the
 * budget we have left per page. This step keeps, per page, only the hashes of the
 * inline `<script>` and `<style>` elements that page really has. External files
 * stay allowed by `'self'` (a hash only matches an external file that carries an
 * `integrity` attribute, which Astro does not write), so nothing that loads today
 * is blocked; the policy only gets narrower.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspHash } from './csp.ts';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const HASH_SOURCE = /^'sha(256|384|512)-[^']+'$/;

/** The hashes of the inline bodies matched by `pattern` in `html`. */
function inlineHashes(html: string, pattern: RegExp): Set<string> {
  return new Set([...html.matchAll(pattern)].map((match) => `'${cspHash(match[1]!)}'`));
}

/** One directive with only the hash sources that are in `used`. */
function trimDirective(directive: string, used: Set<string>): string {
  const [name, ...sources] = directive.trim().split(/\s+/);
  return [name, ...sources.filter((source) => !HASH_SOURCE.test(source) || used.has(source))].join(' ');
}

/** The page with its CSP `<meta>` reduced to the hashes of its own inline scripts and styles. */
export function trimCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const scripts = inlineHashes(html, INLINE_SCRIPT);
  const styles = inlineHashes(html, INLINE_STYLE);
  const policy = meta[2]!
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0]?.toLowerCase();
      if (name === 'script-src') return trimDirective(directive, scripts);
      if (name === 'style-src') return trimDirective(directive, styles);
      return directive.trim();
    })
    .filter(Boolean)
    .join(';');
  return html.replace(CSP_META, (_, start: string, __: string, end: string) => `${start}${policy}${end}`);
}

/** Astro integration: trims the policy of every built HTML page (after rendering, before Pagefind indexes it). */
export function cspTrim(): AstroIntegration {
  return {
    name: 'kvo-csp-trim',
    hooks: {
      // Synchronous on purpose: a few milliseconds per hundred pages, and no open-file limit at 10,000 pages.
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const page of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!page.endsWith('.html')) continue;
          const file = join(root, page);
          const html = readFileSync(file, 'utf8');
          const trimmed = trimCspHashes(html);
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
      },
    },
  };
}
