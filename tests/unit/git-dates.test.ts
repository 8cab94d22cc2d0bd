import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastModified, parseGitLog } from '../../src/lib/git-dates.ts';

test('parseGitLog keeps the newest commit date per file', () => {
  const log = ['@@commit 2026-11-20T10:00:00+01:00', '', 'content/a.mdx', 'content/b.mdx', '', '@@commit 2026-10-01T09:00:00+02:00', '', 'content/a.mdx', 'content/c.mdx', ''].join('\n');
  const dates = parseGitLog(log);
  assert.equal(dates.get('content/a.mdx')?.toISOString(), '2026-11-20T09:00:00.000Z');
  assert.equal(dates.get('content/c.mdx')?.toISOString(), '2026-10-01T07:00:00.000Z');
  assert.equal(dates.size, 3);
});

test('lastModified falls back to the file time outside git', () => {
  const date = lastModified('package.json', '/nonexistent-root-for-test');
  assert.ok(date instanceof Date && !Number.isNaN(date.getTime()));
});
