/**
 * Bad content stops the build with a message that names the file and the
 * field, and nothing is published. Each case breaks one valid fixture file
 * and runs the real production build on it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOutputDir } from './support/output-dir.ts';

const FIXTURE = 'tests/fixtures/content-minimal';

interface BuildResult {
  status: number | null;
  output: string;
  published: boolean;
}

/** Copies the fixture, lets `mutate` break it, and builds it into a temporary folder. */
function buildFixture(mutate: (contentDir: string) => void): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'kvo-fixture-'));
  const contentDir = join(work, 'content');
  const outDir = buildOutputDir('kvo-fixture-site-');
  cpSync(FIXTURE, contentDir, { recursive: true });
  mutate(contentDir);
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache') },
  });
  const published = existsSync(join(outDir, 'index.html'));
  rmSync(work, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, published };
}

function edit(contentDir: string, file: string, change: (text: string) => string): void {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function assertFails(result: BuildResult, ...expected: RegExp[]): void {
  assert.notEqual(result.status, 0, `the build should fail:\n${result.output}`);
  assert.equal(result.published, false, 'a failed build must not publish anything');
  for (const pattern of expected) assert.match(result.output, pattern);
}

test('the untouched fixture builds (control for the cases below)', () => {
  const result = buildFixture(() => {});
  assert.equal(result.status, 0, result.output);
  assert.equal(result.published, true);
  assert.match(result.output, /Pagefind: zoekindex gemaakt \(nl: \d+ pagina's\)/);
});

test('a missing required field names the file and the field', () => {
  const result = buildFixture((dir) => edit(dir, 'concepts/testconcept.mdx', (text) => text.replace(/^summary: .*\n/m, '')));
  assertFails(result, /concepts\/testconcept\.mdx:1 — veld "summary": gevonden niets \(veld ontbreekt\); verwacht tekst; voeg een regel "summary: …" toe/);
});

test('a wrong type names the file, the field and the expected type', () => {
  const result = buildFixture((dir) => edit(dir, 'themes/overvallen.mdx', (text) => text.replace(/^order: \d+$/m, 'order: vierde')));
  assertFails(result, /themes\/overvallen\.mdx:5 — veld "order": gevonden "vierde"; verwacht een getal/);
});

test('an unknown reference names the file, the field, the line and the valid ids', () => {
  const result = buildFixture((dir) => edit(dir, 'concepts/testconcept.mdx', (text) => text.replace('winkelcriminaliteit]', 'winkeldiefstal]')));
  assertFails(result, /concepts\/testconcept\.mdx:6 — veld "themes, 2e waarde": gevonden "winkeldiefstal", dat niet bestaat in "themes"; verwacht een van: .*winkelcriminaliteit/);
});

test('a misspelt reference suggests the closest id', () => {
  const result = buildFixture((dir) => edit(dir, 'concepts/testconcept.mdx', (text) => text.replace('winkelcriminaliteit]', 'winkelcriminalitiet]')));
  assertFails(result, /concepts\/testconcept\.mdx:6 — veld "themes, 2e waarde": gevonden "winkelcriminalitiet".*; verwacht een van: winkelcriminaliteit, .* — bedoelt u "winkelcriminaliteit"\?/);
});

test('an unknown owner organisation is reported the same way', () => {
  const result = buildFixture((dir) => edit(dir, 'concepts/testconcept.mdx', (text) => text.replace('owner: testorganisatie', 'owner: onbekend')));
  assertFails(result, /concepts\/testconcept\.mdx:5 — veld "owner": gevonden "onbekend"/);
});

test('a bad date names the file, the field and the expected format', () => {
  const result = buildFixture((dir) => edit(dir, 'toolkits/testchecklist.mdx', (text) => text.replace('reviewed: 2026-11-01', 'reviewed: 2026-13-45')));
  assertFails(result, /toolkits\/testchecklist\.mdx:4 — veld "reviewed": gevonden "2026-13-45"; verwacht een datum als JJJJ-MM-DD/);
});

test('a source without a valid URL names the field', () => {
  const result = buildFixture((dir) => edit(dir, 'pages/privacy.mdx', (text) => text.replace('url: "https://example.org/bron"', 'url: "example.org/bron"')));
  assertFails(result, /pages\/privacy\.mdx:7 — veld "sources, 1e waarde, url": gevonden "example\.org\/bron"; verwacht een volledige URL.* die begint met https:\/\//);
});

test('a theme file outside the six fixed themes is refused', () => {
  const result = buildFixture((dir) => cpSync(join(dir, 'themes/afpersing.mdx'), join(dir, 'themes/brandstichting.mdx')));
  assertFails(result, /themes\/brandstichting\.mdx — veld "\(bestandsnaam\)": gevonden "brandstichting"/);
});

test('an unknown sector stops the build with file, line, field and the sectors that exist', () => {
  const result = buildFixture((dir) => edit(dir, 'themes/afpersing.mdx', (text) => text.replace('sectors: [horeca]', 'sectors: [kapsalon]')));
  assertFails(result, /themes\/afpersing\.mdx:6 — veld "sectors, 1e waarde": gevonden "kapsalon", dat niet bestaat in "sectors"; verwacht een van: .*horeca/);
});

test('a YAML slip is one Dutch line that says what to do, without follow-up errors or a stack trace', () => {
  const result = buildFixture((dir) => edit(dir, 'concepts/testconcept.mdx', (text) => text.replace('title: "Testconcept"', 'title: Testconcept: een voorbeeld')));
  assertFails(result, /^1 fout in de inhoud:$/m, /concepts\/testconcept\.mdx:2 — veld "title": .*; zet de tekst tussen aanhalingstekens: title: "Testconcept: een voorbeeld"/);
  assert.doesNotMatch(result.output, /veld ontbreekt|Stack trace|\n\s+at /);
});

test('check and build agree: front matter outside the canonical form stops the build with the check’s own ✗ line', () => {
  const result = buildFixture((dir) => edit(dir, 'concepts/testconcept.mdx', (text) => text.replace(/^summary: "(.*)"$/m, 'summary: $1')));
  assertFails(result, /✗ .*concepts\/testconcept\.mdx:\d+ — front matter: “summary: [^"]*”, niet in de vaste vorm .* — verwacht op deze regel “summary: "/, /Bouwen mislukt: 1 fout \(dezelfde als in npm run check\)/);
});
