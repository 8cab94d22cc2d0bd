import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../../scripts/lib/bench/corpus.ts';

test('writeCorpus writes the requested number of routed pages, deterministically', () => {
  const first = mkdtempSync(join(tmpdir(), 'corpus-'));
  const second = mkdtempSync(join(tmpdir(), 'corpus-'));
  try {
    const counts = writeCorpus(first, 200);
    writeCorpus(second, 200);
    assert.equal(counts.themes + counts.concepts + counts.toolkits + counts.pages, 200);
    for (const folder of ['themes', 'concepts', 'toolkits', 'pages']) {
      const files = readdirSync(join(first, folder));
      assert.equal(files.length, counts[folder as keyof typeof counts]);
      assert.equal(readFileSync(join(first, folder, files[0]!), 'utf8'), readFileSync(join(second, folder, files[0]!), 'utf8'));
    }
    assert.ok(readdirSync(join(first, 'pages')).includes('melden.mdx'), 'the pages the layout links to exist');
  } finally {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  }
});
