import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { collectionJsonSchema, renderSchemaDocs } from '../../../src/lib/authoring/schema-docs.ts';

test('the committed front matter reference matches the schemas (run npm run docs:schema after a change)', () => {
  assert.equal(readFileSync('docs/front-matter.md', 'utf8'), renderSchemaDocs());
});

test('the reference documents fields, requirements, references and choices, without system fields', () => {
  const docs = renderSchemaDocs();
  assert.match(docs, /\| `owner` \| ja \| verwijzing naar organisations \| Organisatie die eigenaar is van het concept \|/);
  assert.match(docs, /\| `kind` \| ja \| keuze \| Soort toolkit\. een van: `checklist`, `stappenplan`, `signalenkaart`, `template` \|/);
  assert.doesNotMatch(docs, /`provenance`|`sourceFile`/);
  assert.deepEqual(collectionJsonSchema('themes').required?.sort(), ['order', 'reviewed', 'sources', 'summary', 'title']);
});

test('the reference lists every element the content allow-list accepts', async () => {
  const { CONTENT_ELEMENTS, ELEMENT_OVERRIDES } = await import('../../../src/lib/markdown/registry.ts');
  const docs = renderSchemaDocs();
  assert.match(docs, /## Toegestane onderdelen in de tekst/);
  for (const name of Object.keys(CONTENT_ELEMENTS)) assert.match(docs, new RegExp(`\\| \`<${name}>\` \\|`));
  for (const name of Object.keys(ELEMENT_OVERRIDES)) assert.match(docs, new RegExp(`\\| \`${name}\` \\|`));
});
