import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPreviewBuild, offlinePagePath, webManifest } from '../../../src/lib/outputs/offline.ts';

test('a pull-request preview is recognised by PREVIEW or by its /pr-<n>/ base path', () => {
  assert.equal(isPreviewBuild({ PREVIEW: '1' }), true);
  assert.equal(isPreviewBuild({ PREVIEW: 'true' }), true);
  assert.equal(isPreviewBuild({ BASE_PATH: '/kennisbank/pr-12/landelijk/' }), true);
  assert.equal(isPreviewBuild({ BASE_PATH: '/kennisbank/landelijk/' }), false);
  assert.equal(isPreviewBuild({ PREVIEW: '0' }), false);
  assert.equal(isPreviewBuild({}), false);
});

test('the offline page has a path per language', () => {
  assert.equal(offlinePagePath('nl'), '/offline/');
  assert.equal(offlinePagePath('en'), '/en/offline/');
});

test('the manifest starts and stays in the edition folder, with its name, colours and both icons', () => {
  const manifest = webManifest({ name: 'PVO Noord', shortName: 'PVO Noord', description: 'x', base: '/kennisbank/voorbeeld-noord/', lang: 'nl', themeColor: '#1d5e3a', backgroundColor: '#ffffff' });
  assert.equal(manifest.start_url, '/kennisbank/voorbeeld-noord/');
  assert.equal(manifest.scope, '/kennisbank/voorbeeld-noord/');
  assert.equal(manifest.theme_color, '#1d5e3a');
  assert.deepEqual(manifest.icons.map((icon) => [icon.src, icon.sizes]), [
    ['/kennisbank/voorbeeld-noord/icon-192.png', '192x192'],
    ['/kennisbank/voorbeeld-noord/icon-512.png', '512x512'],
  ]);
});
