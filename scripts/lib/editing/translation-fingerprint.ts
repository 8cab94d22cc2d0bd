/**
 * Writes `translationBasedOn` into a translation's front matter: replaces the
 * line, or adds it right after `translationOf` (the canonical order of
 * front-matter-format.ts), leaving every other byte as it was.
 */
import { formatFrontMatter } from '../../../src/lib/authoring/front-matter-format.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function withTranslationBasedOn(text: string, hash: string): string {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error('het bestand heeft geen front matter');
  const line = formatFrontMatter({ translationBasedOn: hash }).trimEnd();
  const lines = match[1]!.split(/\r?\n/);
  const existing = lines.findIndex((candidate) => candidate.startsWith('translationBasedOn:'));
  if (existing >= 0) lines[existing] = line;
  else {
    const after = lines.findIndex((candidate) => candidate.startsWith('translationOf:'));
    if (after < 0) throw new Error('het bestand heeft geen translationOf: zet eerst de Nederlandse bron erin, zoals translationOf: "toolkits/stappenplan-na-een-overval"');
    lines.splice(after + 1, 0, line);
  }
  return `---\n${lines.join('\n')}\n---\n${text.slice(match[0].length)}`;
}
