import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACUTE_CASES, availableAcuteCases } from '../../../src/lib/site/acute.ts';

test('every acute case points at a stappenplan toolkit', () => {
  for (const acute of ACUTE_CASES) assert.match(acute.toolkit, /^stappenplan-/);
  assert.equal(new Set(ACUTE_CASES.map((acute) => acute.key)).size, ACUTE_CASES.length);
});

test('a case whose stappenplan is missing drops out, the order stays', () => {
  const present = new Set(['stappenplan-ransomware', 'stappenplan-na-een-overval']);
  assert.deepEqual(
    availableAcuteCases((slug) => present.has(slug)).map((acute) => acute.key),
    ['overval', 'ransomware'],
  );
  assert.deepEqual(availableAcuteCases(() => false), []);
});
