/**
 * URL fields take `https://` web addresses only: `javascript:`, `data:`,
 * `vbscript:` and `http:` are refused in content front matter, in region.yaml
 * and in the JSON Schema that partners validate against.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { createSchemas, httpsUrl, plainReference, sourceSchema } from '../../../src/lib/model/schemas.ts';
import { regionSchema } from '../../../src/lib/editions/region-config.ts';

const BAD = ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'http://www.politie.nl/', '/themas/overvallen/', 'https://', 'https://localhost/'];
const GOOD = ['https://www.politie.nl/', 'https://www.ccv.nl/onderwerpen/winkelcriminaliteit?x=1#kop'];

test('httpsUrl accepts https web addresses and refuses the rest with a Dutch message', () => {
  const url = httpsUrl('de URL van de bron');
  for (const value of GOOD) assert.equal(url.safeParse(value).success, true, value);
  for (const value of BAD) {
    const result = url.safeParse(value);
    assert.equal(result.success, false, value);
    assert.match(result.error!.issues[0]!.message, /verwacht de URL van de bron die begint met https:\/\//);
  }
  assert.deepEqual(z.toJSONSchema(url), { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', format: 'uri', pattern: '^https://' });
});

test('every URL field of the content schemas is https only', () => {
  const schemas = createSchemas(plainReference);
  for (const value of BAD) {
    assert.equal(sourceSchema.safeParse({ title: 'Bron', url: value }).success, false, `sources: ${value}`);
    assert.equal(schemas.organisations.shape.url.safeParse(value).success, false, `organisations.url: ${value}`);
    assert.equal(schemas.concepts.shape.link.safeParse(value).success, false, `concepts.link: ${value}`);
  }
  // No URL field is left on z.url() (which takes javascript: and data:).
  const text = JSON.stringify(z.toJSONSchema(z.object(Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, schema as z.ZodType]))), { unrepresentable: 'any', io: 'input' }));
  const uriFields = [...text.matchAll(/"format":"uri"(,"pattern":"\^https:\/\/")?/g)];
  assert.ok(uriFields.length >= 5);
  assert.ok(uriFields.every((match) => match[1]), 'every format:uri field carries the https pattern');
});

test('region.yaml URLs are https only', () => {
  const base = { name: 'PVO Test', siteUrl: 'https://kennisbank.pvo-test.nl' };
  assert.equal(regionSchema.safeParse(base).success, true);
  for (const value of BAD) {
    assert.equal(regionSchema.safeParse({ ...base, siteUrl: value }).success, false, `siteUrl: ${value}`);
    assert.equal(regionSchema.safeParse({ ...base, contact: { url: value } }).success, false, `contact.url: ${value}`);
    assert.equal(regionSchema.safeParse({ ...base, partners: [{ name: 'Gemeente', url: value }] }).success, false, `partners: ${value}`);
    assert.equal(regionSchema.safeParse({ ...base, editBaseUrl: value }).success, false, `editBaseUrl: ${value}`);
  }
});
