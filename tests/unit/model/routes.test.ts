import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, entryPath, eventCalendarPath, eventPath, homePath, langParam, localePrefix, searchPagePath, sectionPath, withBase } from '../../../src/lib/model/routes.ts';

test('entry and section paths follow the Dutch URL contract with a trailing slash', () => {
  assert.equal(sectionPath('themes'), '/themas/');
  assert.equal(entryPath('concepts', 'camera-in-beeld'), '/concepten/camera-in-beeld/');
  assert.equal(entryPath('toolkits', 'x'), '/toolkits/x/');
  assert.equal(entryPath('pages', 'privacy'), '/over/privacy/');
});

test('withBase prefixes root-relative paths once and leaves other URLs alone', () => {
  assert.equal(withBase('/themas/', '/'), '/themas/');
  assert.equal(withBase('/themas/', '/kennisbank/'), '/kennisbank/themas/');
  assert.equal(withBase('/kennisbank/themas/', '/kennisbank'), '/kennisbank/themas/');
  assert.equal(withBase('https://politie.nl/', '/kennisbank/'), 'https://politie.nl/');
  assert.equal(withBase('//cdn.example/x', '/kennisbank/'), '//cdn.example/x');
  assert.equal(withBase('#inhoud', '/kennisbank/'), '#inhoud');
});

test('absoluteUrl joins a path to the site', () => {
  assert.equal(absoluteUrl('/themas/', 'https://example.nl'), 'https://example.nl/themas/');
  assert.equal(absoluteUrl('/kennisbank/themas/', 'https://example.nl/'), 'https://example.nl/kennisbank/themas/');
});

test('English paths live under /en/ with the same slugs', () => {
  assert.equal(entryPath('themes', 'overvallen', 'en'), '/en/themas/overvallen/');
  assert.equal(sectionPath('pages', 'en'), '/en/over/');
  assert.equal(homePath('en'), '/en/');
  assert.equal(homePath(), '/');
  assert.equal(searchPagePath('en'), '/en/zoeken/');
  assert.equal(localePrefix('nl'), '');
  assert.equal(langParam('nl'), undefined);
  assert.equal(langParam('en'), 'en');
});

test('event pages and their calendar files', () => {
  assert.equal(eventPath('avond'), '/agenda/avond/');
  assert.equal(eventCalendarPath('avond'), '/agenda/avond.ics');
});

