/**
 * The fork workflow of a PVO, for real, with git: clone the project, add a
 * region with a Dutch and an English override, let the national pages change
 * upstream (routine review, an editorial fix, then a change of substance),
 * pull. The pull must not conflict; only the change of substance makes an
 * override stale, with the diff and the command to accept it, and accepting
 * makes it fresh again — the same answer from regions:status and the check.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    // The branch the clone started from (main in CI, a work branch elsewhere).
    const branch = git(upstream, 'rev-parse', '--abbrev-ref', 'HEAD').trim();

    // The PVO adds its edition and adapts one national toolkit.
    assert.equal(node(fork, 'scripts/regions.ts', 'new', 'pvo-test').status, 0);
    const override = node(fork, 'scripts/regions.ts', 'override', 'pvo-test', 'toolkits/checklist-cyberbasis');
    assert.equal(override.status, 0, override.stderr);
    const regional = join(fork, 'regions/pvo-test/content/toolkits/checklist-cyberbasis.mdx');
    assert.match(readFileSync(regional, 'utf8'), /^---\noverlay: replace\n/);
    // …and, publishing English too, the English guide to robberies.
    const regionYaml = join(fork, 'regions/pvo-test/region.yaml');
    writeFileSync(regionYaml, readFileSync(regionYaml, 'utf8').replace('locales: [nl]', 'locales: [nl, en]'));
    const english = node(fork, 'scripts/regions.ts', 'override', 'pvo-test', 'themes/en/overvallen');
    assert.equal(english.status, 0, english.stderr);
    git(fork, 'add', '-A');
    git(fork, 'commit', '--quiet', '-m', 'Regionale editie pvo-test');
    const fresh = node(fork, 'scripts/regions.ts', 'status', 'pvo-test');
    assert.match(fresh.stdout, /✓ regions\/pvo-test\/content\/toolkits\/checklist-cyberbasis\.mdx: bij/);
    assert.match(fresh.stdout, /✓ regions\/pvo-test\/content\/themes\/en\/overvallen\.mdx: bij/);

    // Upstream, a routine review and an editorial fix: the overrides stay fresh.
    const edit = (file: string, change: (text: string) => string) => writeFileSync(join(upstream, file), change(readFileSync(join(upstream, file), 'utf8')));
    edit('content/toolkits/checklist-cyberbasis.mdx', (text) => text.replace(/^reviewed: .*$/m, 'reviewed: 2026-12-01'));
    edit('content/themes/en/overvallen.mdx', (text) => text.replace('\n---\n', '\neditorial: "2026-12-01: typo fixed"\n---\n').replace(/\bthe\b/, 'the  '));
    git(upstream, 'commit', '--quiet', '-am', 'Review and typo fix');
    git(fork, 'pull', '--quiet', '--no-rebase', '--no-edit', 'origin', branch);
    const afterEditorial = node(fork, 'scripts/regions.ts', 'status', 'pvo-test');
    assert.match(afterEditorial.stdout, /Alle regionale versies zijn bij\./, afterEditorial.stdout);

    // Then the national editors change both texts in substance.
    appendFileSync(join(upstream, 'content/toolkits/checklist-cyberbasis.mdx'), '\n## Nieuw landelijk advies\n\n- [ ] Zet automatische updates aan op elke telefoon van het bedrijf.\n');
    appendFileSync(join(upstream, 'content/themes/en/overvallen.mdx'), '\n## New national advice\n\nKeep the back door locked at closing time.\n');
    git(upstream, 'commit', '--quiet', '-am', 'Landelijke update checklist cyberbasis');

    // The fork pulls: a fork only adds files under regions/<id>/, so this merges cleanly.
    git(fork, 'pull', '--quiet', '--no-rebase', '--no-edit', 'origin', branch);
    assert.equal(git(fork, 'status', '--porcelain'), '');
    assert.equal(git(fork, 'diff', '--name-only', '--diff-filter=U'), '');
    assert.match(readFileSync(join(fork, 'content/toolkits/checklist-cyberbasis.mdx'), 'utf8'), /Nieuw landelijk advies/);

    const status = node(fork, 'scripts/regions.ts', 'status', 'pvo-test');
    assert.match(status.stdout, /! regions\/pvo-test\/content\/toolkits\/checklist-cyberbasis\.mdx: VEROUDERD — content\/toolkits\/checklist-cyberbasis\.mdx is gewijzigd/);
    // The national change in plain Dutch (+ nu: what it says now), without git's diff headers.
    assert.match(status.stdout, /\+ nu: +## Nieuw landelijk advies/);
    assert.doesNotMatch(status.stdout, /^\s*(index [0-9a-f]+\.\.|@@ |--- a\/|\+\+\+ b\/)/m);
    assert.match(status.stdout, /npm run regions:accept -- pvo-test toolkits\/checklist-cyberbasis/);
    assert.match(status.stdout, /! regions\/pvo-test\/content\/themes\/en\/overvallen\.mdx: VEROUDERD/);
    assert.match(status.stdout, /\+ nu: +## New national advice/);
    assert.match(status.stdout, /npm run regions:accept -- pvo-test themes\/en\/overvallen/);
    assert.match(status.stdout, /2 verouderde regionale versies\./);

    // The content check keeps passing and warns about the same two.
    const check = node(fork, 'scripts/check.ts', 'pvo-test');
    assert.equal(check.status, 0, check.stdout);
    assert.match(check.stdout, /! regions\/pvo-test\/content\/toolkits\/checklist-cyberbasis\.mdx — basedOn: gebaseerd op een oudere versie/);
    assert.match(check.stdout, /! regions\/pvo-test\/content\/themes\/en\/overvallen\.mdx — basedOn: gebaseerd op een oudere versie/);

    // The coordinator reads the English change and accepts it: one stale override is left, everywhere.
    const accept = node(fork, 'scripts/regions.ts', 'accept', 'pvo-test', 'themes/en/overvallen', '--yes');
    assert.equal(accept.status, 0, accept.stderr);
    assert.match(accept.stdout, /\+ nu: +## New national advice/);
    assert.match(accept.stdout, /basedOn is nu "[0-9a-f]{12}"/);
    const accepted = node(fork, 'scripts/regions.ts', 'status', 'pvo-test');
    assert.match(accepted.stdout, /✓ regions\/pvo-test\/content\/themes\/en\/overvallen\.mdx: bij/);
    assert.match(accepted.stdout, /1 verouderde regionale versie\./);
    const report = node(fork, 'scripts/report.ts', 'pvo-test');
    assert.match(report.stdout, /## Verouderde regionale versies \(1\)/);
    assert.doesNotMatch(node(fork, 'scripts/check.ts', 'pvo-test').stdout, /themes\/en\/overvallen\.mdx — basedOn/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
