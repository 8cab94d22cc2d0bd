import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastModified, parseGitLog } from '../../../src/lib/outputs/git-dates.ts';

test('parseGitLog keeps the newest commit date per file', () => {
  const log = ['@@commit 2026-11-20T10:00:00+01:00', '', 'content/a.mdx', 'content/b.mdx', '', '@@commit 2026-10-01T09:00:00+02:00', '', 'content/a.mdx', 'content/c.mdx', ''].join('\n');
  const dates = parseGitLog(log);
  assert.equal(dates.get('content/a.mdx')?.toISOString(), '2026-11-20T09:00:00.000Z');
  assert.equal(dates.get('content/c.mdx')?.toISOString(), '2026-10-01T07:00:00.000Z');
  assert.equal(dates.size, 3);
});

test('lastModified falls back to the file time for a real file outside git', () => {
  const root = mkdtempSync(join(tmpdir(), 'kvo-nogit-'));
  try {
    writeFileSync(join(root, 'pagina.mdx'), '# Pagina\n');
    const mtime = new Date('2024-03-05T06:07:08.000Z');
    utimesSync(join(root, 'pagina.mdx'), mtime, mtime);
    assert.equal(lastModified('pagina.mdx', root).toISOString(), mtime.toISOString());
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('lastModified takes the commit date inside git, not the file time', () => {
  const root = mkdtempSync(join(tmpdir(), 'kvo-git-'));
  try {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: root, env: { ...process.env, GIT_COMMITTER_DATE: '2025-01-02T03:04:05Z', GIT_AUTHOR_DATE: '2025-01-02T03:04:05Z' } });
    git('init', '--quiet');
    writeFileSync(join(root, 'pagina.mdx'), '# Pagina\n');
    git('add', 'pagina.mdx');
    git('commit', '--quiet', '-m', 'x');
    const later = new Date('2026-06-01T00:00:00.000Z');
    utimesSync(join(root, 'pagina.mdx'), later, later);
    assert.equal(lastModified('pagina.mdx', root).toISOString(), '2025-01-02T03:04:05.000Z');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
