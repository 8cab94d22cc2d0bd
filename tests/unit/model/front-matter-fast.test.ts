/**
 * parseContentFile reads valid front matter with js-yaml (fast) and falls back
 * to the full YAML document (Dutch explanations with lines) otherwise: both
 * must give the same fields for every content file we have, and a slip must
 * still be explained by the full path.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentFile, parseYaml } from '../../../src/lib/model/front-matter.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx|yaml)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

test('the fast path reads every content file exactly as the full YAML parser does', () => {
  const files = ['content', 'tests/fixtures', ...readdirSync('regions').map((id) => join('regions', id, 'content'))].flatMap(contentFiles);
  assert.ok(files.length > 100);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const yamlText = file.endsWith('.yaml') ? text : (FRONT_MATTER.exec(text)?.[1] ?? '');
    const full = parseYaml(yamlText, file, file.endsWith('.yaml') ? 0 : 1);
    const fast = parseContentFile(text, file);
    assert.deepEqual(fast.data, full.data, file);
    assert.deepEqual(fast.problems, full.problems, file);
  }
});

test('dates stay text, and a YAML slip is still explained with its line', () => {
  const valid = parseContentFile('---\ntitle: "Checklist"\nreviewed: 2026-11-01\nfeatured: true\norder: 3\n---\nTekst\n', 'x.mdx');
  assert.deepEqual(valid.data, { title: 'Checklist', reviewed: '2026-11-01', featured: true, order: 3 });
  const slip = parseContentFile('---\ntitle: Overvallen: wat nu\nreviewed: 2026-11-01\n---\nTekst\n', 'x.mdx');
  assert.equal(slip.unreadable, true);
  assert.equal(slip.problems[0]?.line, 2);
  const duplicate = parseContentFile('---\ntitle: A\ntitle: B\n---\n', 'x.mdx');
  assert.equal(duplicate.unreadable, true);
});
