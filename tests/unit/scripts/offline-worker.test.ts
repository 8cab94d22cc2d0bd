import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileOfPath, listedPages, loadedFiles, planOffline } from '../../../scripts/lib/build/offline-worker.ts';

test('the offline page lists the kept pages; only links inside data-offline-pages count', () => {
  const html = '<main><a href="/elders/">x</a><section data-offline-pages><a href="/kb/">Start</a><a href="/kb/toolkits/a/" hreflang="nl">A</a></section><section><a href="/kb/over/">no</a></section></main>';
  assert.deepEqual(listedPages(html), ['/kb/', '/kb/toolkits/a/']);
  assert.deepEqual(listedPages('<main></main>'), []);
});

test('site paths map to files under the base path; paths outside it are not ours', () => {
  assert.equal(fileOfPath('/kb/', '/kb/'), 'index.html');
  assert.equal(fileOfPath('/kb/toolkits/a/', '/kb/'), 'toolkits/a/index.html');
  assert.equal(fileOfPath('/kb/_astro/x.css?v=1', '/kb/'), '_astro/x.css');
  assert.equal(fileOfPath('/andere-editie/', '/kb/'), undefined);
});

test('what a page loads: its styles, scripts, icons and the manifest, not links to pages or other sites', () => {
  const html = '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/p.js"></script><link rel="icon" href="/favicon.svg"><link rel="manifest" href="/manifest.webmanifest"><a href="/themas/">t</a><img src="https://elders.example/x.png"><link rel="alternate" href="/feed.xml">';
  assert.deepEqual(loadedFiles('index.html', html, '/').sort(), ['_astro/a.css', '_astro/p.js', 'favicon.svg', 'manifest.webmanifest']);
  assert.deepEqual(loadedFiles('_astro/p.js', 'import{a as b}from"./chunk.js";import("./lazy.js")', '/'), ['_astro/chunk.js', '_astro/lazy.js']);
  assert.deepEqual(loadedFiles('_astro/a.css', '@font-face{src:url(./f.woff2) format("woff2")}.x{background:url("data:image/svg+xml,")}', '/'), ['_astro/f.woff2']);
});

test('the plan keeps every language its listed pages and what they load, and counts the bytes', () => {
  const out = mkdtempSync(join(tmpdir(), 'kvo-offline-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), text);
  };
  try {
    const page = (links = '') => `<link rel="stylesheet" href="/kb/_astro/a.css"><script type="module" src="/kb/_astro/p.js"></script>${links}`;
    write('offline/index.html', page('<section data-offline-pages><a href="/kb/">s</a><a href="/kb/toolkits/a/">a</a></section>'));
    write('en/offline/index.html', page('<section data-offline-pages><a href="/kb/en/">s</a><a href="/kb/toolkits/a/">a</a></section>'));
    write('index.html', page());
    write('en/index.html', page());
    write('toolkits/a/index.html', page('<a href="/kb/toolkits/b/">b</a>'));
    write('toolkits/b/index.html', page());
    write('_astro/a.css', 'x');
    write('_astro/p.js', 'import"./c.js"');
    write('_astro/c.js', 'y');
    write('manifest.webmanifest', '{}');
    const plan = planOffline(out, '/kb/');
    assert.deepEqual(plan.files, ['_astro/a.css', '_astro/c.js', '_astro/p.js', 'en/index.html', 'en/offline/index.html', 'index.html', 'manifest.webmanifest', 'offline/index.html', 'toolkits/a/index.html']);
    assert.deepEqual(plan.languages.map((language) => language.lang).sort(), ['en', 'nl']);
    const dutch = plan.languages.find((language) => language.lang === 'nl')!;
    assert.ok(!dutch.files.includes('en/index.html'));
    assert.ok(dutch.bytes > 0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
