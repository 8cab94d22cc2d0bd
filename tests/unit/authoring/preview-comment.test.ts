import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PREVIEW_MARKER, previewComment } from '../../../src/lib/authoring/preview-comment.ts';

const base = { url: 'https://org.github.io/kennisbank/pr-12/', editions: ['landelijk', 'voorbeeld-noord'], commit: 'abcdef1234', staleOutput: 'Editie voorbeeld-noord:\n  ✓ bij\n\nAlle regionale versies zijn bij.\n' };

test('the comment starts with its marker and links the preview per edition', () => {
  const text = previewComment({ ...base, checkPassed: true, checkOutput: '\n3 edities gecontroleerd in 1 s: 0 fouten, 0 waarschuwingen.\n' });
  assert.ok(text.startsWith(PREVIEW_MARKER));
  assert.match(text, /\*\*Bekijk het voorbeeld:\*\* https:\/\/org\.github\.io\/kennisbank\/pr-12\//);
  assert.match(text, /\[voorbeeld-noord\]\(https:\/\/org\.github\.io\/kennisbank\/pr-12\/voorbeeld-noord\/\)/);
  assert.match(text, /✅ geen fouten/);
  assert.match(text, /Alle regionale versies zijn bij\./);
});

test('errors, warnings and stale regional versions with the basedOn to accept are listed', () => {
  const text = previewComment({
    ...base,
    checkPassed: false,
    checkOutput: '✗ content/a.mdx:2 — title: x — verwacht y\n! content/b.mdx:4 — reviewed: oud\n',
    staleOutput: '  ! regions/n/content/pages/x.mdx: VEROUDERD — content/pages/x.mdx is gewijzigd\n      Werk de regionale tekst bij en zet daarna basedOn: "0123456789ab".\n',
  });
  assert.match(text, /❌ 1 fout, 1 waarschuwing/);
  assert.match(text, /content\/a\.mdx:2 — title/);
  assert.match(text, /VEROUDERD[\s\S]*basedOn: "0123456789ab"/);
});
