import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterCss, optionId } from '../../../src/lib/site/filters.ts';

test('filterCss writes one hiding rule per option, matching themes by word and kinds exactly', () => {
  const css = filterCss('filter-toolkits', [
    { attribute: 'themes', legend: 'Thema', options: [{ value: 'overvallen', label: 'Overvallen' }] },
    { attribute: 'kind', legend: 'Soort', options: [{ value: 'checklist', label: 'Checklist' }, { value: 'stappenplan', label: 'Stappenplan' }] },
  ]);
  assert.deepEqual(css.split('\n'), [
    '#filter-toolkits:has(#filter-toolkits-themes-overvallen:checked) .card-list>li:not([data-themes~="overvallen"]){display:none}',
    '#filter-toolkits:has(#filter-toolkits-kind-checklist:checked) .card-list>li:not([data-kind="checklist"]){display:none}',
    '#filter-toolkits:has(#filter-toolkits-kind-stappenplan:checked) .card-list>li:not([data-kind="stappenplan"]){display:none}',
  ]);
  assert.equal(optionId('x', 'kind', 'checklist'), 'x-kind-checklist');
});

test('filterCss refuses values that could break out of the selector', () => {
  assert.throws(() => filterCss('x', [{ attribute: 'kind', legend: 'Soort', options: [{ value: 'a"]{}', label: 'A' }] }]), /lower-case slug/);
});
