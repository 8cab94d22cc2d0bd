import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readableDiff } from '../../../src/lib/editions/staleness.ts';

test('regions:status shows a national change in words, without git’s headers', () => {
  const diff = [
    'diff --git a/content/themes/overvallen.mdx b/content/themes/overvallen.mdx',
    'index f7ad33e..ca2efab 100644',
    '--- a/content/themes/overvallen.mdx',
    '+++ b/content/themes/overvallen.mdx',
    '@@ -43,3 +43,3 @@ summary: "x"',
    ' Bel direct 112.',
    '-Houd de kassa leeg.',
    '+Houd weinig geld in de kassa.',
    '',
  ].join('\n');
  assert.deepEqual(readableDiff(diff), ['landelijke tekst, vanaf regel 43:', '         Bel direct 112.', '  – was: Houd de kassa leeg.', '  + nu:  Houd weinig geld in de kassa.']);
  assert.doesNotMatch(readableDiff(diff).join('\n'), /index |@@|diff --git|\+\+\+/);
});
