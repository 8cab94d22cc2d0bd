import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listRegions, loadRegionConfig } from '../../../src/lib/editions/region-config.ts';
import { ContentError, type ContentProblem } from '../../../src/lib/messages/errors.ts';
import { contrastRatio } from '../../../src/lib/editions/contrast.ts';
import { resolveEdition, tokenCss } from '../../../src/lib/editions/edition.ts';
import { LOCALES } from '../../../src/lib/model/languages.ts';

const VALID = `name: PVO Test
siteUrl: https://test.example
contact:
  email: info@test.example
logo: logo.svg
tokens:
  primary: '#1d5e3a'
  primaryContrast: '#ffffff'
hide:
  - toolkits/checklist-cyberbasis
`;

function withRegion(yaml: string, check: (root: string) => void, logo = true): void {
  const root = mkdtempSync(join(tmpdir(), 'region-'));
  try {
    mkdirSync(join(root, 'regions', 'test', 'public'), { recursive: true });
    writeFileSync(join(root, 'regions', 'test', 'region.yaml'), yaml);
    if (logo) writeFileSync(join(root, 'regions', 'test', 'public', 'logo.svg'), '<svg viewBox="0 0 40 40"></svg>');
    check(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function problemsOf(run: () => unknown): ContentProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  assert.fail('expected a ContentError');
}

test('a valid region.yaml loads with defaults filled in', () => {
  withRegion(VALID, (root) => {
    const config = loadRegionConfig(root, 'test');
    assert.equal(config.name, 'PVO Test');
    assert.deepEqual(config.locales, [...LOCALES]);
    assert.deepEqual(listRegions(root), ['test']);
    const edition = resolveEdition({ REGION: 'test' }, root);
    assert.equal(edition.isNational, false);
    assert.match(edition.logoSvg ?? '', /^<svg/);
    assert.equal(tokenCss(edition.tokens), 'html:root{--brand-primary:#1d5e3a;--brand-primary-contrast:#ffffff}');
  });
});

test('no REGION gives the national edition; an unknown REGION names the choices', () => {
  withRegion(VALID, (root) => {
    assert.equal(resolveEdition({}, root).isNational, true);
    const [problem] = problemsOf(() => resolveEdition({ REGION: 'onbekend' }, root));
    assert.equal(problem?.field, 'REGION');
    assert.match(problem!.expected, /test/);
  });
});

test('a missing name, a bad colour and a bad URL each name region.yaml, the field and the line', () => {
  withRegion(VALID.replace('name: PVO Test\n', '').replace("'#1d5e3a'", "'groen'").replace('https://test.example', 'test.example'), (root) => {
    const problems = problemsOf(() => loadRegionConfig(root, 'test'));
    assert.deepEqual(
      problems.map((p) => [p.file, p.field, p.line]),
      [
        ['regions/test/region.yaml', 'name', 1],
        ['regions/test/region.yaml', 'siteUrl', 1],
        ['regions/test/region.yaml', 'tokens, primary', 6],
      ],
    );
  });
});

test('a palette without enough contrast fails, naming both tokens and the ratio', () => {
  withRegion(VALID.replace("'#1d5e3a'", "'#7fbf7f'"), (root) => {
    const [problem] = problemsOf(() => loadRegionConfig(root, 'test'));
    assert.equal(problem?.field, 'tokens, primaryContrast op primary');
    assert.match(problem!.expected, /4\.5:1/);
  });
});

test('a missing logo file and invalid YAML are reported', () => {
  withRegion(VALID, (root) => assert.equal(problemsOf(() => loadRegionConfig(root, 'test'))[0]?.field, 'logo'), false);
  withRegion('name: [unclosed\n', (root) => {
    const problems = problemsOf(() => loadRegionConfig(root, 'test'));
    assert.deepEqual(problems.map((p) => [p.field, p.line]), [['name', 1]]);
    assert.match(problems[0]!.fix ?? '', /sluit de lijst/);
  });
});

test('contrastRatio matches WCAG reference values', () => {
  assert.equal(contrastRatio('#000000', '#ffffff').toFixed(1), '21.0');
  assert.equal(contrastRatio('#ffffff', '#ffffff').toFixed(1), '1.0');
  assert.equal(contrastRatio('#767676', '#fff').toFixed(2), '4.54');
});

test('themes cannot be hidden, and contact may be left out', () => {
  withRegion(VALID.replace('  - toolkits/checklist-cyberbasis', '  - themes/afpersing').replace(/contact:\n  email: info@test.example\n/, ''), (root) => {
    const [problem] = problemsOf(() => loadRegionConfig(root, 'test'));
    assert.equal(problem?.field, 'hide, 1e waarde');
    assert.match(problem!.expected, /thema's kunnen niet verborgen worden/);
  });
  withRegion(VALID.replace(/contact:\n  email: info@test.example\n/, ''), (root) => assert.deepEqual(loadRegionConfig(root, 'test').contact, {}));
});

test('a misspelt key in region.yaml is one line with its line number and the closest field, no JSON', () => {
  withRegion(VALID.replace('siteUrl:', 'siteUlr:').replace('  email:', '  emial:'), (root) => {
    const problems = problemsOf(() => loadRegionConfig(root, 'test'));
    const typo = problems.find((p) => p.field === 'siteUlr');
    assert.equal(typo?.line, 2);
    assert.equal(typo?.found, 'een onbekend veld "siteUlr"');
    assert.match(typo!.expected, /^"siteUrl" \(bedoelt u dat\?\)/);
    const nested = problems.find((p) => p.field === 'contact, emial');
    assert.equal(nested?.line, 4);
    assert.match(nested!.expected, /^"email"/);
    // The missing siteUrl points at its look-alike instead of saying "veld ontbreekt".
    const missing = problems.find((p) => p.field === 'siteUrl');
    assert.match(missing!.found, /wel een veld "siteUlr"/);
    assert.ok(problems.every((p) => !p.found.includes('{')), 'no JSON dump of the file');
  });
});

test('a YAML slip in region.yaml is one Dutch line that says what to do', () => {
  withRegion(VALID.replace('name: PVO Test', 'name: PVO: Test'), (root) => {
    const problems = problemsOf(() => loadRegionConfig(root, 'test'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 1);
    assert.equal(problems[0]!.fix, 'zet de tekst tussen aanhalingstekens: name: "PVO: Test"');
  });
});
