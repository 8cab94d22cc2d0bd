import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, collectionForSegment, entryPath, ROUTED_COLLECTIONS, searchPath, sectionPath, withBase } from '../../src/lib/routes.ts';

test('entry and section paths follow the Dutch URL contract with a trailing slash', () => {
  assert.equal(sectionPath('themes'), '/themas/');
  assert.equal(entryPath('concepts', 'camera-in-beeld'), '/concepten/camera-in-beeld/');
  assert.equal(entryPath('toolkits', 'x'), '/toolkits/x/');
  assert.equal(entryPath('pages', 'privacy'), '/over/privacy/');
});

test('segments map back to their collection', () => {
  for (const collection of ROUTED_COLLECTIONS) {
    assert.equal(collectionForSegment(sectionPath(collection).slice(1, -1)), collection);
  }
  assert.equal(collectionForSegment('zoeken'), undefined);
});

test('withBase prefixes root-relative paths once and leaves other URLs alone', () => {
  assert.equal(withBase('/themas/', '/'), '/themas/');
  assert.equal(withBase('/themas/', '/kennisbank/'), '/kennisbank/themas/');
  assert.equal(withBase('/kennisbank/themas/', '/kennisbank'), '/kennisbank/themas/');
  assert.equal(withBase('https://politie.nl/', '/kennisbank/'), 'https://politie.nl/');
  assert.equal(withBase('//cdn.example/x', '/kennisbank/'), '//cdn.example/x');
  assert.equal(withBase('#inhoud', '/kennisbank/'), '#inhoud');
});

test('absoluteUrl and searchPath', () => {
  assert.equal(absoluteUrl('/themas/', 'https://example.nl'), 'https://example.nl/themas/');
  assert.equal(searchPath('winkel diefstal'), '/zoeken/?q=winkel+diefstal');
});
