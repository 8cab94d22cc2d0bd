/**
 * The W3C Nu HTML Checker (vnu.jar, the validator behind validator.w3.org) on
 * every HTML file of every built edition: one JVM for all editions' folders
 * (starting and warming up a JVM costs more than checking a page), so the
 * check stays a few seconds. Any error fails with the file, line and message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { builtEditions, filesUnder, rootPages } from './built.ts';

const run = promisify(execFile);
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

async function checkDirectories(dirs: string[]): Promise<NuMessage[]> {
  // vnu exits 1 when it reports errors; the JSON on stderr is what counts.
  const result = await run('java', ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', ...dirs], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string; code?: number }) => {
      if (error.code === 1 && error.stderr?.includes('"messages"')) return { stdout: error.stdout ?? '', stderr: error.stderr };
      throw error;
    },
  );
  const json = JSON.parse(result.stderr || result.stdout) as { messages: NuMessage[] };
  return json.messages;
}

const editions = builtEditions();
/** On a shared host (PAGES_URL, PAGES_BASE) the root pages that lead to the editions are published too. */
const root = rootPages();

test('the W3C Nu HTML Checker finds no error on any page of any edition', async () => {
  const messages = await checkDirectories([...editions.map((edition) => edition.dir), ...root]);
  for (const edition of editions) {
    const pages = filesUnder(edition.dir, '.html').length;
    assert.ok(pages > 10, `${edition.id}: only ${pages} HTML files checked`);
  }
  const errors = messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => {
      const file = message.url ? relative(process.cwd(), fileURLToPath(message.url)) : '(?)';
      const extract = message.extract ? ` [${message.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}]` : '';
      return `${file}${message.lastLine ? `:${message.lastLine}` : ''} — ${message.message}${extract}`;
    });
  if (errors.length) assert.fail(`Nu HTML Checker: ${errors.length} fout(en)\n${errors.join('\n')}`);
});
