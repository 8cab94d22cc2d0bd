/**
 * Runs a collection schema on one entry and turns zod's issues into our
 * problems: file, line, field, what was found and — in Dutch — what was
 * expected. Used by the build's loader and by the fast content check.
 */
import type { z } from 'astro/zod';
import { lineOfPath, type ContentProblem } from './errors.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  boolean: 'true of false',
  array: 'een lijst (regels die beginnen met "- ")',
  object: 'velden (naam: waarde)',
  date: 'een datum als JJJJ-MM-DD',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function describeFound(value: unknown): string {
  if (value === undefined) return 'niets (veld ontbreekt)';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

type Issue = z.core.$ZodIssue;

export function describeExpected(issue: Issue): string {
  // Our schemas carry Dutch messages; zod's own defaults are English, so those are rephrased.
  if (!issue.message.startsWith('Invalid') && !issue.message.startsWith('Too ') && !issue.message.startsWith('Unrecognized')) {
    return issue.message.replace(/^verwacht /, '');
  }
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `een van: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `minstens ${issue.minimum} item(s)` : `minstens ${issue.minimum} tekens`;
    case 'too_big':
      return issue.origin === 'array' ? `hoogstens ${issue.maximum} item(s)` : `hoogstens ${issue.maximum} tekens`;
    case 'unrecognized_keys':
      return `geen onbekende velden (${issue.keys.join(', ')})`;
    default:
      return issue.message;
  }
}

/** Problems of one entry; an empty list when it is valid. */
export function validateEntry(schema: z.ZodType, data: Record<string, unknown>, file: string, text: string): ContentProblem[] {
  return parseEntry(schema, data, file, text).problems;
}

/**
 * Runs the schema once: the parsed data (defaults filled in, references as
 * `{ collection, id }`) when valid, else the problems.
 */
export function parseEntry(
  schema: z.ZodType,
  data: Record<string, unknown>,
  file: string,
  text: string,
): { data: Record<string, unknown>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data as Record<string, unknown>, problems: [] };
  return {
    data: undefined,
    problems: result.error.issues.map((issue) => ({
      file,
      field: issue.path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('') || '(front matter)',
      line: lineOfPath(text, issue.path),
      found: describeFound(valueAt(data, issue.path)),
      expected: describeExpected(issue),
    })),
  };
}
