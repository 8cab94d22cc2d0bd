/**
 * The regional overlay on warnings, as the loader and the check run it
 * (planCollection on files in a temporary repository): a region adds its own
 * warning, extends a national one with a regional section, or hides one
 * through region.yaml; a hide of an unknown warning is an error on region.yaml.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveEdition } from '../../../src/lib/editions/edition.ts';
import { clearPlanCache, editionPaths, planCollection } from '../../../src/lib/editions/edition-plan.ts';

const warning = (title: string, published: string, expires: string) => `---
title: "${title}"
summary: "Een waarschuwing om het samenvoegen van landelijke en regionale teksten te testen."
reviewed: 2026-12-01
published: ${published}
expires: ${expires}
kind: oplichting
themes: [cybercriminaliteit]
sources:
  - title: "Fraudehelpdesk"
    url: "https://www.fraudehelpdesk.nl/"
    date: 2026-11-20
---

## Wat gebeurt er?

Tekst van ${title}.
`;

function repository(hide: string[], regional: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'kvo-warnings-'));
  mkdirSync(join(root, 'content', 'warnings'), { recursive: true });
  writeFileSync(join(root, 'content', 'warnings', 'landelijk-a.mdx'), warning('Landelijk A', '2026-11-01', '2027-05-01'));
  writeFileSync(join(root, 'content', 'warnings', 'landelijk-b.mdx'), warning('Landelijk B', '2026-10-01', '2027-04-01'));
  const region = join(root, 'regions', 'noord');
  cpSync('regions/voorbeeld-noord/public', join(region, 'public'), { recursive: true });
  const yaml = readFileSync('regions/voorbeeld-noord/region.yaml', 'utf8').replace(/^hide:\n(  - .*\n)+/m, hide.length ? `hide:\n${hide.map((key) => `  - ${key}\n`).join('')}` : 'hide: []\n');
  writeFileSync(join(region, 'region.yaml'), yaml);
  mkdirSync(join(region, 'content', 'warnings'), { recursive: true });
  for (const [name, text] of Object.entries(regional)) writeFileSync(join(region, 'content', 'warnings', name), text);
  clearPlanCache();
  const plan = planCollection('warnings', resolveEdition({ REGION: 'noord' }, root), editionPaths(root, {}));
  rmSync(root, { recursive: true, force: true });
  return plan;
}

test('a region adds its own warning, extends a national one and hides another', () => {
  const plan = repository(['warnings/landelijk-b'], {
    'regio-c.mdx': warning('Regionaal C', '2026-11-24', '2027-03-24'),
    'landelijk-a.mdx': '---\noverlay: extend\n---\n\n## In Voorbeeldstad\n\nOok hier gemeld.\n',
  });
  assert.deepEqual(plan.problems, []);
  const entries = new Map(plan.entries.map((entry) => [entry.id, entry]));
  assert.deepEqual([...entries.keys()].sort(), ['landelijk-a', 'regio-c'], 'landelijk-b is hidden');
  assert.equal(entries.get('regio-c')!.provenance, 'regional');
  assert.equal(entries.get('regio-c')!.file, 'regions/noord/content/warnings/regio-c.mdx');
  const extended = entries.get('landelijk-a')!;
  assert.equal(extended.provenance, 'extended');
  assert.equal(extended.extension?.id, 'warnings/landelijk-a');
  assert.deepEqual(extended.parsed?.expires, new Date('2027-05-01T00:00:00Z'), 'the national dates stay');
});

test('a regional warning is checked like a national one: expires more than a year out names the regional file and line', () => {
  const plan = repository([], { 'regio-c.mdx': warning('Regionaal C', '2026-11-24', '2028-01-01') });
  assert.equal(plan.problems.length, 1);
  assert.equal(plan.problems[0]!.file, 'regions/noord/content/warnings/regio-c.mdx');
  assert.equal(plan.problems[0]!.field, 'expires');
  assert.equal(plan.problems[0]!.line, 6);
});

test('hiding a warning that does not exist nationally is an error on region.yaml', () => {
  const plan = repository(['warnings/bestaat-niet'], {});
  assert.equal(plan.problems.length, 1);
  assert.equal(plan.problems[0]!.file, 'regions/noord/region.yaml');
  assert.match(plan.problems[0]!.found, /"warnings\/bestaat-niet", dat landelijk niet bestaat/);
});
