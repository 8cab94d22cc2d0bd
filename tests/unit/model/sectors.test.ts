import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namedSectors, relevantSectors, SectorIndex } from '../../../src/lib/model/sectors.ts';
import { filterCss } from '../../../src/lib/site/filters.ts';

const entry = (id: string, title: string, sectors: string[]) => ({ id, data: { title, sectors: sectors.map((sector) => ({ collection: 'sectors', id: sector })) } });
const ALL = ['detailhandel', 'horeca', 'buitengebied'];

test('an entry that names no sector is relevant for every sector; one that names some, only for those', () => {
  assert.deepEqual(relevantSectors(entry('a', 'A', []), ALL), ALL);
  assert.deepEqual(relevantSectors(entry('b', 'B', ['horeca', 'horeca']), ALL), ['horeca']);
  assert.deepEqual(namedSectors(entry('c', 'C', [])), []);
});

test('the index lists entries naming a sector and entries for every sector apart, alphabetically', () => {
  const index = new SectorIndex([entry('z', 'Zaal', ['horeca']), entry('k', 'Kassa', ['detailhandel', 'horeca']), entry('c', 'Cyber', []), entry('a', 'Aangifte', [])]);
  assert.deepEqual(index.forSector('horeca').map((e) => e.id), ['k', 'z']);
  assert.deepEqual(index.forSector('detailhandel').map((e) => e.id), ['k']);
  assert.deepEqual(index.forSector('buitengebied'), []);
  assert.deepEqual(index.forEverySector().map((e) => e.id), ['a', 'c']);
});

test('the sector filter of the overviews matches one word of data-sectors', () => {
  assert.equal(
    filterCss('filter-toolkits', [{ attribute: 'sectors', legend: 'Sector', options: [{ value: 'horeca', label: 'Horeca' }] }]),
    '#filter-toolkits:has(#filter-toolkits-sectors-horeca:checked) .card-list>li:not([data-sectors~="horeca"]){display:none}',
  );
});
