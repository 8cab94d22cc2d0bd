import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { renderTemplates } from '../../src/lib/templates.ts';
import { collectionJsonSchema, DOCUMENTED_COLLECTIONS } from '../../src/lib/schema-docs.ts';

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
