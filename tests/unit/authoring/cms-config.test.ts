import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCmsConfig, toDecapField } from '../../../src/lib/authoring/cms-config.ts';
import { collectionJsonSchema } from '../../../src/lib/authoring/schema-docs.ts';
import { markNewEntry, NEW_ENTRY_OVERLAY, unmarkNewEntry } from '../../../src/lib/authoring/overlay-kind.ts';

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
  // The CMS edits Dutch pages: the fields of a translation (translationOf, …) are not on its forms.
  const schemaFields = Object.keys(collectionJsonSchema('concepts').properties!).filter((name) => !name.startsWith('translation'));
  assert.deepEqual(fieldNames.filter((name) => name !== 'body').sort(), schemaFields.sort());
  assert.ok(!fieldNames.includes('translationOf'));
  const field = (name: string) => concepts.fields!.find((candidate) => candidate.name === name)!;
  assert.deepEqual([field('owner').widget, field('owner').collection], ['relation', 'organisations']);
  assert.deepEqual([field('themes').widget, field('themes').multiple], ['relation', true]);
  assert.equal(field('kind').widget, 'select');
  assert.equal(field('reviewed').widget, 'string', 'typed as JJJJ-MM-DD, not the browser date picker (11/30/2026)');
  assert.equal(field('summary').widget, 'text');
  assert.equal(field('sources').widget, 'list');
  assert.equal(field('title').required, true);
  assert.equal(field('cost').required, false);
});

test('regional forms: a new entry needs what the schema requires, an extension nothing, a replacement a full entry and basedOn', () => {
  const collection = (name: string) => config.collections.find((candidate) => candidate.name === name) as unknown as { filter?: { field: string; value: string }; create: boolean; fields: { name: string; widget: string; required?: boolean; default?: string }[] };
  const required = (name: string) => collection(name).fields.filter((field) => field.required).map((field) => field.name).sort();
  // The agenda is regional only: an event without a date, a title or an organiser cannot be saved.
  const eventSchema = collectionJsonSchema('events');
  assert.deepEqual(required('noord-events'), [...eventSchema.required!].sort());
  for (const field of ['title', 'summary', 'start', 'end', 'organiser']) assert.ok(required('noord-events').includes(field), field);
  // New regional themes: as the schema, and only files without overlay (overlay-kind.ts).
  assert.deepEqual(required('noord-themes'), [...collectionJsonSchema('themes').required!].sort());
  assert.deepEqual(collection('noord-themes').filter, { field: 'overlay', value: NEW_ENTRY_OVERLAY });
  assert.deepEqual(collection('noord-themes').fields[0], { name: 'overlay', label: 'Soort regionale tekst', widget: 'hidden', default: NEW_ENTRY_OVERLAY, required: false });
  // Extensions override only what they set.
  assert.deepEqual(required('noord-themes-aanvullingen'), []);
  assert.deepEqual(collection('noord-themes-aanvullingen').filter, { field: 'overlay', value: 'extend' });
  // Replacements: a full entry, and the national version it follows.
  assert.deepEqual(required('noord-concepts-vervangingen'), [...collectionJsonSchema('concepts').required!, 'basedOn'].sort());
  assert.deepEqual(collection('noord-concepts-vervangingen').filter, { field: 'overlay', value: 'replace' });
  // Both start from a national text on the command line, not as an empty form.
  assert.deepEqual([collection('noord-themes-aanvullingen').create, collection('noord-concepts-vervangingen').create, collection('noord-concepts').create], [false, false, true]);
});

test('the CMS reads a file without overlay as a new entry and never writes that mark', () => {
  assert.deepEqual(markNewEntry({ title: 'x' }), { title: 'x', overlay: NEW_ENTRY_OVERLAY });
  assert.deepEqual(markNewEntry({ overlay: 'extend' }), { overlay: 'extend' });
  assert.deepEqual(unmarkNewEntry({ title: 'x', overlay: NEW_ENTRY_OVERLAY }), { title: 'x' });
  assert.deepEqual(unmarkNewEntry({ overlay: 'replace', basedOn: 'abc' }), { overlay: 'replace', basedOn: 'abc' });
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

test('the forms enforce the rules of the check: lengths, https links, dates, required sources, alt text and link form', () => {
  const concepts = config.collections.find((collection) => collection.name === 'concepts')! as unknown as { label_singular: string; preview_path: string; fields: { name: string; pattern?: [string, string]; min?: number; label_singular?: string }[] };
  const field = (name: string) => concepts.fields.find((candidate) => candidate.name === name)!;
  const matches = (name: string, value: string) => new RegExp(field(name).pattern![0]).test(value);
  assert.equal(matches('summary', 'Te kort.'), false, 'a 5-character summary is refused, as by the check');
  assert.equal(matches('summary', 'Een samenvatting van precies één zin voor de test.'), true);
  assert.equal(matches('link', 'http://example.org'), false);
  assert.equal(matches('link', 'https://example.org/concept'), true);
  assert.equal(matches('reviewed', '11/30/2026'), false);
  assert.equal(matches('reviewed', '2026-11-30'), true);
  assert.equal(field('sources').min, 1);
  assert.equal(field('sources').label_singular, 'Bron');
  assert.equal(matches('body', 'Tekst met ![](/media/foto.jpg).'), false, 'an image without alt text');
  assert.equal(matches('body', 'Zie [overvallen](/themas/overvallen).'), false, 'an internal link without the trailing slash');
  assert.equal(matches('body', 'Zie [overvallen](/themas/overvallen/) en ![kassa](/media/kassa.jpg).'), true);
  assert.equal(concepts.label_singular, 'Concept');
  assert.equal(concepts.preview_path, 'concepten/{{slug}}/');
});

test('warnings are editable nationally and per region, with the check’s rules: required dates typed as JJJJ-MM-DD, the closed list of kinds', () => {
  type Field = { name: string; widget: string; required?: boolean; pattern?: [string, string]; options?: string[]; fields?: Field[] };
  const national = config.collections.find((collection) => collection.name === 'warnings') as unknown as { folder: string; preview_path: string; fields: Field[] };
  assert.equal(national.folder, 'content/warnings');
  assert.equal(national.preview_path, 'actueel/{{slug}}/');
  const field = (name: string) => national.fields.find((candidate) => candidate.name === name)!;
  for (const name of ['published', 'expires']) {
    assert.equal(field(name).required, true, name);
    assert.equal(field(name).widget, 'string', name);
    assert.ok(new RegExp(field(name).pattern![0]).test('2027-03-06') && !new RegExp(field(name).pattern![0]).test('6-3-2027'), name);
  }
  assert.ok(field('kind').options!.includes('overvalreeks'));
  const date = field('sources').fields!.find((candidate) => candidate.name === 'date')!;
  assert.equal(date.required, true, 'every source carries its date');
  assert.equal(date.pattern![0], field('published').pattern![0]);
  const regional = config.collections.find((collection) => collection.name === 'noord-warnings') as unknown as { folder: string; fields: Field[] };
  assert.equal(regional.folder, 'regions/noord/content/warnings');
  assert.ok(regional.fields.some((candidate) => candidate.name === 'overlay'), 'a region may extend a national warning');
});

test('scan questions: one YAML file per question, national and per region, without a text body', () => {
  const collection = (name: string) => config.collections.find((candidate) => candidate.name === name) as unknown as { folder: string; extension: string; format: string; fields: { name: string; label: string; widget: string; options?: string[]; collection?: string }[] };
  for (const [name, folder] of [['scan', 'content/scan'], ['noord-scan', 'regions/noord/content/scan']] as const) {
    const scan = collection(name);
    assert.deepEqual([scan.folder, scan.extension, scan.format], [folder, 'yaml', 'yaml'], name);
    assert.ok(!scan.fields.some((field) => field.name === 'body'), name);
    const field = (fieldName: string) => scan.fields.find((candidate) => candidate.name === fieldName)!;
    assert.deepEqual([field('theme').widget, field('theme').collection], ['relation', 'themes'], name);
    assert.deepEqual(field('risk').options, ['nee', 'ja'], name);
    assert.equal(field('title').label, 'Vraag', name);
    assert.equal(field('link').label, 'Pagina die laat zien hoe', name);
  }
  assert.deepEqual(collection('noord-scan').fields.find((field) => field.name === 'overlay')!.options, ['replace']);
});
