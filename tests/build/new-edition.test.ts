/**
 * `npm run regions:new` on a copy of the repository's skeleton: the edition
 * gets its CODEOWNERS rule and quoted template texts, the check passes with a
 * Dutch warning per template text, and without the rule the check fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const REPO = process.cwd();
const run = (cwd: string, script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [resolve(REPO, 'scripts', script), ...args], { cwd, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: join(cwd, 'content'), GITHUB_ACTIONS: '' } });
  return { status: result.status, output: result.stdout + result.stderr };
};

test('regions:new writes the CODEOWNERS rule and a template the check passes, with warnings for the texts to replace', () => {
  const root = mkdtempSync(join(tmpdir(), 'kvo-new-'));
  try {
    cpSync('tests/fixtures/content-minimal', join(root, 'content'), { recursive: true });
    mkdirSync(join(root, '.github'));
    cpSync('.github/CODEOWNERS', join(root, '.github', 'CODEOWNERS'));
    mkdirSync(join(root, 'public'));
    cpSync('public/favicon.svg', join(root, 'public', 'favicon.svg'));
    const created = run(root, 'regions.ts', 'new', 'pvo-proef');
    assert.equal(created.status, 0, created.output);
    assert.match(readFileSync(join(root, '.github', 'CODEOWNERS'), 'utf8'), /^\/regions\/pvo-proef\/\s+@\S+\/pvo-proef$/m);
    const yaml = readFileSync(join(root, 'regions', 'pvo-proef', 'region.yaml'), 'utf8');
    assert.match(yaml, /^name: "PVO Proef"$/m, 'text values are quoted');
    assert.equal(parse(yaml).name, 'PVO Proef');

    const checked = run(root, 'check.ts', 'pvo-proef');
    assert.equal(checked.status, 0, checked.output);
    assert.match(checked.output, /! regions\/pvo-proef\/region\.yaml:4 — tagline: nog tekst uit het sjabloon/);
    assert.match(checked.output, /! regions\/pvo-proef\/content\/pages\/contact\.mdx:\d+ — tekst: nog tekst uit het sjabloon/);
    // "Pas deze pagina aan" must lead to the region's own fork: the template has the field, the check points at it.
    assert.match(checked.output, /! regions\/pvo-proef\/region\.yaml:\d+ — editBaseUrl: nog tekst uit het sjabloon/);

    // A page the edition hides gets no regional version: regions:override says to un-hide it first.
    writeFileSync(join(root, 'regions', 'pvo-proef', 'region.yaml'), yaml.replace('hide: []', 'hide: [toolkits/testchecklist]'));
    const hidden = run(root, 'regions.ts', 'override', 'pvo-proef', 'toolkits/testchecklist');
    assert.equal(hidden.status, 1, hidden.output);
    assert.match(hidden.output, /toolkits\/testchecklist staat in hide in regions\/pvo-proef\/region\.yaml: .*Haal hem eerst uit hide/);
    writeFileSync(join(root, 'regions', 'pvo-proef', 'region.yaml'), yaml);

    writeFileSync(join(root, '.github', 'CODEOWNERS'), readFileSync('.github/CODEOWNERS', 'utf8'));
    const unowned = run(root, 'check.ts', 'pvo-proef');
    assert.equal(unowned.status, 1);
    assert.match(unowned.output, /✗ \.github\/CODEOWNERS:\d+ — .*geen regel voor de editie pvo-proef — .*voeg deze regel toe: \/regions\/pvo-proef\//);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
