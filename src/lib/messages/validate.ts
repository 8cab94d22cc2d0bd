/**
 * Runs a schema on one entry (or region.yaml) and turns zod's issues into our
 * problems: file, line, field as a person reads it ("themes, 1e waarde"),
 * what was found and — in Dutch — what was expected, with "bedoelt u …?"
 * for a value or field name that is close to a valid one. Used by the
 * build's loader, the fast content check and region.yaml.
 */
import type { z } from 'astro/zod';
import { closest } from './closest.ts';
import { lineOfPath, type ContentProblem } from './errors.ts';
import { count, expectedOneOf, fieldLabel } from './wording.ts';

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

/** What was found, short: a quoted value, or a plain description of a list or group of fields. */
export function describeFound(value: unknown): string {
  if (value === undefined || value === null) return 'niets (veld ontbreekt)';
  if (Array.isArray(value)) return value.length ? `een lijst met ${count(value.length, 'waarde', 'waarden')}` : 'een lege lijst';
  if (typeof value === 'object' && !(value instanceof Date)) return `een groep velden (${Object.keys(value).join(', ')})`;
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

type Issue = z.core.$ZodIssue;

export function describeExpected(issue: Issue, found?: unknown): string {
  // Our schemas carry Dutch messages; zod's own defaults are English, so those are rephrased.
  if (!issue.message.startsWith('Invalid') && !issue.message.startsWith('Too ') && !issue.message.startsWith('Unrecognized')) {
    return issue.message.replace(/^verwacht /, '');
  }
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value': {
      const values = issue.values.map((value) => String(value));
      return typeof found === 'string' ? expectedOneOf(found, values) : `een van: ${values.join(', ')}`;
    }
    case 'too_small':
      return issue.origin === 'array' ? `minstens ${count(Number(issue.minimum), 'waarde', 'waarden')}` : `minstens ${count(Number(issue.minimum), 'teken', 'tekens')}`;
    case 'too_big':
      return issue.origin === 'array' ? `hoogstens ${count(Number(issue.maximum), 'waarde', 'waarden')}` : `hoogstens ${count(Number(issue.maximum), 'teken', 'tekens')}`;
    case 'unrecognized_keys':
      return `geen onbekende velden (${issue.keys.join(', ')})`;
    case 'invalid_union':
      // zod's "Invalid input": a value none of the allowed forms accepts (schemas give their own text where they can).
      return 'een waarde in een van de vormen uit docs/front-matter.md';
    default:
      return issue.message.startsWith('Invalid') ? 'een geldige waarde (zie docs/front-matter.md)' : issue.message;
  }
}

/** The field names an object schema (behind optional/default/array wrappers) knows at a path. */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[] = []): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (let guard = 0; guard < 10; guard++) {
      const def = (current as { _zod?: { def?: { type?: string; innerType?: unknown; in?: unknown } } })._zod?.def;
      if (def?.innerType) current = def.innerType;
      else if (def?.type === 'pipe' && def.in) current = def.in;
      else break;
    }
  };
  unwrap();
  for (const key of path) {
    const def = (current as { _zod?: { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } } })._zod?.def;
    if (typeof key === 'number' && def?.type === 'array') current = def.element;
    else if (typeof key === 'string' && def?.shape?.[key]) current = def.shape[key];
    else return [];
    unwrap();
  }
  const shape = (current as { _zod?: { def?: { shape?: Record<string, unknown> } } })._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Finds the line of a field path; for a field that is missing, the line of its parent or line 1. */
export type LineFinder = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Problems of one entry; an empty list when it is valid. `text` gives line
 * numbers for front matter; `lineOf` may replace it (region.yaml uses the YAML
 * document's own positions). `hidden` are fields left out of suggestions.
 */
export function validateEntry(...args: Parameters<typeof parseEntry>): ContentProblem[] {
  return parseEntry(...args).problems;
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
  lineOf: LineFinder = (path) => lineOfPath(text, path),
  hidden: readonly string[] = [],
): { data: Record<string, unknown>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data as Record<string, unknown>, problems: [] };
  const problems: ContentProblem[] = [];
  for (const issue of result.error.issues) {
    const parent = valueAt(data, issue.path);
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown field, on its own line, with the closest known name.
      const known = knownKeys(schema, issue.path).filter((key) => !hidden.includes(key));
      for (const key of issue.keys) {
        const [guess] = closest(key, known, { limit: 1 });
        problems.push({
          file,
          field: fieldLabel([...issue.path, key]),
          line: lineOf([...issue.path, key]) ?? lineOf(issue.path) ?? 1,
          found: `een onbekend veld "${key}"`,
          expected: guess ? `"${guess}" (bedoelt u dat?); velden hier: ${known.join(', ')}` : `een van de velden: ${known.join(', ')}`,
        });
      }
      continue;
    }
    let found = describeFound(parent);
    let line = lineOf(issue.path);
    const missing = parent === undefined && issue.path.length > 0;
    if (missing) {
      // A missing field is often a misspelt one: point at the look-alike if there is one.
      const name = String(issue.path[issue.path.length - 1]);
      const siblings = issue.path.length > 1 ? valueAt(data, issue.path.slice(0, -1)) : data;
      const known = knownKeys(schema, issue.path.slice(0, -1));
      const unknown = siblings && typeof siblings === 'object' ? Object.keys(siblings).filter((key) => !known.includes(key)) : [];
      const [typo] = closest(name, unknown, { limit: 1 });
      if (typo) {
        found = `niets onder "${name}", wel een veld "${typo}" (bedoelt u "${name}"?)`;
        line = lineOf([...issue.path.slice(0, -1), typo]) ?? line;
      } else {
        found = 'niets (veld ontbreekt)';
      }
    }
    const expected = describeExpected(issue, parent);
    problems.push({
      file,
      field: fieldLabel(issue.path) || '(bestand)',
      line: line ?? 1,
      found,
      expected: missing && !found.includes('bedoelt u') ? `${expected}; voeg een regel "${String(issue.path[issue.path.length - 1])}: …" toe` : expected,
    });
  }
  return { data: undefined, problems };
}
