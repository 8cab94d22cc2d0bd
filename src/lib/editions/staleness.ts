/**
 * Staleness of regional replacements (`overlay: replace` + `basedOn`): one
 * model for the build summary, `npm run check`, `npm run report` and
 * `npm run regions:status` / `regions:accept`, for every collection and
 * language.
 *
 * A replacement is stale when the national entry changed in substance since
 * the version its `basedOn` names (source-hash.ts decides what is substance).
 * National editors mark a change as editorial (a typo, a link fix) by writing
 * a new note in the entry's `editorial` field in the same change; with git
 * history, every version after `basedOn` is looked at, and when each change
 * of substance since then came with a new note, the replacement stays fresh.
 * Without history (a downloaded zip), any change of substance is stale: the
 * default is substantive.
 */
import { execFileSync } from 'node:child_process';
import type { ContentProblem } from '../messages/index.ts';
import { parseContentFile } from '../model/index.ts';
import type { ReplaceOverride, StaleOverride } from './overlay.ts';
import { sourceHash, substantiveHash } from './source-hash.ts';

export interface NationalVersion {
  /** The commit, or undefined for the file as it is on disk now. */
  commit: string | undefined;
  hash: string;
  /** Whole-file fingerprint, as older `basedOn` values were written. */
  legacyHash: string;
  /** The `editorial` note of this version, if any. */
  note: string | undefined;
}

function git(root: string, args: string[], input?: string): Buffer | undefined {
  try {
    return execFileSync('git', args, { cwd: root, input, stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

const noteOf = (data: Record<string, unknown>) => (typeof data.editorial === 'string' && data.editorial.trim() ? data.editorial.trim() : undefined);

/** Fingerprints of one version of a national file. */
export function versionOf(text: string, file: string, commit: string | undefined): NationalVersion {
  const { data, body } = parseContentFile(text, file);
  return { commit, hash: substantiveHash(data, body), legacyHash: sourceHash(text), note: noteOf(data) };
}

const histories = new Map<string, NationalVersion[]>();

/** Every committed version of a national file, newest first (one `git log` and one `git cat-file`); empty without git. */
export function nationalHistory(root: string, file: string): NationalVersion[] {
  const key = `${root}\0${file}`;
  const known = histories.get(key);
  if (known) return known;
  const path = file.split('\\').join('/');
  const commits = (git(root, ['log', '--format=%H', '--no-renames', '--', path])?.toString('utf8') ?? '').split('\n').filter(Boolean);
  const versions: NationalVersion[] = [];
  const output = commits.length ? git(root, ['cat-file', '--batch'], commits.map((commit) => `${commit}:${path}\n`).join('')) : undefined;
  if (output) {
    let offset = 0;
    for (const commit of commits) {
      const end = output.indexOf(10, offset);
      const header = output.subarray(offset, end).toString('utf8');
      offset = end + 1;
      const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
      if (size === undefined) continue; // "missing": the file did not exist in that commit
      versions.push(versionOf(output.subarray(offset, offset + Number(size)).toString('utf8'), file, commit));
      offset += Number(size) + 1;
    }
  }
  histories.set(key, versions);
  return versions;
}

/**
 * Decides whether a replacement whose `basedOn` differs from the national
 * fingerprint is stale. `current` is the national file as it is now.
 */
export function resolveStaleness(candidate: ReplaceOverride, current: NationalVersion, history: NationalVersion[]): StaleOverride | undefined {
  const versions = [current, ...history];
  const baseIndex = versions.findIndex((version) => version.hash === candidate.basedOn || version.legacyHash === candidate.basedOn);
  if (baseIndex < 0) return { ...candidate }; // The base is not in history: compare by hand.
  for (let index = baseIndex - 1; index >= 0; index--) {
    const older = versions[index + 1]!;
    const newer = versions[index]!;
    if (newer.hash === older.hash) continue;
    const editorial = newer.note !== undefined && newer.note !== older.note;
    if (!editorial) return { ...candidate, baseCommit: versions[baseIndex]!.commit };
  }
  return undefined;
}

/** `<collection>/<slug>`, or `<collection>/<lang>/<slug>` for a translation: the argument of regions:override and regions:accept. */
export function overrideKey(override: Pick<ReplaceOverride, 'collection' | 'slug' | 'lang'>): string {
  return override.lang === 'nl' ? `${override.collection}/${override.slug}` : `${override.collection}/${override.lang}/${override.slug}`;
}

/** The edition a regional file belongs to (`regions/<id>/…`). */
export function editionOf(file: string): string {
  return file.split(/[\\/]/)[1] ?? '';
}

export function acceptCommand(override: Pick<ReplaceOverride, 'file' | 'collection' | 'slug' | 'lang'>): string {
  return `npm run regions:accept -- ${editionOf(override.file)} ${overrideKey(override)}`;
}

/** A stale replacement as a warning with file and field, for the build summary, the check and the report. */
export function staleProblem(stale: StaleOverride): ContentProblem {
  return {
    file: stale.file,
    field: 'basedOn',
    found: `gebaseerd op een oudere versie van ${stale.nationalFile} ("${stale.basedOn}"); de landelijke tekst is sindsdien inhoudelijk gewijzigd`,
    expected: `de wijziging bekeken (npm run regions:status -- ${editionOf(stale.file)}), de regionale tekst zo nodig bijgewerkt en daarna: ${acceptCommand(stale)}`,
  };
}

/** The national change since `basedOn` as a unified diff (git), or undefined when history does not have the base. */
export function nationalDiff(root: string, stale: StaleOverride): string | undefined {
  if (!stale.baseCommit) return undefined;
  return git(root, ['diff', '--no-color', stale.baseCommit, '--', stale.nationalFile.split('\\').join('/')])?.toString('utf8');
}

/**
 * A git diff of a national text in words a coordinator reads (`npm run regions:status`): no `diff --git`,
 * `index f7ad33e..ca2efab` or `@@ -43,7 +43,7 @@` headers, but "landelijke tekst, vanaf regel 43:" and each
 * changed line marked "– was:" (what the national text said when the regional version was made) or
 * "+ nu:" (what it says now); unchanged lines around them are shown indented, for context.
 */
export function readableDiff(diff: string): string[] {
  const lines: string[] = [];
  for (const line of diff.split('\n')) {
    if (/^(diff --git|index |--- |\+\+\+ |new file|deleted file|similarity|rename |old mode|new mode|\\ No newline)/.test(line)) continue;
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) lines.push(`landelijke tekst, vanaf regel ${hunk[1]}:`);
    else if (line.startsWith('-')) lines.push(`  – was: ${line.slice(1)}`);
    else if (line.startsWith('+')) lines.push(`  + nu:  ${line.slice(1)}`);
    else if (line.startsWith(' ')) lines.push(`         ${line.slice(1)}`);
  }
  while (lines.length && lines.at(-1)!.trim() === '') lines.pop();
  return lines;
}
