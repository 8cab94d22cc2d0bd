/**
 * Translations stay in step with their Dutch source: on a copy of the real
 * content, a substantive change to the Dutch stappenplan makes `npm run check`
 * name each of its translations (file and language), a routine one does not,
 * and wrong translation fields are errors with file and line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STAPPENPLAN = 'toolkits/stappenplan-na-een-overval.mdx';
const TRANSLATED = ['tr', 'ar', 'pl', 'zh'];

function check(mutate: (dir: string) => void): { status: number | null; output: string } {
  const work = mkdtempSync(join(tmpdir(), 'kvo-translations-'));
  try {
    cpSync('content', work, { recursive: true });
    mutate(work);
    const result = spawnSync(process.execPath, ['scripts/check.ts', 'landelijk'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: work, GITHUB_ACTIONS: '' } });
    return { status: result.status, output: result.stdout + result.stderr };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const rewrite = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

test('the content as committed has no out-of-date translation', () => {
  const result = check(() => {});
  assert.equal(result.status, 0, result.output);
  assert.doesNotMatch(result.output, /translationBasedOn/);
});

test('a substantive change to the Dutch stappenplan names its four translations, each with its language', () => {
  const result = check((dir) => rewrite(dir, STAPPENPLAN, (text) => text.replace('## Tijdens de overval', '## Tijdens de overval\n\nDruk eerst op de overvalknop als dat veilig kan.\n')));
  assert.equal(result.status, 0, 'an out-of-date translation is a warning, not an error');
  const names = { tr: 'Turks', ar: 'Arabisch', pl: 'Pools', zh: 'Chinees' } as Record<string, string>;
  for (const lang of TRANSLATED) {
    assert.match(
      result.output,
      new RegExp(`! .*toolkits/${lang}/stappenplan-na-een-overval\\.mdx — translationBasedOn: vertaling \\(${names[lang]}[^)]*\\)?\\)? van een oudere versie van .*toolkits/stappenplan-na-een-overval\\.mdx .*npm run translations:accept -- ${lang}/toolkits/stappenplan-na-een-overval`),
      result.output,
    );
  }
  assert.equal(result.output.match(/translationBasedOn: vertaling/g)?.length, 4, result.output);
});

test('a routine change (review date, keywords) leaves the translations up to date', () => {
  const result = check((dir) => rewrite(dir, STAPPENPLAN, (text) => text.replace(/^reviewed: .*$/m, 'reviewed: 2026-12-01').replace(/^keywords: \[/m, 'keywords: [extra trefwoord, ')));
  assert.equal(result.status, 0, result.output);
  assert.doesNotMatch(result.output, /translationBasedOn: vertaling/);
});

test('translationOf naming another page, and translation fields in a Dutch file, are errors with file and line', () => {
  const result = check((dir) => {
    rewrite(dir, 'toolkits/tr/stappenplan-na-een-overval.mdx', (text) => text.replace('translationOf: "toolkits/stappenplan-na-een-overval"', 'translationOf: "toolkits/stappenplan-afpersing"'));
    rewrite(dir, 'pages/privacy.mdx', (text) => text.replace(/\n---\n/, '\ntranslationReviewed: false\n---\n'));
  });
  assert.equal(result.status, 1);
  assert.match(result.output, /✗ .*toolkits\/tr\/stappenplan-na-een-overval\.mdx:\d+ — translationOf: "toolkits\/stappenplan-afpersing" — verwacht "toolkits\/stappenplan-na-een-overval"/);
  assert.match(result.output, /✗ .*pages\/privacy\.mdx:\d+ — translationReviewed: translationReviewed in een Nederlands bestand/);
});
