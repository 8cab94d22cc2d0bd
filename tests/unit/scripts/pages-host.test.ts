/** Where build:all puts each edition and its base path: the same answer for the build, the test servers and the validators. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editionBase, editionOutDir, outRoot, sharedHost } from '../../../scripts/lib/hosting/pages-host.ts';

test('without PAGES_URL and PAGES_BASE every edition is served at / from dist/<id>/', () => {
  assert.equal(sharedHost({}), undefined);
  assert.equal(sharedHost({ PAGES_BASE: '/kennisbank/' }), undefined, 'a base without the origin is no shared host (as before)');
  assert.equal(editionBase('voorbeeld-noord', {}), '/');
  assert.equal(editionOutDir('voorbeeld-noord', {}), 'dist/voorbeeld-noord');
});

test('on a shared host (GitHub Pages) edition <id> is served at PAGES_BASE<id>/ from OUT_ROOT/<id>/', () => {
  const env = { PAGES_URL: 'https://voorbeeld.github.io/iets', PAGES_BASE: 'kennisbank', OUT_ROOT: '_site' };
  assert.deepEqual(sharedHost(env), { origin: 'https://voorbeeld.github.io', base: '/kennisbank/' });
  assert.equal(editionBase('landelijk', env), '/kennisbank/landelijk/');
  assert.equal(editionBase('landelijk', { ...env, PAGES_BASE: '/' }), '/landelijk/', 'a custom domain: PAGES_BASE=/');
  assert.equal(editionOutDir('landelijk', env), '_site/landelijk');
  assert.equal(outRoot({ OUT_ROOT: '' }), 'dist');
});
