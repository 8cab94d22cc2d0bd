import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { renderTemplates } from '../../../src/lib/authoring/templates.ts';
import { collectionJsonSchema, DOCUMENTED_COLLECTIONS } from '../../../src/lib/authoring/schema-docs.ts';
import { parseContentFile } from '../../../src/lib/model/front-matter.ts';
import { canonicalMdx } from '../../../src/lib/authoring/front-matter-format.ts';
import { orderOf } from '../../../src/lib/authoring/content-format.ts';

test('docs/sjablonen.md is current (npm run docs:schema)', () => {
  assert.equal(readFileSync('docs/sjablonen.md', 'utf8'), renderTemplates());
});

test('every template is valid YAML with every required field of its collection', () => {
  const blocks = [...renderTemplates().matchAll(/```(?:mdx|yaml)\n([\s\S]*?)\n```/g)].map((match) => match[1]!);
  assert.equal(blocks.length, DOCUMENTED_COLLECTIONS.length);
  DOCUMENTED_COLLECTIONS.forEach(({ name }, index) => {
    const yaml = blocks[index]!.startsWith('---') ? blocks[index]!.split('\n---\n')[0]!.slice(4) : blocks[index]!;
    const data = parse(yaml) as Record<string, unknown>;
    for (const field of collectionJsonSchema(name).required ?? []) assert.ok(field in data, `${name}: ${field}`);
  });
});

test('every MDX template is in the canonical front matter form, so a filled-in copy passes the check', () => {
  const blocks = [...renderTemplates().matchAll(/```(mdx|yaml)\n([\s\S]*?)\n```/g)];
  DOCUMENTED_COLLECTIONS.forEach(({ name }, index) => {
    const [, kind, block] = blocks[index]!;
    if (kind !== 'mdx') return;
    const text = `${block!}\n`;
    const { data } = parseContentFile(text, `${name}.mdx`);
    assert.equal(canonicalMdx(text, data, orderOf(name)), text, name);
    // Filled in, with an optional line taken out, it stays canonical.
    const filled = text.replace('title: ""', 'title: "Overval: wat nu?"').replace(/^keywords: \[\]\n/m, '');
    assert.equal(canonicalMdx(filled, parseContentFile(filled, `${name}.mdx`).data, orderOf(name)), filled, name);
  });
});
