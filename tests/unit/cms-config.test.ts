import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCmsConfig, toDecapField } from '../../src/lib/cms-config.ts';
import { collectionJsonSchema } from '../../src/lib/schema-docs.ts';

const config = buildCmsConfig({ repo: 'org/kennisbank', regions: ['noord'], siteUrl: 'https://x.example' }) as {
  publish_mode: string;
  collections: { name: string; folder?: string; fields?: { name: string; widget: string; required?: boolean; collection?: string; multiple?: boolean; options?: string[] }[] }[];
};

test('every national collection and every region folder is editable, with the editorial workflow', () => {
  assert.equal(config.publish_mode, 'editorial_workflow');
  const names = config.collections.map((collection) => collection.name);
  for (const name of ['themes', 'concepts', 'toolkits', 'pages', 'organisations', 'sectors', 'noord-themes', 'noord-events', 'noord-pages', 'noord-instellingen']) assert.ok(names.includes(name), name);
  assert.equal(config.collections.find((c) => c.name === 'noord-pages')?.folder, 'regions/noord/content/pages');
});

test('form fields come from the schema: every schema field has a form field, with the right widget', () => {
  const concepts = config.collections.find((collection) => collection.name === 'concepts')!;
  const fieldNames = concepts.fields!.map((field) => field.name);
  assert.deepEqual(fieldNames.filter((name) => name !== 'body').sort(), Object.keys(collectionJsonSchema('concepts').properties!).sort());
  const field = (name: string) => concepts.fields!.find((candidate) => candidate.name === name)!;
  assert.deepEqual([field('owner').widget, field('owner').collection], ['relation', 'organisations']);
  assert.deepEqual([field('themes').widget, field('themes').multiple], ['relation', true]);
  assert.equal(field('kind').widget, 'select');
  assert.equal(field('reviewed').widget, 'datetime');
  assert.equal(field('summary').widget, 'text');
  assert.equal(field('sources').widget, 'list');
  assert.equal(field('title').required, true);
  assert.equal(field('cost').required, false);
});

test('regional forms require nothing, so an extend file with only overlay can be saved', () => {
  const regional = config.collections.find((collection) => collection.name === 'noord-themes')!;
  assert.ok(regional.fields!.every((field) => field.required === false || field.widget === 'markdown'));
  assert.deepEqual(regional.fields!.find((field) => field.name === 'overlay')?.options, ['extend', 'replace']);
});

test('toDecapField maps plain types', () => {
  assert.equal(toDecapField('order', { type: 'integer' }, true).widget, 'number');
  assert.equal(toDecapField('printable', { type: 'boolean' }, false).widget, 'boolean');
  assert.equal(toDecapField('keywords', { type: 'array', items: { type: 'string' } }, false).widget, 'list');
});

test('sectors are a national YAML vocabulary: themes, concepts and toolkits pick them from a list', () => {
  const sectors = config.collections.find((collection) => collection.name === 'sectors') as { extension?: string; format?: string } | undefined;
  assert.deepEqual([sectors?.extension, sectors?.format], ['yaml', 'yaml']);
  assert.ok(!config.collections.some((collection) => collection.name === 'noord-sectors'));
  for (const name of ['themes', 'concepts', 'toolkits']) {
    const field = config.collections.find((collection) => collection.name === name)!.fields!.find((candidate) => candidate.name === 'sectors')!;
    assert.deepEqual([field.widget, field.collection, field.multiple, field.required], ['relation', 'sectors', true, false], name);
  }
});
