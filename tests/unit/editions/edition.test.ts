import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nationalEdition, NATIONAL_EDITION_ID } from '../../../src/lib/editions/edition.ts';

test('the national edition takes its site URL from SITE_URL', () => {
  const edition = nationalEdition({ SITE_URL: 'https://kennisbank.voorbeeld.nl' });
  assert.equal(edition.id, NATIONAL_EDITION_ID);
  assert.equal(edition.siteUrl, 'https://kennisbank.voorbeeld.nl');
  assert.ok(new URL(nationalEdition({}).siteUrl));
});

test('a malformed SITE_URL fails with the variable, what was found and what is expected', () => {
  assert.throws(() => nationalEdition({ SITE_URL: 'kennisbank' }), /SITE_URL — gevonden "kennisbank"; verwacht een volledige URL/);
});
