/**
 * A content file is data, not code: an MDX body that tries to run code at
 * build time (import/export with a side effect) or in the browser (<script>)
 * is refused by `npm run check` and by the real production build, for a
 * national and for a regional file, and the code never runs: the marker file
 * it would write does not appear.
 *
 * Each case works on a copy of the project (src, scripts, content, regions;
 * node_modules linked), so the worktree itself is never changed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT_FILES = ['src', 'scripts', 'public', 'content', 'regions', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

interface Run {
  status: number | null;
  output: string;
}

function withProject(body: (root: string, marker: string) => void): void {
  const work = mkdtempSync(join(tmpdir(), 'kvo-code-'));
  const root = join(work, 'project');
  try {
    for (const file of PROJECT_FILES) cpSync(file, join(root, file), { recursive: true });
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    body(root, join(work, 'pwned.txt'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(root: string, script: string, args: string[], env: Record<string, string>): Run {
  const { CONTENT_DIR: _content, REGION: _region, OUT_DIR: _out, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', env: { ...inherited, GITHUB_ACTIONS: '', ...env } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Code that leaves a marker if it ever runs, at build time (ESM) or in a browser (script). */
function attack(marker: string): string {
  return [
    '',
    `import { writeFileSync } from "node:fs";`,
    `export const pwned = writeFileSync(${JSON.stringify(marker)}, "ran");`,
    '',
    `<script>{'localStorage["decap-cms-user"]'}</script>`,
    '',
  ].join('\n');
}

for (const [label, edition, file] of [
  ['national', 'landelijk', 'content/themes/overvallen.mdx'],
  ['regional', 'voorbeeld-noord', 'regions/voorbeeld-noord/content/themes/overvallen.mdx'],
] as const) {
  test(`a ${label} file with code fails check and build, and its code never runs`, () => {
    withProject((root, marker) => {
      appendFileSync(join(root, file), attack(marker));

      const check = run(root, 'scripts/check.ts', [edition], {});
      assert.equal(check.status, 1, check.output);
      assert.match(check.output, new RegExp(`✗ ${file.replace(/[./]/g, '\\$&')}:\\d+ — inhoud: code: import \\{ writeFileSync \\}.* — verwacht Markdown-tekst`));
      assert.match(check.output, new RegExp(`✗ ${file.replace(/[./]/g, '\\$&')}:\\d+ — inhoud: de tag <script>`));
      assert.equal(existsSync(marker), false, 'the check must not run content code');

      const outDir = join(root, 'dist');
      const build = run(root, 'scripts/build.ts', [], { REGION: edition, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(root, 'cache') });
      assert.notEqual(build.status, 0, build.output);
      assert.match(build.output, new RegExp(`${file.replace(/[./]/g, '\\$&')}:\\d+ — veld "inhoud": gevonden code: import \\{ writeFileSync \\}`));
      assert.equal(existsSync(marker), false, 'the build must not run content code');
      assert.equal(existsSync(join(outDir, 'index.html')), false, 'nothing is published');
    });
  });
}
