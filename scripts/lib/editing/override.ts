import { parse } from 'yaml';
import { formatFrontMatter, formatMdx } from '../../../src/lib/authoring/front-matter-format.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Turns a national MDX file into the start of a regional replacement: same text, plus `overlay` and
 * `basedOn`, in the canonical front matter form (`order`: the collection's field order) the check asks for.
 */
export function startOverride(nationalText: string, hash: string, order: readonly string[]): string {
  const match = FRONT_MATTER.exec(nationalText);
  if (!match) throw new Error('het landelijke bestand heeft geen front matter');
  const { overlay: _overlay, basedOn: _basedOn, editorial: _editorial, ...fields } = (parse(match[1]!) as Record<string, unknown> | null) ?? {};
  return formatMdx({ overlay: 'replace', basedOn: hash, ...fields }, nationalText.slice(match[0].length), order);
}

/** The same for a YAML data file (a scan question): the overlay lines on top, the national fields as written. */
export function startDataOverride(nationalText: string, hash: string): string {
  const body = nationalText.split('\n').filter((line) => !/^(overlay|basedOn|editorial)\s*:/.test(line)).join('\n');
  return `overlay: replace\n${basedOnLine(hash)}\n${body}`;
}

/** The `basedOn:` line as the canonical form writes it. */
export function basedOnLine(hash: string): string {
  return formatFrontMatter({ basedOn: hash }).trimEnd();
}
