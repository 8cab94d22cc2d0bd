/**
 * One error type for every content or configuration problem, so that the
 * build always reports the same four things: file, field, found, expected.
 */
import { count } from './wording.ts';

export interface ContentProblem {
  /** Path of the offending file, relative to the repository root. */
  file: string;
  /** The field as a person reads it, e.g. `themes, 2e waarde` or `owner` (see fieldLabel in wording.ts). */
  field: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  found: string;
  expected: string;
  /** What to do, as an instruction, when it is more than "give what is expected". */
  fix?: string | undefined;
}

export function formatProblem(problem: ContentProblem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${location} — veld "${problem.field}": gevonden ${problem.found}; verwacht ${problem.expected}${problem.fix ? `; ${problem.fix}` : ''}`;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `${count(problems.length, 'fout', 'fouten')} in de inhoud:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // A known error in the content, not a bug: tools (Astro included) print no stack trace without a stack.
    this.stack = '';
  }
}

/** Finds the 1-based line of a front matter or YAML key in a file's text. */
export function lineOfKey(text: string, key: string): number | undefined {
  const pattern = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'm');
  const match = pattern.exec(text);
  if (!match) return undefined;
  return text.slice(0, match.index).split('\n').length;
}

/**
 * The 1-based line of a nested front matter field such as `sources[1].url`:
 * follows the path down from the top-level key (list items by their "- ").
 */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  const [first, ...rest] = path;
  if (typeof first !== 'string') return undefined;
  let line = lineOfKey(text, first);
  if (line === undefined) return undefined;
  const lines = text.split('\n');
  for (const key of rest) {
    if (typeof key === 'number') {
      let seen = -1;
      let found: number | undefined;
      for (let index = line; index < lines.length && /^\s|^-/.test(lines[index] ?? ''); index++) {
        if (/^\s*- /.test(lines[index]!) && (seen += 1) === key) {
          found = index + 1;
          break;
        }
      }
      if (found === undefined) return line;
      line = found;
    } else if (typeof key === 'string') {
      const pattern = new RegExp(`^\\s*(- )?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      const index = lines.findIndex((candidate, position) => position >= line! - 1 && pattern.test(candidate));
      if (index < 0) return line;
      line = index + 1;
    }
  }
  return line;
}
