/** The MDX parser's English reasons become one Dutch finding with the fix (pipeline.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readBody as checkBody, mdxSlip } from '../../../src/lib/markdown/pipeline.ts';

test('a < before a digit is explained in Dutch with the fix, without the parser’s English', () => {
  const result = checkBody('---\ntitle: "x"\n---\n\nDit duurt <5 minuten.\n', 'content/pages/x.mdx');
  const text = JSON.stringify(result.problems);
  assert.equal(result.problems.length, 1, text);
  assert.equal(result.problems[0]!.line, 5);
  assert.equal(result.problems[0]!.found, 'een < die MDX leest als het begin van een tag');
  assert.match(result.problems[0]!.fix!, /schrijf \\< in plaats van </);
  assert.doesNotMatch(text, /Unexpected|expected a|mdx-jsx|U\+/);
});

test('other parser reasons never reach an editor in English', () => {
  for (const reason of ['Could not parse expression with acorn', 'Unexpected end of file in expression, expected a corresponding closing brace for `{`', 'Something new']) {
    const slip = mdxSlip(reason);
    assert.doesNotMatch(`${slip.found} ${slip.expected} ${slip.fix}`, /[A-Z][a-z]+ [a-z]+ (of|in|with|new)\b/, reason);
  }
});
