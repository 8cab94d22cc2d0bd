import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainerDecapPhrases, type Phrases } from '../../../src/lib/authoring/cms-phrases.ts';

test("Decap's Dutch phrases: no draft called Concept(en) beside our concepts, and no English month names on the board", async () => {
  const nl = structuredClone((await import('decap-cms-locales/src/nl/index.js' as string)).default as Phrases);
  const texts: [string, string][] = [];
  const walk = (node: Phrases, path: string[]) => {
    for (const [key, value] of Object.entries(node)) typeof value === 'string' ? texts.push([[...path, key].join('.'), value]) : walk(value, [...path, key]);
  };
  walk(nl, []);
  // The control: Decap's own phrases have both traps (the test fails when it no longer looks at them).
  assert.ok(texts.some(([, value]) => value === 'Concepten'));
  assert.ok(texts.some(([, value]) => value.includes('MMMM')));
  texts.length = 0;
  walk(plainerDecapPhrases(nl), []);
  assert.deepEqual(texts.filter(([, value]) => /\bConcept(en)?\b/.test(value)), []);
  assert.deepEqual(texts.filter(([key, value]) => key.endsWith('dateFormat') && /MMM/.test(value)), []);
  assert.ok(texts.some(([key, value]) => key === 'workflow.workflowList.draftHeader' && value === 'Werkversies'));
});
