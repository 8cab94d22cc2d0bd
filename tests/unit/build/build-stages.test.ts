import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroStages, formatStages, readStages, recordStage, STAGES_FILE_VARIABLE, withOther } from '../../../src/lib/build/build-stages.ts';

test('recorded stages are summed per stage and printed in build order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stages-'));
  try {
    const file = join(dir, 'stages.jsonl');
    writeFileSync(file, '');
    const env = { [STAGES_FILE_VARIABLE]: file };
    recordStage('pagefind', 1500, env);
    recordStage('content: checks', 100, env);
    recordStage('content: checks', 50, env);
    recordStage('render', 2000, {});
    assert.deepEqual(readStages(file), { pagefind: 1500, 'content: checks': 150 });
    assert.equal(formatStages(readStages(file)), 'content: checks 0.1 s · pagefind 1.5 s');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Astro's timer file maps onto sync, bundle and render; the rest of the wall time is 'other'", () => {
  const stages = astroStages(
    JSON.stringify({ 'Sync content layer': { elapsedTime: 1000 }, 'Prerender build': { elapsedTime: 3000 }, 'Client build': { elapsedTime: 500 }, 'Static generate': { elapsedTime: 4000 }, 'Total build': { elapsedTime: 9000 } }),
  );
  assert.deepEqual(stages, { 'content sync': 1000, bundle: 3500, render: 4000 });
  assert.equal(astroStages(JSON.stringify({ 'Static generate': { elapsedTime: 4000 } }), 6000)['astro start-up'], 2000);
  // Our own content stages happen inside content sync: they are not counted twice.
  assert.equal(withOther({ ...stages, 'content: read + validate': 700, pagefind: 1000 }, 12000).other, 2500);
});
