/**
 * "Last changed" dates from git history: one `git log` for the whole
 * repository instead of one per file, falling back to the file's own
 * modification time outside a git checkout (e.g. a downloaded zip).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const COMMIT_MARK = '@@commit ';

/** Parses `git log --format=@@commit %cI --name-only`: the first (newest) date per file wins. */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let current: Date | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(COMMIT_MARK)) current = new Date(line.slice(COMMIT_MARK.length).trim());
    else if (line.trim() && current && !dates.has(line.trim())) dates.set(line.trim(), current);
  }
  return dates;
}

const histories = new Map<string, Map<string, Date>>();

function gitHistory(root: string): Map<string, Date> {
  const known = histories.get(root);
  if (known) return known;
  let history: Map<string, Date>;
  try {
    const output = execFileSync('git', ['log', `--format=${COMMIT_MARK}%cI`, '--name-only', '--no-renames', '--', '.'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    history = parseGitLog(output);
  } catch {
    history = new Map();
  }
  histories.set(root, history);
  return history;
}

/** When a repository file last changed: its newest commit, else its modification time. */
export function lastModified(file: string, root = process.cwd()): Date {
  const fromGit = gitHistory(root).get(file);
  if (fromGit) return fromGit;
  try {
    return statSync(`${root}/${file}`).mtime;
  } catch {
    return new Date();
  }
}
