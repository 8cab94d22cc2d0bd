/**
 * Writes the pull request's bot comment (Markdown) from the outputs of the
 * content check and regions:status. Used by .github/workflows/preview.yml.
 *
 *   node scripts/preview-comment.ts <url> <check.txt> <check-exit-code> <stale.txt> <commit> [edition …]
 */
import { readFileSync } from 'node:fs';
import { previewComment } from '../src/lib/authoring/preview-comment.ts';

const [url, checkFile, checkStatus, staleFile, commit, ...editions] = process.argv.slice(2);
if (!url || !checkFile || !staleFile) {
  console.error('Gebruik: node scripts/preview-comment.ts <url> <check.txt> <exit-code> <stale.txt> <commit> [editie …]');
  process.exit(1);
}
process.stdout.write(
  previewComment({ url, checkOutput: readFileSync(checkFile, 'utf8'), checkPassed: checkStatus === '0', staleOutput: readFileSync(staleFile, 'utf8'), commit: commit ?? '', editions }),
);
