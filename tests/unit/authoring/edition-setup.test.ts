import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCodeownersRule, findPlaceholders, missingCodeowners } from '../../../src/lib/authoring/edition-setup.ts';

const CODEOWNERS = `*                          @org/ontwikkelaars
/content/                  @org/landelijke-redactie
/regions/voorbeeld-noord/  @org/pvo-voorbeeld-noord
# einde
`;

test('a new edition gets its rule after the other regions, named and aligned like them', () => {
  const result = addCodeownersRule(CODEOWNERS, 'pvo-limburg');
  assert.equal(result.split('\n')[3], '/regions/pvo-limburg/      @org/pvo-limburg');
  assert.equal(addCodeownersRule(result, 'pvo-limburg'), result, 'adding twice changes nothing');
  assert.match(addCodeownersRule('* @org/dev\n', 'limburg'), /^\/regions\/limburg\/\s+@org\/pvo-limburg$/m);
});

test('a region without a rule is an error with the line to add, in Dutch', () => {
  assert.deepEqual(missingCodeowners(CODEOWNERS, ['voorbeeld-noord']), []);
  const [problem] = missingCodeowners(CODEOWNERS, ['limburg']);
  assert.equal(problem?.file, '.github/CODEOWNERS');
  assert.equal(problem?.line, 4);
  assert.match(problem!.fix!, /^voeg deze regel toe: \/regions\/limburg\/\s+@org\/pvo-limburg$/);
  assert.deepEqual(missingCodeowners(undefined, ['limburg']), [], 'no CODEOWNERS file: nothing to require');
});

test('template texts are found on their line, comments are not', () => {
  const problems = findPlaceholders('regions/x/region.yaml', '# VUL IN uitleg\nname: "PVO X"\ntagline: "VUL IN: zin"\nsiteUrl: "https://vul-in.example"\n');
  assert.deepEqual(problems.map((p) => [p.field, p.line]), [['tagline', 3], ['siteUrl', 4]]);
  assert.match(problems[0]!.found, /^nog tekst uit het sjabloon/);
});

test('regions:new keeps the hyphens of a region name: pvo-gelderland-zuid is PVO Gelderland-Zuid', async () => {
  const { regionName } = await import('../../../src/lib/authoring/edition-setup.ts');
  assert.equal(regionName('pvo-gelderland-zuid'), 'Gelderland-Zuid');
  assert.equal(regionName('pvo-limburg'), 'Limburg');
  assert.equal(regionName('west-brabant'), 'West-Brabant');
});
