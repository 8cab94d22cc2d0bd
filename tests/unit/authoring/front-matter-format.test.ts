import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseContentFile } from '../../../src/lib/model/front-matter.ts';
import { formatMdx } from '../../../src/lib/authoring/front-matter-format.ts';
import { findUnformatted, orderOf } from '../../../src/lib/authoring/content-format.ts';

test('editing one field through the serializer changes exactly one line', () => {
  for (const file of ['content/toolkits/checklist-cyberbasis.mdx', 'content/concepts/camera-in-beeld.mdx', 'content/themes/overvallen.mdx']) {
    const text = readFileSync(file, 'utf8');
    const { data, body } = parseContentFile(text, file);
    const collection = file.split('/')[1]!;
    assert.equal(formatMdx(data, body, orderOf(collection)), text, `${file} is in the canonical form`);
    const edited = formatMdx({ ...data, summary: 'Een nieuwe samenvatting van één zin: met een dubbele punt en "aanhalingstekens".' }, body, orderOf(collection));
    const before = text.split('\n');
    const after = edited.split('\n');
    assert.equal(after.length, before.length);
    assert.deepEqual(after.map((line, index) => (line === before[index] ? 0 : 1)).reduce((sum: number, changed) => sum + changed, 0), 1, file);
    assert.equal(parseContentFile(edited, file).data.summary, 'Een nieuwe samenvatting van één zin: met een dubbele punt en "aanhalingstekens".');
  }
});

test('ids and dates stay plain, other text is quoted, lists of words stay on one line', () => {
  const text = formatMdx({ title: 'Camera: in beeld', reviewed: '2026-11-30', owner: 'politie', themes: ['overvallen'], keywords: ['ogen en oren', 'camera'], sources: [{ title: 'Bron', url: 'https://example.org/' }] }, '\nTekst\n', orderOf('concepts'));
  assert.equal(text, '---\ntitle: "Camera: in beeld"\nreviewed: 2026-11-30\nowner: politie\nthemes: [overvallen]\nsources:\n  - title: "Bron"\n    url: "https://example.org/"\nkeywords: [ogen en oren, camera]\n---\n\nTekst\n');
});

test('all content is in the canonical form (npm run format:content)', () => {
  assert.deepEqual(findUnformatted(process.cwd(), 'content').map((entry) => entry.file), []);
});
