import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReplaceOverride } from '../../../src/lib/editions/overlay.ts';
import { sourceHash } from '../../../src/lib/editions/source-hash.ts';
import { acceptCommand, nationalDiff, nationalHistory, resolveStaleness, staleProblem, versionOf } from '../../../src/lib/editions/staleness.ts';

const FILE = 'content/toolkits/checklist.mdx';
const page = (fields: string, body: string) => `---\ntitle: Checklist\nreviewed: 2026-01-01\n${fields}---\n\n${body}\n`;

/** A git repository in which the national checklist goes through the given versions, one commit each. */
function repository(versions: string[]): { root: string; commits: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'staleness-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: root, encoding: 'utf8' }).trim();
  git('init', '--quiet');
  mkdirSync(join(root, 'content', 'toolkits'), { recursive: true });
  const commits = versions.map((text, index) => {
    writeFileSync(join(root, FILE), text);
    git('add', '-A');
    git('commit', '--quiet', '-m', `versie ${index + 1}`);
    return git('rev-parse', 'HEAD');
  });
  return { root, commits };
}

const candidate = (basedOn: string, currentHash: string): ReplaceOverride => ({
  file: 'regions/pvo-test/content/toolkits/checklist.mdx',
  nationalFile: FILE,
  collection: 'toolkits',
  slug: 'checklist',
  lang: 'nl',
  basedOn,
  currentHash,
});

test('only changes of substance without an editorial note make a replacement stale', () => {
  const v1 = page('', 'Zet de kassa dicht.');
  const v2 = page('', 'Zet de kassa dicht.').replace('2026-01-01', '2026-11-01'); // routine review
  const v3 = page('editorial: "2026-11-20: tikfout"\n', 'Zet de kassa goed dicht.'); // marked editorial
  const v4 = page('editorial: "2026-11-20: tikfout"\n', 'Zet de kassa goed dicht en bel 112 bij een overval.'); // substance, old note
  const { root, commits } = repository([v1, v2, v3, v4]);
  try {
    const base = versionOf(v1, FILE, undefined).hash;
    assert.equal(versionOf(v2, FILE, undefined).hash, base, 'a new review date is not a change of substance');

    const history = nationalHistory(root, FILE);
    assert.deepEqual(history.map((version) => version.commit), [...commits].reverse());

    // Up to v3 the replacement stays fresh: the only change of substance came with a new editorial note.
    const atV3 = versionOf(v3, FILE, undefined);
    assert.equal(resolveStaleness(candidate(base, atV3.hash), atV3, history.slice(1)), undefined);

    // v4 changes the text without a new note: stale, with the diff since the newest version that had the base.
    const now = versionOf(v4, FILE, undefined);
    const stale = resolveStaleness(candidate(base, now.hash), now, history);
    assert.equal(stale?.baseCommit, commits[1]);
    assert.match(nationalDiff(root, stale!)!, /\+Zet de kassa goed dicht en bel 112 bij een overval\./);
    assert.equal(acceptCommand(stale!), 'npm run regions:accept -- pvo-test toolkits/checklist');
    assert.match(staleProblem(stale!).expected, /npm run regions:accept -- pvo-test toolkits\/checklist/);

    // A basedOn in the old whole-file form is found in history as well.
    assert.equal(resolveStaleness(candidate(sourceHash(v2), now.hash), now, history)?.baseCommit, commits[1]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('without git history any change of substance is stale (the default is substantive)', () => {
  const now = versionOf(page('editorial: "tikfout"\n', 'Nieuw.'), FILE, undefined);
  const stale = resolveStaleness(candidate('000000000000', now.hash), now, []);
  assert.ok(stale);
  assert.equal(stale.baseCommit, undefined);
  assert.equal(nationalHistory(tmpdir(), 'bestaat/niet.mdx').length, 0);
});

test('English replacements get an accept command with the language', () => {
  assert.equal(acceptCommand({ ...candidate('a', 'b'), lang: 'en', file: 'regions/pvo-test/content/toolkits/en/checklist.mdx' }), 'npm run regions:accept -- pvo-test toolkits/en/checklist');
});
