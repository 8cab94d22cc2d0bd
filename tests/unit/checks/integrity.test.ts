import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankByDistance } from '../../../src/lib/messages/closest.ts';
import { findIntegrityProblems, type CheckedEntry } from '../../../src/lib/checks/integrity.ts';
import { THEME_SLUGS } from '../../../src/lib/model/taxonomy.ts';

const themes: CheckedEntry[] = THEME_SLUGS.map((id) => ({ collection: 'themes', id, filePath: `content/themes/${id}.mdx`, data: { title: id } }));
const organisation: CheckedEntry = { collection: 'organisations', id: 'ccv', filePath: 'content/organisations/ccv.yaml', data: {} };
const concept = (themesField: string[], owner = 'ccv'): CheckedEntry => ({
  collection: 'concepts',
  id: 'kvo',
  filePath: 'content/concepts/kvo.mdx',
  data: {
    title: 'KVO',
    reviewed: new Date('2026-01-01'),
    owner: { collection: 'organisations', id: owner },
    themes: themesField.map((id) => ({ collection: 'themes', id })),
  },
});
const source = '---\ntitle: KVO\nowner: ccv\nthemes:\n  - overvallen\n  - bestaatniet\nkind: keurmerk\n---\n';

test('valid content has no problems', () => {
  assert.deepEqual(findIntegrityProblems([...themes, organisation, concept(['overvallen'])]), []);
});

test('an unknown reference names the file, the field, the line and the valid choices', () => {
  const problems = findIntegrityProblems([...themes, organisation, concept(['overvallen', 'bestaatniet'])], { readSource: () => source });
  assert.equal(problems.length, 1);
  assert.deepEqual(problems[0], {
    file: 'content/concepts/kvo.mdx',
    field: 'themes, 2e waarde',
    line: 6,
    found: '"bestaatniet", dat niet bestaat in "themes"',
    expected: `een van: ${rankByDistance('bestaatniet', THEME_SLUGS).join(', ')}`,
  });
});

test('a misspelt reference suggests the closest id first, not the first alphabetically', () => {
  const [problem] = findIntegrityProblems([...themes, organisation, concept(['overvallen', 'winkelcriminalitiet'])], { readSource: () => source });
  assert.match(problem!.expected, /^een van: winkelcriminaliteit, .* — bedoelt u "winkelcriminaliteit"\?$/);
});

test('a reference to an entry that exists but has its own error is not a second error', () => {
  const problems = findIntegrityProblems([...themes, concept(['overvallen'])], { readSource: () => source, unchecked: [{ collection: 'organisations', id: 'ccv' }] });
  assert.deepEqual(problems, []);
});

test('an unknown owner is reported on the owner line', () => {
  const [problem] = findIntegrityProblems([...themes, organisation, concept(['overvallen'], 'onbekend')], { readSource: () => source.replace('owner: ccv', 'owner: onbekend') });
  assert.equal(problem?.field, 'owner');
  assert.equal(problem?.line, 3);
});

test('theme files must be exactly the six fixed slugs', () => {
  const problems = findIntegrityProblems([...themes.slice(1), { collection: 'themes', id: 'brandstichting', filePath: 'content/themes/brandstichting.mdx', data: {} }]);
  assert.deepEqual(
    problems.map((problem) => [problem.file, problem.field]),
    [
      ['content/themes/brandstichting.mdx', '(bestandsnaam)'],
      ['content/themes/cybercriminaliteit.mdx', '(bestand)'],
    ],
  );
});

test('every problem is reported in one run', () => {
  assert.equal(findIntegrityProblems([...themes.slice(2), organisation, concept(['x'], 'y')]).length, 4);
});

test('an impossible date is caught in the written text, with its line', () => {
  const entry: CheckedEntry = { ...organisation, data: { reviewed: new Date('2027-02-14') } };
  const [problem] = findIntegrityProblems([...themes, entry], { readSource: (path) => (path.endsWith('ccv.yaml') ? 'title: CCV\nreviewed: 2026-13-45\n' : undefined) });
  assert.deepEqual(problem, {
    file: 'content/organisations/ccv.yaml',
    field: 'reviewed',
    line: 2,
    found: '"2026-13-45"',
    expected: 'een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-01',
  });
});

test('translated theme files use the same fixed slugs', () => {
  const english: CheckedEntry = { collection: 'themes', id: 'en/overvallen', filePath: 'content/themes/en/overvallen.mdx', data: { lang: 'en' } };
  const wrong: CheckedEntry = { collection: 'themes', id: 'en/robbery', filePath: 'content/themes/en/robbery.mdx', data: { lang: 'en' } };
  assert.deepEqual(findIntegrityProblems([...themes, english]), []);
  assert.equal(findIntegrityProblems([...themes, wrong])[0]?.file, 'content/themes/en/robbery.mdx');
});
