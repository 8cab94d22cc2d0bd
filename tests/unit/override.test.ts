import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startOverride } from '../../scripts/lib/override.ts';
import { sourceHash } from '../../src/lib/source-hash.ts';

test('startOverride keeps the national text and adds overlay and basedOn', () => {
  const national = '---\ntitle: Checklist\nsummary: Een zin.\n---\n## Kop\n\nTekst.\n';
  const result = startOverride(national, 'abc123def456');
  assert.match(result, /^---\noverlay: replace\n# .*\nbasedOn: "abc123def456"\ntitle: Checklist\nsummary: Een zin.\n---\n## Kop\n\nTekst.\n$/);
  assert.throws(() => startOverride('geen front matter', 'x'), /front matter/);
});

test('sourceHash is short, stable and ignores Windows line endings', () => {
  assert.equal(sourceHash('a\nb\n'), sourceHash('a\r\nb\r\n'));
  assert.match(sourceHash('tekst'), /^[0-9a-f]{12}$/);
  assert.notEqual(sourceHash('tekst'), sourceHash('tekst.'));
});
