import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildExport, exportJsonSchema } from '../../../src/lib/outputs/api-export.ts';

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
  const validate = partnerValidator();
  assert.equal(validate(JSON.parse(JSON.stringify(file))), true, JSON.stringify(validate.errors));
  assert.equal(validate({ ...file, items: [{ ...item, url: 12 }] }), false);
  assert.equal(validate({ ...file, generated: 'gisteren' }), false, 'date-time is checked (ajv-formats)');
  assert.equal(validate({ ...file, items: [{ ...item, reviewed: '2026-02-30' }] }), false, 'date is checked (ajv-formats)');
});

/** What docs/api.md tells partners to do: ajv with ajv-formats (strict, every format known). */
function partnerValidator() {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(exportJsonSchema());
}

test('URLs in the export are https only: javascript:, data: and http: are refused by the build and by the schema', () => {
  const validate = partnerValidator();
  for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://kennisbank.example/concepten/x/', '/concepten/x/']) {
    assert.throws(() => buildExport('landelijk', [{ ...item, url }]), Error, url);
    assert.throws(() => buildExport('landelijk', [{ ...item, owner: { ...item.owner, url } }]), Error, url);
    const file = { edition: 'landelijk', generated: '2026-11-29T10:00:00.000Z', items: [{ ...item, url }] };
    assert.equal(validate(file), false, `${url} must fail the published schema`);
  }
});

test('an invalid item is an error, not a silent gap', () => {
  assert.throws(() => buildExport('landelijk', [{ ...item, reviewed: '29-11-2026' }]));
});
