/**
 * The policy every page carries: this origin only, no inline code without a
 * hash, and the two widenings (search, CMS) only where they are asked for.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_POLICY, contentSecurityPolicy, cspHash, SEARCH_POLICY } from '../../../src/lib/outputs/csp.ts';

const directives = (policy: string) => new Map(policy.split(';').map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1)]));

test('a page without extras: self only, no hashes, no unsafe sources', () => {
  const policy = directives(contentSecurityPolicy());
  assert.deepEqual(policy.get('default-src'), ["'self'"]);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'self'"]);
  assert.deepEqual(policy.get('form-action'), ["'self'"]);
  assert.deepEqual(policy.get('script-src'), ["'self'"]);
  assert.deepEqual(policy.get('style-src'), ["'self'"]);
});

test('each inline style is allowed by the hash of its exact text, once', () => {
  const css = 'html:root{--brand-primary:#0b5}';
  const policy = directives(contentSecurityPolicy({ inlineStyles: [css, css] }));
  assert.deepEqual(policy.get('style-src'), ["'self'", `'${cspHash(css)}'`]);
  assert.notEqual(cspHash(css), cspHash(`${css} `));
});

test('only the search page may compile WebAssembly; only /admin/ gets what Decap needs', () => {
  assert.deepEqual(directives(contentSecurityPolicy(SEARCH_POLICY)).get('script-src'), ["'self'", "'wasm-unsafe-eval'"]);
  const admin = directives(contentSecurityPolicy(ADMIN_POLICY));
  assert.deepEqual(admin.get('script-src'), ["'self'", "'unsafe-eval'"]);
  assert.ok(admin.get('connect-src')?.includes('https://api.github.com'));
  assert.ok(!contentSecurityPolicy().includes('unsafe'));
});
