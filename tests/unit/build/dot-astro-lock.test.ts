import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock, releaseLock } from '../../../src/lib/build/dot-astro-lock.ts';

test('a second build waits for the lock until the first releases it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lock-'));
  try {
    const lock = join(dir, 'lock');
    await acquireLock(lock);
    let second = false;
    const waiting = acquireLock(lock).then(() => (second = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(second, false, 'still waiting while the lock is held');
    releaseLock(lock);
    await waiting;
    assert.equal(second, true);
    releaseLock(lock);
    assert.equal(existsSync(lock), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lock left by a build that died is taken over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lock-'));
  try {
    const lock = join(dir, 'lock');
    mkdirSync(lock);
    writeFileSync(join(lock, 'owner'), '2147483646');
    await acquireLock(lock);
    releaseLock(lock);
    assert.equal(existsSync(lock), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
