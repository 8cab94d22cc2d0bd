/**
 * What a new regional edition needs besides its files: an owner in
 * .github/CODEOWNERS (so its PVO reviews its own changes) and no texts left
 * from the `regions:new` template. `regions:new` writes both; the content
 * check reports what is missing, in Dutch.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../messages/index.ts';

export const CODEOWNERS_FILE = '.github/CODEOWNERS';

/**
 * Template texts an editor must replace. `regions:new` writes them; the check
 * points at every one left. `vul-in.example` is a reserved, unreachable domain.
 */
export const PLACEHOLDER = /VUL IN|vul-in\.example/;

const RULE = /^(\/regions\/([a-z0-9-]+)\/?)\s+(\S.*)$/;

/** The edition ids that have their own `/regions/<id>/` rule. */
function ownedRegions(codeowners: string): Set<string> {
  const owned = new Set<string>();
  for (const line of codeowners.split('\n')) {
    const match = RULE.exec(line.trim());
    if (match) owned.add(match[2]!);
  }
  return owned;
}

/** The team naming of the file: like an existing region's team (`@org/pvo-<id>`), else `@<org>/pvo-<id>`. */
function teamFor(codeowners: string, id: string): string {
  for (const line of codeowners.split('\n')) {
    const match = RULE.exec(line.trim());
    const team = match?.[3]?.split(/\s+/)[0];
    if (match && team?.includes(match[2]!)) return team.replace(match[2]!, id).replace(/pvo-pvo-/, 'pvo-');
  }
  const org = /@([\w.-]+)\//.exec(codeowners)?.[1];
  const team = `pvo-${id.replace(/^pvo-/, '')}`;
  return org ? `@${org}/${team}` : `@${team}`;
}

/** The rule for an edition, aligned with the rules above it. */
export function codeownersRule(codeowners: string, id: string): string {
  const path = `/regions/${id}/`;
  const column = codeowners
    .split('\n')
    .map((line) => /^(\/\S+\s+)@/.exec(line)?.[1]?.length ?? 0)
    .reduce((max, length) => Math.max(max, length), 0);
  return `${path.padEnd(Math.max(column, path.length + 2))}${teamFor(codeowners, id)}`;
}

/** CODEOWNERS with a rule for the edition, after the other region rules (unchanged if it has one). */
export function addCodeownersRule(codeowners: string, id: string): string {
  if (ownedRegions(codeowners).has(id)) return codeowners;
  const lines = codeowners.replace(/\n*$/, '').split('\n');
  let last = -1;
  lines.forEach((line, index) => {
    if (RULE.test(line.trim())) last = index;
  });
  lines.splice(last < 0 ? lines.length : last + 1, 0, codeownersRule(codeowners, id));
  return `${lines.join('\n')}\n`;
}

/** An error for every edition without its own CODEOWNERS rule. No file: nothing to check (a fork may not use one). */
export function missingCodeowners(codeowners: string | undefined, ids: readonly string[]): ContentProblem[] {
  if (codeowners === undefined) return [];
  const owned = ownedRegions(codeowners);
  const lastLine = codeowners.replace(/\n*$/, '').split('\n').length;
  return ids
    .filter((id) => !owned.has(id))
    .map((id) => ({
      file: CODEOWNERS_FILE,
      field: `regels voor regions/${id}/`,
      line: lastLine,
      found: `geen regel voor de editie ${id}`,
      expected: 'een regel met de map van de editie en het team van de PVO dat de wijzigingen goedkeurt',
      fix: `voeg deze regel toe: ${codeownersRule(codeowners, id)}`,
    }));
}

/** A warning for every line that still holds a template text. */
export function findPlaceholders(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((line, index) => {
    if (!PLACEHOLDER.test(line) || /^\s*#/.test(line)) return;
    const field = /^\s*(?:- )?([\w-]+):/.exec(line)?.[1];
    problems.push({
      file,
      field: field ?? 'tekst',
      line: index + 1,
      found: `nog tekst uit het sjabloon (${line.trim().length > 60 ? `${line.trim().slice(0, 57)}…` : line.trim()})`,
      expected: 'uw eigen tekst of adres',
      fix: 'vervang "VUL IN" of "vul-in.example" door de echte gegevens van uw PVO',
    });
  });
  return problems;
}

/** Setup problems of regional editions: a missing CODEOWNERS rule is an error, template texts are warnings. */
export function checkEditionSetup(root: string, ids: readonly string[]): { errors: ContentProblem[]; warnings: ContentProblem[] } {
  const codeownersPath = join(root, CODEOWNERS_FILE);
  const errors = missingCodeowners(existsSync(codeownersPath) ? readFileSync(codeownersPath, 'utf8') : undefined, ids);
  const warnings: ContentProblem[] = [];
  for (const id of ids) {
    const dir = join(root, 'regions', id);
    const files = [join(dir, 'region.yaml'), ...(existsSync(join(dir, 'content')) ? readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' }).map((name) => join(dir, 'content', name)) : [])];
    for (const path of files.filter((file) => /\.(ya?ml|mdx?)$/.test(file) && existsSync(file))) {
      warnings.push(...findPlaceholders(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8')));
    }
  }
  return { errors, warnings };
}

/** The edition's display name from its id, hyphens kept: pvo-gelderland-zuid → Gelderland-Zuid. */
export function regionName(id: string): string {
  return id
    .replace(/^pvo-/, '')
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-');
}
