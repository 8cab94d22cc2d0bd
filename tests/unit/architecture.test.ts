/**
 * The shape of the code (docs/architecture.md): src/lib grouped by concern, unit tests mirroring it, and
 * for .astro files — which dependency-cruiser cannot read — the import rule it enforces on .ts files:
 * outside its folder a concern with an index.ts is used through that index.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const lib = 'src/lib';
const folders = readdirSync(lib, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const looseModules = readdirSync(lib).filter((name) => name.endsWith('.ts'));
const indexed = folders.filter((folder) => existsSync(join(lib, folder, 'index.ts')));

test('src/lib is grouped by concern: 4 to 12 folders of at most 16 modules, at most 3 loose modules', () => {
  assert.ok(folders.length >= 4 && folders.length <= 12, `${folders.length} folders`);
  assert.ok(looseModules.length <= 3, `loose: ${looseModules.join(', ')}`);
  for (const folder of folders) {
    const modules = readdirSync(join(lib, folder)).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
    assert.ok(modules.length <= 16, `${folder}: ${modules.length} modules`);
  }
});

test('every concern opens with a paragraph on what it owns and may import', () => {
  for (const folder of folders) {
    const main = indexed.includes(folder) ? join(lib, folder, 'index.ts') : readdirSync(join(lib, folder)).map((name) => join(lib, folder, name)).find((file) => /\(concern\)/.test(readFileSync(file, 'utf8').slice(0, 200)));
    assert.ok(main, `${folder}: no index.ts and no module that opens with "(concern)"`);
    const opening = /^\/\*\*([\s\S]*?)\*\//.exec(readFileSync(main, 'utf8'))?.[1] ?? '';
    assert.match(opening, /[Mm]ay import/, `${main}: the opening comment says what the concern may import`);
  }
});

test('unit tests mirror the folders of src/lib', () => {
  const testFolders = readdirSync('tests/unit', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const folder of testFolders) assert.ok([...folders, 'scripts', 'i18n', 'docs'].includes(folder), `tests/unit/${folder} has no src/lib/${folder}`);
  const loose = readdirSync('tests/unit').filter((name) => name.endsWith('.test.ts'));
  assert.deepEqual(loose, ['architecture.test.ts']);
});

test('.astro files use a concern of src/lib through its index', () => {
  const astroFiles = readdirSync('src', { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.astro')).map((entry) => join(entry.parentPath, entry.name));
  assert.ok(astroFiles.length > 20);
  const problems: string[] = [];
  for (const file of astroFiles) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    for (const [, specifier] of frontmatter.matchAll(/from\s+'(\.[^']+)'/g)) {
      const target = relative(resolve('.'), resolve(dirname(file), specifier!)).split('\\').join('/');
      const hit = /^src\/lib\/([^/]+)\/([^/]+)$/.exec(target);
      if (hit && indexed.includes(hit[1]!) && hit[2] !== 'index.ts') problems.push(`${file}: ${specifier} (use src/lib/${hit[1]}/index.ts)`);
    }
  }
  assert.deepEqual(problems, []);
});
