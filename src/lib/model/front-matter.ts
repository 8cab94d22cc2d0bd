/**
 * Splits an MDX file into YAML front matter and body, or parses a YAML data
 * file. YAML 1.2 core schema: dates stay strings until the schema checks
 * them, so an impossible date is an error instead of a silent roll-over.
 * A syntax slip is explained in Dutch (yaml-errors.ts) and marks the file as
 * unreadable, so no false "veld ontbreekt" errors follow for it.
 */
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { explainUnreadable, explainYamlError, type ContentProblem } from '../messages/index.ts';

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  problems: ContentProblem[];
  /** True when the YAML could not be read at all: check nothing else in this file. */
  unreadable?: boolean | undefined;
}

export interface ParsedYaml {
  data: Record<string, unknown>;
  problems: ContentProblem[];
  unreadable: boolean;
  document: Document;
  /** 1-based line (in the whole file) of the node at a path, or of its closest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** The front matter block at the top of a content file (group 1: the YAML between the two --- lines). */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses YAML text that starts `lineOffset` lines into `file`. */
export function parseYaml(yamlText: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const lines = yamlText.split(/\r?\n/);
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = document.getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  const fail = (slip: ReturnType<typeof explainYamlError>): ParsedYaml => ({
    data: {},
    problems: [{ file, field: slip.field ?? '(YAML)', line: slip.line + lineOffset, found: slip.found, expected: slip.expected, fix: slip.fix }],
    unreadable: true,
    document,
    lineOf,
  });
  const [first] = document.errors;
  if (first) return fail(explainYamlError(first, lines, lineOffset));
  let value: unknown;
  try {
    value = document.toJS() ?? {};
  } catch {
    return fail(explainUnreadable(lines));
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return fail({ line: 1, found: 'geen lijst van velden', expected: 'velden als "naam: waarde", één per regel' });
  }
  return { data: value as Record<string, unknown>, problems: [], unreadable: false, document, lineOf };
}

/**
 * The fast path for valid YAML: js-yaml's core schema (YAML 1.2 core: dates
 * stay strings) reads front matter several times faster than a full document
 * with line positions, which matters at thousands of pages. Anything it does
 * not read as plain fields goes through parseYaml, which explains the problem
 * in Dutch with its line. tests/unit/model/front-matter-fast.test.ts checks that
 * both paths give the same data for every content file.
 */
function fastFields(yamlText: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA });
    if (value === undefined || value === null) return {};
    return typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function parseContentFile(text: string, file: string): ParsedFile {
  if (file.endsWith('.yaml') || file.endsWith('.yml')) {
    const fast = fastFields(text);
    if (fast) return { data: fast, problems: [], unreadable: false, body: '' };
    const { data, problems, unreadable } = parseYaml(text, file, 0);
    return { data, problems, unreadable, body: '' };
  }
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return {
      data: {},
      body: text,
      unreadable: true,
      problems: [{ file, field: '(front matter)', line: 1, found: 'geen front matter', expected: 'het bestand begint met een regel ---, daarna de velden, daarna weer een regel ---' }],
    };
  }
  const body = text.slice(match[0].length);
  const fast = fastFields(match[1]!);
  if (fast) return { data: fast, problems: [], unreadable: false, body };
  const { data, problems, unreadable } = parseYaml(match[1]!, file, 1);
  return { data, problems, unreadable, body };
}
