/**
 * Each page's policy keeps only the hashes of its own inline code: Astro writes
 * every hash of the build into every page, which costs weight and allows more
 * than the page needs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimCspHashes } from '../../src/lib/csp-trim.ts';
import { cspHash } from '../../src/lib/csp.ts';

const STYLE = ':root{--brand-primary:#123456}';
const SCRIPT = 'console.log(1)';
const policy = (html: string) => /content="([^"]*)"/.exec(html)![1]!;
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' '${cspHash(SCRIPT)}' 'sha256-AAAA' 'wasm-unsafe-eval'; style-src 'self' '${cspHash(STYLE)}' 'sha256-BBBB';"></head><body>${body}</body></html>`;

test('a page without inline code keeps no hashes, and every other source and directive stays', () => {
  assert.equal(policy(trimCspHashes(page('<script type="module" src="/_astro/a.js"></script>'))), "default-src 'self';object-src 'none';script-src 'self' 'wasm-unsafe-eval';style-src 'self'");
});

test('the hashes of the inline script and style the page has stay; the others go', () => {
  const trimmed = policy(trimCspHashes(page(`<style>${STYLE}</style><script>${SCRIPT}</script>`)));
  assert.match(trimmed, new RegExp(`script-src 'self' '${cspHash(SCRIPT).replace(/[+/]/g, '\\$&')}' 'wasm-unsafe-eval'`));
  assert.match(trimmed, new RegExp(`style-src 'self' '${cspHash(STYLE).replace(/[+/]/g, '\\$&')}'$`));
  assert.doesNotMatch(trimmed, /AAAA|BBBB/);
});

test('an inline style that differs by one character loses its hash (the hash is of the exact text)', () => {
  assert.doesNotMatch(policy(trimCspHashes(page(`<style>${STYLE} </style>`))), /sha256/);
});

test('a page without a policy is left as it is', () => {
  assert.equal(trimCspHashes('<html><body>x</body></html>'), '<html><body>x</body></html>');
});
