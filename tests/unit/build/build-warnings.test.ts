import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportWarning, WARNINGS_FILE_VARIABLE } from '../../../src/lib/build/build-warnings.ts';

test('warnings go to the build summary file when the build set one, else to the logger', () => {
  const logged: string[] = [];
  const previous = process.env[WARNINGS_FILE_VARIABLE];
  const dir = mkdtempSync(join(tmpdir(), 'warnings-'));
  try {
    delete process.env[WARNINGS_FILE_VARIABLE];
    reportWarning('eerste', (message) => logged.push(message));
    assert.deepEqual(logged, ['eerste']);
    const file = join(dir, 'summary.txt');
    writeFileSync(file, '');
    process.env[WARNINGS_FILE_VARIABLE] = file;
    reportWarning('tweede', (message) => logged.push(message));
    reportWarning('derde', (message) => logged.push(message));
    assert.equal(readFileSync(file, 'utf8'), 'tweede\nderde\n');
    assert.deepEqual(logged, ['eerste']);
  } finally {
    if (previous === undefined) delete process.env[WARNINGS_FILE_VARIABLE];
    else process.env[WARNINGS_FILE_VARIABLE] = previous;
    rmSync(dir, { recursive: true, force: true });
  }
});
