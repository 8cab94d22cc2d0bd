import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildExport, exportJsonSchema } from '../../src/lib/api-export.ts';

const item = {
  id: 'camera-in-beeld',
  type: 'concept' as const,
  title: 'Camera in Beeld',
  summary: 'Registreer uw camera bij de politie.',
  url: 'https://kennisbank.example/concepten/camera-in-beeld/',
  lang: 'nl' as const,
  themes: ['winkelcriminaliteit'],
  sectors: ['detailhandel'],
  owner: { id: 'politie', name: 'Politie', url: 'https://www.politie.nl/' },
  kind: 'hulpmiddel',
  reviewed: '2026-11-29',
  provenance: 'national' as const,
};

test('buildExport validates items and the published JSON Schema accepts the result', () => {
  const file = buildExport('landelijk', [item], new Date('2026-11-29T10:00:00Z'));
  assert.equal(file.generated, '2026-11-29T10:00:00.000Z');
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const validate = ajv.compile(exportJsonSchema());
  assert.equal(validate(JSON.parse(JSON.stringify(file))), true, JSON.stringify(validate.errors));
  assert.equal(validate({ ...file, items: [{ ...item, url: 12 }] }), false);
});

test('an invalid item is an error, not a silent gap', () => {
  assert.throws(() => buildExport('landelijk', [{ ...item, reviewed: '29-11-2026' }]));
});

/** The formats our schema uses, checked the way ajv-formats would, without another dependency. */
function addFormats(ajv: Ajv2020): void {
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
}
