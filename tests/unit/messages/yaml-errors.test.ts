/**
 * Each common YAML slip an editor makes gives one Dutch problem on the right
 * line, with what to do. Cases are typed as a person would, not generated.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentFile } from '../../../src/lib/model/front-matter.ts';
import { quoted } from '../../../src/lib/messages/yaml-errors.ts';

function slip(frontMatter: string) {
  const parsed = parseContentFile(`---\n${frontMatter}\n---\nTekst\n`, 'content/pages/x.mdx');
  assert.equal(parsed.problems.length, 1, JSON.stringify(parsed.problems));
  assert.equal(parsed.unreadable, true);
  const [problem] = parsed.problems;
  assert.ok(!/[A-Z][a-z]+ [a-z]+ (are|is|must|cannot|need)/.test(`${problem!.found} ${problem!.expected} ${problem!.fix}`), 'no English parser text');
  return problem!;
}

test('a colon in the text: put it between quotes, with the corrected line', () => {
  const problem = slip('title: Overval: wat nu?\nsummary: Een zin.');
  assert.equal(problem.line, 2);
  assert.equal(problem.field, 'title');
  assert.equal(problem.fix, 'zet de tekst tussen aanhalingstekens: title: "Overval: wat nu?"');
});

test('quotes inside quotes: use the other quote mark', () => {
  const problem = slip('title: "Het "KVO" keurmerk"');
  assert.equal(problem.fix, `schrijf title: 'Het "KVO" keurmerk'`);
  assert.equal(slip("summary: 'Het keurmerk van 't dorp'").fix, `schrijf summary: "Het keurmerk van 't dorp"`);
});

test('an unclosed quote is reported on the line where it opens', () => {
  const problem = slip('title: "Overvallen\nsummary: Een zin.\nreviewed: 2026-11-01');
  assert.equal(problem.line, 2);
  assert.match(problem.fix!, /zet " aan het eind van de tekst/);
});

test('tabs, duplicate fields, a missing space, reserved first characters and unclosed lists', () => {
  assert.match(slip('themes:\n\t- overvallen').fix!, /vervang de tab door spaties/);
  const duplicate = slip('title: A\nsummary: B\ntitle: C');
  assert.equal(duplicate.line, 4);
  assert.match(duplicate.found, /"title" voor de tweede keer \(ook op regel 2\)/);
  assert.equal(slip('title:Overvallen\nsummary: x').fix, 'schrijf title: Overvallen');
  assert.equal(slip('title: @thuis veilig').fix, 'zet de tekst tussen aanhalingstekens: title: "@thuis veilig"');
  assert.equal(slip('title: [Nieuw] overvaltraining').fix, 'zet de tekst tussen aanhalingstekens: title: "[Nieuw] overvaltraining"');
  const list = slip('themes: [overvallen, afpersing\nsummary: x');
  assert.equal(list.line, 2);
  assert.match(list.fix!, /sluit de lijst op dezelfde regel af met \]/);
  assert.match(slip('sources:\n  - title: Bron\n   url: https://example.org').found, /anders inspringt/);
});

test('a broken file gives no follow-up "veld ontbreekt" errors', () => {
  const parsed = parseContentFile('---\ntitle: A: B\n---\n', 'x.mdx');
  assert.deepEqual(parsed.data, {});
  assert.equal(parsed.problems.length, 1);
});

test('quoted picks the quote mark that is not in the text', () => {
  assert.equal(quoted('A: B'), '"A: B"');
  assert.equal(quoted('Het "KVO"'), `'Het "KVO"'`);
  assert.equal(quoted(`'t "KVO"`), `'''t "KVO"'`);
});

test('a missing colon is named as such, on its own line, also when the parser stops a line later', () => {
  const flat = slip('title: "A"\nsummary Een zin over iets.\nreviewed: 2026-01-01');
  assert.deepEqual([flat.line, flat.field, flat.found, flat.fix], [3, 'summary', 'geen dubbele punt na "summary"', 'schrijf summary: Een zin over iets.']);
  const nested = slip('title: "A"\nsources:\n  - title: "B"\n    url https://example.org/\n    note: x');
  assert.equal(nested.found, 'geen dubbele punt na "url"');
  assert.equal(nested.line, 5);
});
