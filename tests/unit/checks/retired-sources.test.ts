import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRetiredSources, retiredSourceProblems } from '../../../src/lib/checks/retired-sources.ts';

const retired = [{ domain: 'digitaltrustcenter.nl', since: new Date('2026-01-01'), why: 'opgegaan in het NCSC', use: 'https://www.ncsc.nl/' }];

test('sources and links to a retired site or its subdomains are found, with field and line', () => {
  const text = '---\ntitle: "X"\nsources:\n  - title: "DTC"\n    url: "https://www.digitaltrustcenter.nl/basisscan"\n---\n\nZie [de scan](https://mijn.digitaltrustcenter.nl/scan) of [het NCSC](https://www.ncsc.nl/).\n';
  const problems = retiredSourceProblems('a.mdx', text, retired);
  assert.deepEqual(problems.map((problem) => [problem.field, problem.line]), [['sources', 5], ['tekst', 8]]);
  assert.match(problems[0]!.expected, /https:\/\/www\.ncsc\.nl\//);
});

test('a look-alike domain is not retired', () => {
  assert.deepEqual(retiredSourceProblems('a.mdx', 'https://notdigitaltrustcenter.nl/', retired), []);
});

test('the list file is checked like content: a bad entry names file, field and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kvo-retired-'));
  writeFileSync(join(dir, 'retired-sources.yaml'), 'oud.nl:\n  since: 2026-01-01\n  why: "weg"\n  use: "http://nieuw.nl/"\n');
  const { retired: sites, problems } = loadRetiredSources(dir);
  assert.deepEqual(sites, []);
  assert.deepEqual(problems.map((problem) => [problem.field, problem.line]).sort(), [['oud.nl, use', 4], ['oud.nl, why', 3]].sort());
});

test('no list file means nothing is retired', () => {
  assert.deepEqual(loadRetiredSources(mkdtempSync(join(tmpdir(), 'kvo-retired-'))), { retired: [], problems: [] });
});
