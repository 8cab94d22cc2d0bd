import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { basedOnLine, startDataOverride, startOverride } from '../../../scripts/lib/editing/override.ts';
import { canonicalMdx } from '../../../src/lib/authoring/front-matter-format.ts';
import { orderOf } from '../../../src/lib/authoring/content-format.ts';
import { sourceHash, substantiveHash } from '../../../src/lib/editions/source-hash.ts';

test('startOverride keeps the national text and adds overlay and basedOn, in the canonical front matter form', () => {
  const national = '---\ntitle: Checklist\neditorial: "2026-11-01: tikfout"\nsummary: Een zin.\n---\n## Kop\n\nTekst.\n';
  const result = startOverride(national, 'abc123def456', orderOf('toolkits'));
  assert.equal(result, '---\noverlay: replace\nbasedOn: abc123def456\ntitle: "Checklist"\nsummary: "Een zin."\n---\n## Kop\n\nTekst.\n');
  assert.equal(canonicalMdx(result, parse(result.split('---\n')[1]!) as Record<string, unknown>, orderOf('toolkits')), result);
  assert.throws(() => startOverride('geen front matter', 'x', []), /front matter/);
});

test('regions:accept writes basedOn as the canonical form does (a hash of digits stays text)', () => {
  assert.equal(basedOnLine('abc123def456'), 'basedOn: abc123def456');
  assert.equal(parse(basedOnLine('123456789012')).basedOn, '123456789012');
});

test('sourceHash is short, stable and ignores Windows line endings', () => {
  assert.equal(sourceHash('a\nb\n'), sourceHash('a\r\nb\r\n'));
  assert.match(sourceHash('tekst'), /^[0-9a-f]{12}$/);
  assert.notEqual(sourceHash('tekst'), sourceHash('tekst.'));
});

test('substantiveHash ignores review dates, keywords, access dates, the editorial note and whitespace, not the text', () => {
  const data = { title: 'Checklist', summary: 'Een zin.', reviewed: '2026-01-01', keywords: ['a'], sources: [{ title: 'Bron', url: 'https://example.org/', accessed: '2026-01-01' }] };
  const body = '## Kop\n\nTekst  van de\nchecklist.\n';
  const hash = substantiveHash(data, body);
  assert.match(hash, /^[0-9a-f]{12}$/);
  const routine = { ...data, reviewed: '2026-11-30', keywords: ['a', 'b'], editorial: 'tikfout', sources: [{ title: 'Bron', url: 'https://example.org/', accessed: '2026-11-30' }] };
  assert.equal(substantiveHash(routine, '## Kop\r\n\r\nTekst van de checklist.'), hash);
  assert.equal(substantiveHash({ summary: 'Een zin.', title: 'Checklist', reviewed: '2026-01-01', sources: data.sources }, body), hash, 'field order does not count');
  assert.notEqual(substantiveHash(data, body.replace('Tekst', 'Nieuwe tekst')), hash);
  assert.notEqual(substantiveHash({ ...data, summary: 'Een andere zin.' }, body), hash);
  assert.notEqual(substantiveHash({ ...data, sources: [{ title: 'Bron', url: 'https://example.org/nieuw' }] }, body), hash);
});

test('a scan question (YAML data) is started as overlay: replace with basedOn, the national fields as written', () => {
  const national = 'title: "Vraag?"\nsummary: "Uitleg van de vraag in één zin."\neditorial: "2026-12-01: tikfout"\npriority: 1\n';
  const started = startDataOverride(national, 'abc123def456');
  assert.equal(started, 'overlay: replace\nbasedOn: abc123def456\ntitle: "Vraag?"\nsummary: "Uitleg van de vraag in één zin."\npriority: 1\n');
});
