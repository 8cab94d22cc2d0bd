/**
 * Puts the front matter of every MDX file (content/ and regions/<id>/content/)
 * in the canonical form the CMS writes (src/lib/authoring/front-matter-format.ts).
 * The body is never touched.
 *
 *   npm run format:content            rewrite the files
 *   npm run format:content -- --check only list them (exit code 1 if any)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findUnformatted } from '../src/lib/authoring/content-format.ts';
import { count } from '../src/lib/messages/wording.ts';
import { handleKnownErrors } from './lib/cli.ts';

handleKnownErrors();
const root = process.cwd();
const unformatted = findUnformatted(root, resolve(root, process.env.CONTENT_DIR || 'content'));
const checkOnly = process.argv.includes('--check');
for (const { file, path, canonical } of unformatted) {
  if (!checkOnly) writeFileSync(path, canonical);
  console.log(`${checkOnly ? '!' : '✓'} ${file}`);
}
console.log(`${count(unformatted.length, 'bestand', 'bestanden')} ${checkOnly ? 'niet in de vaste vorm' : 'in de vaste vorm gezet'}.`);
process.exit(checkOnly && unformatted.length ? 1 : 0);
