/**
 * The example editions in regions/ are the living documentation of every
 * regional feature; the end-to-end suite tests each feature on them. This
 * test makes sure they keep exercising all of them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEdition } from '../../../src/lib/checks/content-check.ts';
import { resolveEdition } from '../../../src/lib/editions/edition.ts';
import { editionPaths } from '../../../src/lib/editions/edition-plan.ts';
import { listRegions } from '../../../src/lib/editions/region-config.ts';

const examples = listRegions(process.cwd()).filter((id) => id.startsWith('voorbeeld-'));

test('there are two example editions', () => {
  assert.equal(examples.length, 2);
});

test('together they extend, replace, hide, add pages, events, warnings and scan questions, hide a scan question, and use English', () => {
  const used = new Set<string>();
  for (const id of examples) {
    const edition = resolveEdition({ REGION: id }, process.cwd());
    const { plans } = checkEdition(edition, editionPaths(process.cwd(), {}));
    const entries = Object.values(plans).flatMap((plan) => plan.entries);
    if (edition.hide.length) used.add('hide');
    if (edition.hide.some((key) => key.startsWith('scan/'))) used.add('hide scan question');
    if (plans.scan.entries.some((entry) => entry.provenance === 'regional')) used.add('scan question');
    if (edition.locales.includes('en')) used.add('english');
    if (Object.keys(edition.tokens).length) used.add('tokens');
    if (edition.logoSvg) used.add('logo');
    if (plans.events.entries.length) used.add('events');
    if (plans.warnings.entries.some((entry) => entry.provenance === 'regional')) used.add('regional warning');
    for (const entry of entries) {
      if (entry.provenance === 'extended') used.add('extend');
      if (entry.provenance === 'regional' && entry.data.basedOn) used.add('replace');
      if (entry.provenance === 'regional' && !entry.data.basedOn && entry.file.includes('/content/pages/')) used.add('regional page');
    }
  }
  assert.deepEqual([...used].sort(), ['english', 'events', 'extend', 'hide', 'hide scan question', 'logo', 'regional page', 'regional warning', 'replace', 'scan question', 'tokens']);
});
