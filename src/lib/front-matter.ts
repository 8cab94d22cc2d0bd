/**
 * Splits an MDX file into YAML front matter and body, or parses a YAML data
 * file. YAML 1.2 core schema: dates stay strings until the schema checks
 * them, so an impossible date is an error instead of a silent roll-over.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './errors.ts';

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  problems: ContentProblem[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function parseYaml(yamlText: string, file: string, lineOffset: number): { data: Record<string, unknown>; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const problems = document.errors.map((error) => ({
    file,
    field: '(front matter)',
    line: (error.linePos?.[0]?.line ?? 1) + lineOffset,
    found: error.message.split('\n')[0] ?? 'ongeldige YAML',
    expected: 'geldige YAML: één veld per regel als "naam: waarde"; zet tekst met een dubbele punt tussen aanhalingstekens',
  }));
  const value = problems.length ? {} : (document.toJS() ?? {});
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { data: {}, problems: [...problems, { file, field: '(front matter)', line: 1 + lineOffset, found: 'geen lijst van velden', expected: 'velden als "naam: waarde"' }] };
  }
  return { data: value as Record<string, unknown>, problems };
}

export function parseContentFile(text: string, file: string): ParsedFile {
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return { ...parseYaml(text, file, 0), body: '' };
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { data: {}, body: text, problems: [{ file, field: '(front matter)', line: 1, found: 'geen front matter', expected: 'het bestand begint met --- , daarna de velden, daarna weer ---' }] };
  }
  return { ...parseYaml(match[1]!, file, 1), body: text.slice(match[0].length) };
}
