import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planOverlay, type SourceFile } from '../../../src/lib/editions/overlay.ts';
import { sourceHash, substantiveHash } from '../../../src/lib/editions/source-hash.ts';

const file = (slug: string, data: Record<string, unknown>, where = 'content/toolkits', lang: 'nl' | 'en' = 'nl'): SourceFile => {
  const text = `---\n${Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\nTekst van ${slug}\n`;
  return { slug, lang, file: `${where}/${lang === 'en' ? 'en/' : ''}${slug}.mdx`, data, body: `Tekst van ${slug}`, text };
};
const national = [file('a', { title: 'A' }), file('b', { title: 'B' }), file('c', { title: 'C' }), file('a', { title: 'A (en)' }, 'content/toolkits', 'en')];
const regionDir = 'regions/noord/content/toolkits';
const base = { collection: 'toolkits', national, hidden: [], regionFile: 'regions/noord/region.yaml' };

test('without a region every national entry is kept, translations under their language', () => {
  const plan = planOverlay({ ...base, regional: [] });
  assert.deepEqual(plan.entries.map((e) => [e.id, e.provenance]), [['a', 'national'], ['b', 'national'], ['c', 'national'], ['en/a', 'national']]);
  assert.deepEqual(plan.problems, []);
});

test('extend keeps the national text, overrides given fields and carries the regional section', () => {
  const plan = planOverlay({ ...base, regional: [file('a', { overlay: 'extend', summary: 'Regionaal' }, regionDir)] });
  const a = plan.entries.find((e) => e.id === 'a')!;
  assert.equal(a.provenance, 'extended');
  assert.equal(a.file, 'content/toolkits/a.mdx');
  assert.deepEqual(a.data, { title: 'A', summary: 'Regionaal' });
  assert.deepEqual(a.extension, { id: 'toolkits/a', file: `${regionDir}/a.mdx`, body: 'Tekst van a', data: { overlay: 'extend', summary: 'Regionaal' } });
});

test('replace with the current hash replaces the text; an older hash is reported stale', () => {
  const hash = substantiveHash(national[1]!.data, national[1]!.body);
  const fresh = planOverlay({ ...base, regional: [file('b', { overlay: 'replace', basedOn: hash, title: 'B regio' }, regionDir)] });
  const b = fresh.entries.find((e) => e.id === 'b')!;
  assert.equal(b.provenance, 'regional');
  assert.equal(b.file, `${regionDir}/b.mdx`);
  assert.deepEqual(b.data, { title: 'B regio', basedOn: hash });
  assert.deepEqual(fresh.stale, []);
  const old = planOverlay({ ...base, regional: [file('b', { overlay: 'replace', basedOn: '000000000000', title: 'B regio' }, regionDir)] });
  const override = { file: `${regionDir}/b.mdx`, nationalFile: 'content/toolkits/b.mdx', collection: 'toolkits', slug: 'b', lang: 'nl', basedOn: '000000000000', currentHash: hash };
  assert.deepEqual(old.stale, [override]);
  assert.deepEqual(old.overrides, [override]);
});

test('a basedOn written as the whole-file hash (the old form) still counts as fresh', () => {
  const plan = planOverlay({ ...base, regional: [file('b', { overlay: 'replace', basedOn: sourceHash(national[1]!.text), title: 'B regio' }, regionDir)] });
  assert.deepEqual(plan.stale, []);
  assert.equal(plan.overrides.length, 1);
});

test('English replacements are planned and compared like Dutch ones', () => {
  const en = national[3]!;
  const plan = planOverlay({ ...base, regional: [file('a', { overlay: 'replace', basedOn: '111111111111', title: 'A region' }, regionDir, 'en')] });
  assert.equal(plan.entries.find((e) => e.id === 'en/a')?.provenance, 'regional');
  assert.deepEqual(plan.stale.map((s) => [s.lang, s.nationalFile, s.currentHash]), [['en', 'content/toolkits/en/a.mdx', substantiveHash(en.data, en.body)]]);
});

test('replace without basedOn tells the editor the hash to use', () => {
  const plan = planOverlay({ ...base, regional: [file('b', { overlay: 'replace', title: 'B' }, regionDir)] });
  assert.equal(plan.problems[0]?.field, 'basedOn');
  assert.match(plan.problems[0]!.expected, new RegExp(substantiveHash(national[1]!.data, national[1]!.body)));
});

test('hide removes a national entry and its translations; hiding an unknown id is an error on region.yaml', () => {
  const plan = planOverlay({ ...base, regional: [], hidden: [{ slug: 'a', index: 0 }, { slug: 'zz', index: 1 }], regionText: 'hide:\n  - toolkits/a\n  - toolkits/zz\n' });
  assert.deepEqual(plan.entries.map((e) => e.id), ['b', 'c']);
  assert.deepEqual(plan.problems.map((p) => [p.file, p.field, p.line]), [['regions/noord/region.yaml', 'hide, 2e waarde', 3]]);
});

test('a new regional id is added as regional', () => {
  const plan = planOverlay({ ...base, regional: [file('d', { title: 'D' }, regionDir)] });
  assert.equal(plan.entries.find((e) => e.id === 'd')?.provenance, 'regional');
});

test('bad overlays are errors naming the file and field', () => {
  const plan = planOverlay({
    ...base,
    hidden: [{ slug: 'c', index: 0 }],
    regional: [
      file('x', { overlay: 'extend' }, regionDir), // extends nothing
      file('b', { title: 'B' }, regionDir), // same id, no overlay
      file('a', { overlay: 'merge' }, regionDir), // unknown overlay
      file('c', { overlay: 'extend' }, regionDir), // extends a hidden entry
    ],
  });
  assert.deepEqual(
    plan.problems.map((p) => [p.file, p.field]),
    [
      [`${regionDir}/x.mdx`, 'overlay'],
      [`${regionDir}/b.mdx`, 'overlay'],
      [`${regionDir}/a.mdx`, 'overlay'],
      [`${regionDir}/c.mdx`, 'overlay'],
    ],
  );
  assert.match(plan.problems[0]!.found, /landelijk niet bestaat/);
  // A hidden page: the field is named once (no "overlay: overlay: …"), and the fix says to un-hide it.
  assert.match(plan.problems[3]!.found, /^extend van "c", een pagina die uw editie verbergt \(hide in region\.yaml\)$/);
  assert.equal(plan.problems[3]!.expected, 'geen eigen versie of aanvulling van een verborgen pagina');
  assert.match(plan.problems[3]!.fix!, /uit hide in region\.yaml/);
});

test('two regional files with the same id, and unclean file names, are refused', () => {
  const plan = planOverlay({ ...base, regional: [file('d', { title: 'D' }, regionDir), { ...file('d', { title: 'D2' }, regionDir), file: `${regionDir}/d.md` }, file('Kop Groot', {}, regionDir)] });
  assert.deepEqual(plan.problems.map((p) => [p.file, p.field]), [[`${regionDir}/d.md`, '(bestandsnaam)'], [`${regionDir}/Kop Groot.mdx`, '(bestandsnaam)']]);
});

test('extend with after: a national heading id places the section; an unknown id is an error with file and line', () => {
  const withHeadings = { ...national[0]!, body: '## Direct\n\nTekst\n\n## Daarna\n\nMeer', text: '---\ntitle: "A"\n---\n## Direct\n\nTekst\n\n## Daarna\n\nMeer\n' };
  const input = { ...base, national: [withHeadings, ...national.slice(1)] };
  const placed = planOverlay({ ...input, regional: [file('a', { overlay: 'extend', after: 'direct' }, regionDir)] });
  assert.deepEqual(placed.problems, []);
  assert.equal(placed.entries.find((e) => e.id === 'a')!.extension?.after, 'direct');
  assert.equal('after' in placed.entries.find((e) => e.id === 'a')!.data, false);
  const wrong = planOverlay({ ...input, regional: [file('a', { overlay: 'extend', after: 'drect' }, regionDir)] });
  assert.equal(wrong.problems.length, 1);
  assert.equal(wrong.problems[0]!.file, `${regionDir}/a.mdx`);
  assert.equal(wrong.problems[0]!.field, 'after');
  assert.equal(wrong.problems[0]!.line, 3);
  assert.match(wrong.problems[0]!.expected, /direct, daarna|daarna, direct/);
  assert.match(wrong.problems[0]!.expected, /bedoelt u "direct"/);
});
