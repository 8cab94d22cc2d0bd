/**
 * The fork workflow of a PVO, for real, with git: clone the project, add a
 * region with an override, let the national page change upstream, pull.
 * The pull must not conflict, and the override must be reported stale with
 * what changed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

test('a fork pulls national updates without conflicts and sees its stale override', () => {
  const work = mkdtempSync(join(tmpdir(), 'kvo-fork-'));
  const upstream = join(work, 'upstream');
  const fork = join(work, 'fork');
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd, encoding: 'utf8' });
  const { CONTENT_DIR: _ignored, ...env } = process.env;
  const node = (cwd: string, ...args: string[]) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env });
  try {
    execFileSync('git', ['clone', '--quiet', process.cwd(), upstream]);
    execFileSync('git', ['clone', '--quiet', upstream, fork]);
    symlinkSync(resolve('node_modules'), join(fork, 'node_modules'));

    // The PVO adds its edition and adapts one national toolkit.
    assert.equal(node(fork, 'scripts/regions.ts', 'new', 'pvo-test').status, 0);
    const override = node(fork, 'scripts/regions.ts', 'override', 'pvo-test', 'toolkits/checklist-cyberbasis');
    assert.equal(override.status, 0, override.stderr);
    const regional = join(fork, 'regions/pvo-test/content/toolkits/checklist-cyberbasis.mdx');
    assert.match(readFileSync(regional, 'utf8'), /^---\noverlay: replace\n/);
    git(fork, 'add', '-A');
    git(fork, 'commit', '--quiet', '-m', 'Regionale editie pvo-test');
    const fresh = node(fork, 'scripts/regions.ts', 'status', 'pvo-test');
    assert.match(fresh.stdout, /✓ regions\/pvo-test\/content\/toolkits\/checklist-cyberbasis\.mdx: bij/);

    // Upstream, the national editors change that toolkit.
    appendFileSync(join(upstream, 'content/toolkits/checklist-cyberbasis.mdx'), '\n## Nieuw landelijk advies\n\n- [ ] Zet automatische updates aan op elke telefoon van het bedrijf.\n');
    git(upstream, 'commit', '--quiet', '-am', 'Landelijke update checklist cyberbasis');

    // The fork pulls: a fork only adds files under regions/<id>/, so this merges cleanly.
    git(fork, 'pull', '--quiet', '--no-rebase', '--no-edit', 'origin', 'main');
    assert.equal(git(fork, 'status', '--porcelain'), '');
    assert.equal(git(fork, 'diff', '--name-only', '--diff-filter=U'), '');
    assert.match(readFileSync(join(fork, 'content/toolkits/checklist-cyberbasis.mdx'), 'utf8'), /Nieuw landelijk advies/);

    const status = node(fork, 'scripts/regions.ts', 'status', 'pvo-test');
    assert.match(status.stdout, /! regions\/pvo-test\/content\/toolkits\/checklist-cyberbasis\.mdx: VEROUDERD — content\/toolkits\/checklist-cyberbasis\.mdx is gewijzigd/);
    assert.match(status.stdout, /\+## Nieuw landelijk advies/);
    assert.match(status.stdout, /1 verouderde regionale versie\./);

    // The content check keeps passing and warns about the stale override.
    const check = node(fork, 'scripts/check.ts', 'pvo-test');
    assert.equal(check.status, 0, check.stdout);
    assert.match(check.stdout, /! regions\/pvo-test\/content\/toolkits\/checklist-cyberbasis\.mdx — basedOn: gebaseerd op een oudere versie/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
