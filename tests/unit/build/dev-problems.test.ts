import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsForPage, type DevCheck } from '../../../src/lib/build/dev-problems.ts';
import { renderDevErrorPage } from '../../../src/lib/build/dev-error-page.ts';

const problem = (file: string) => ({ file, field: 'title', line: 2, found: 'een dubbele punt', expected: 'tekst', fix: 'zet de tekst tussen aanhalingstekens: title: "A: B"' });

function devCheck(errors: ReturnType<typeof problem>[], missing: string[] = []): DevCheck {
  return {
    errors,
    pages: new Map([
      ['/themas/overvallen/', ['content/themes/overvallen.mdx']],
      ['/toolkits/checklist/', ['content/toolkits/checklist.mdx']],
      ['/themas/afpersing/', ['content/themes/afpersing.mdx']],
    ]),
    references: new Map([['/toolkits/checklist/', ['themes/overvallen']]]),
    entryFiles: new Map([
      ['themes/overvallen', ['content/themes/overvallen.mdx']],
      ['toolkits/checklist', ['content/toolkits/checklist.mdx']],
      ['themes/afpersing', ['content/themes/afpersing.mdx']],
      ['organisations/ccv', ['content/organisations/ccv.yaml']],
    ]),
    missing: new Set(missing),
  };
}

test('an error breaks only the page it is on', () => {
  const check = devCheck([problem('content/themes/overvallen.mdx')]);
  assert.equal(problemsForPage(check, '/themas/overvallen/').problems.length, 1);
  assert.deepEqual(problemsForPage(check, '/themas/afpersing/').problems, []);
  assert.deepEqual(problemsForPage(check, '/toolkits/checklist/').problems, [], 'the last good version of the theme serves the checklist');
});

test('a page that refers to an entry that could not be loaded shows that entry’s error', () => {
  const check = devCheck([problem('content/themes/overvallen.mdx')], ['themes/overvallen']);
  assert.equal(problemsForPage(check, '/toolkits/checklist/').problems[0]?.file, 'content/themes/overvallen.mdx');
  assert.deepEqual(problemsForPage(check, '/themas/afpersing/').problems, []);
});

test('an error outside every entry shows on every page', () => {
  const result = problemsForPage(devCheck([problem('content/themes/inbraak.mdx')]), '/themas/afpersing/');
  assert.equal(result.global, true);
  assert.equal(result.problems.length, 1);
});

test('the error page is Dutch, escapes the content and says what to do', () => {
  const html = renderDevErrorPage([{ ...problem('content/themes/<x>.mdx') }], false);
  assert.match(html, /<html lang="nl">/);
  assert.match(html, /Deze pagina heeft een fout in de inhoud/);
  assert.match(html, /content\/themes\/&lt;x&gt;\.mdx/);
  assert.match(html, /Wat te doen<\/dt><dd>zet de tekst tussen aanhalingstekens: title: &quot;A: B&quot;/);
});
