import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plural, useTranslations } from '../../../src/i18n/index.ts';
import { sectionIntro, sectionLabel } from '../../../src/lib/site/section-labels.ts';
import { ROUTED_COLLECTIONS } from '../../../src/lib/model/routes.ts';
import { AUDIENCES, CONCEPT_KINDS, SEARCH_TYPES, TOOLKIT_KINDS } from '../../../src/lib/model/taxonomy.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { en } from '../../../src/i18n/en.ts';

test('placeholders are filled, unknown ones left visible', () => {
  const t = useTranslations('nl');
  assert.equal(t('search.count.many', { count: 7 }), '7 resultaten');
  assert.equal(t('search.none'), 'Geen resultaten voor “{query}”. Hieronder vindt u hulp.');
});

test('an unknown language falls back to Dutch', () => {
  assert.equal(useTranslations('xx')('search.submit'), 'Zoeken');
});

test('every taxonomy value and section has a label', () => {
  const keys = new Set(Object.keys(nl));
  for (const value of AUDIENCES) assert.ok(keys.has(`audience.${value}`), value);
  for (const value of CONCEPT_KINDS) assert.ok(keys.has(`conceptKind.${value}`), value);
  for (const value of TOOLKIT_KINDS) assert.ok(keys.has(`toolkitKind.${value}`), value);
  for (const value of SEARCH_TYPES) assert.ok(keys.has(`type.${value}`), value);
  const t = useTranslations('nl');
  for (const collection of ROUTED_COLLECTIONS) {
    assert.ok(sectionLabel(collection, t).length > 2);
    assert.ok(sectionIntro(collection, t).length > 20);
  }
});

test('plural picks the one or many form', () => {
  const t = useTranslations('nl');
  assert.equal(plural(t, 'count.toolkits', 1), '1 toolkit');
  assert.equal(plural(t, 'count.toolkits', 0), '0 toolkits');
  assert.equal(plural(t, 'count.concepts', 4), '4 concepten');
});

test('English has every key and its own words', () => {
  const nlKeys = Object.keys(nl).sort();
  assert.deepEqual(Object.keys(en).sort(), nlKeys);
  assert.equal(useTranslations('en')('search.submit'), 'Search');
});
