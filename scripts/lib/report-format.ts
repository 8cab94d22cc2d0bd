/** Output of the content check: one line per problem, and GitHub workflow annotations on pull requests. */
import type { ContentProblem } from '../../src/lib/messages/errors.ts';

export function problemLine(problem: ContentProblem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${location} — ${problem.field}: ${problem.found} — verwacht ${problem.expected}${problem.fix ? ` — ${problem.fix}` : ''}`;
}

/** `::error file=…,line=…,title=…::message`, escaped as the workflow command syntax requires. */
export function githubAnnotation(level: 'error' | 'warning', problem: ContentProblem): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [`file=${escapeProperty(problem.file)}`, ...(problem.line ? [`line=${problem.line}`] : []), `title=${escapeProperty(problem.field)}`];
  return `::${level} ${properties.join(',')}::${escapeData(`${problem.found} — verwacht ${problem.expected}${problem.fix ? ` — ${problem.fix}` : ''}`)}`;
}
