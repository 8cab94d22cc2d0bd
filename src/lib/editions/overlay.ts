/**
 * The regional overlay, merged in one place (DESIGN.md §4). Given the national
 * files of one collection and a region's files for it, decides which entries
 * the edition has, where each one's text comes from, and what is wrong.
 * Pure: the loader does the reading, this module the deciding.
 */
import { expectedOneOf, fieldLabel, lineOfKey, type ContentProblem } from '../messages/index.ts';
import { readBody } from '../markdown/index.ts';
import { sourceHash, substantiveHash } from './source-hash.ts';
import type { Locale } from '../model/index.ts';

export interface SourceFile {
  slug: string;
  lang: Locale;
  /** Repository-relative path, used in messages and edit links. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** The raw file, for hashing and line numbers. */
  text: string;
}

export type Provenance = 'national' | 'regional' | 'extended';

export interface PlannedEntry {
  /** Store id: the slug, prefixed with the language for translations (`en/overvallen`). */
  id: string;
  slug: string;
  lang: Locale;
  /** The file whose body is rendered. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  provenance: Provenance;
  /**
   * The regional section added to a national text (`overlay: extend`); `after`
   * is the id of the national heading whose section it follows (default: the end).
   */
  extension?: { id: string; file: string; body: string; data: Record<string, unknown>; after?: string | undefined } | undefined;
}

/** A regional replacement (`overlay: replace`) and the national entry it was based on. */
export interface ReplaceOverride {
  /** The regional file. */
  file: string;
  nationalFile: string;
  collection: string;
  slug: string;
  lang: Locale;
  basedOn: string;
  /** Fingerprint of the national entry's substance now. */
  currentHash: string;
}

/** A replacement whose national entry changed since `basedOn`. */
export interface StaleOverride extends ReplaceOverride {
  /** The commit in which the national entry had the `basedOn` fingerprint, when git history has it. */
  baseCommit?: string | undefined;
}

export interface OverlayPlan {
  entries: PlannedEntry[];
  problems: ContentProblem[];
  /** Every replacement with a valid `basedOn`. */
  overrides: ReplaceOverride[];
  /** Replacements whose `basedOn` differs from the national fingerprint now (editorial changes are sorted out in staleness.ts). */
  stale: ReplaceOverride[];
}

export interface OverlayInput {
  collection: string;
  national: SourceFile[];
  regional: SourceFile[];
  /** Slugs of this collection that the edition hides, with their index in region.yaml's `hide` list. */
  hidden: { slug: string; index: number }[];
  /** Path of region.yaml, for problems with `hide`. */
  regionFile?: string | undefined;
  regionText?: string | undefined;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OVERLAY_FIELDS = ['overlay', 'basedOn', 'after'];

const storeId = (file: SourceFile) => (file.lang === 'nl' ? file.slug : `${file.lang}/${file.slug}`);

function withoutOverlayFields(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !OVERLAY_FIELDS.includes(key)));
}

export function planOverlay(input: OverlayInput): OverlayPlan {
  const problems: ContentProblem[] = [];
  const overrides: ReplaceOverride[] = [];
  const stale: ReplaceOverride[] = [];
  const lineIn = (file: SourceFile, key: string) => lineOfKey(file.text, key);

  // Slugs are file names: they become URLs, so they must be clean and unique.
  const checkFiles = (files: SourceFile[]) => {
    const seen = new Map<string, SourceFile>();
    const unique: SourceFile[] = [];
    for (const file of files) {
      if (!SLUG.test(file.slug)) {
        problems.push({ file: file.file, field: '(bestandsnaam)', line: 1, found: `"${file.slug}"`, expected: 'kleine letters, cijfers en streepjes, zoals checklist-cyberbasis.mdx' });
        continue;
      }
      const other = seen.get(storeId(file));
      if (other) {
        problems.push({ file: file.file, field: '(bestandsnaam)', line: 1, found: `dezelfde naam als ${other.file}`, expected: 'één bestand per naam' });
        continue;
      }
      seen.set(storeId(file), file);
      unique.push(file);
    }
    return unique;
  };
  const national = checkFiles(input.national);
  const regional = checkFiles(input.regional);

  const hiddenSlugs = new Set(input.hidden.map((hidden) => hidden.slug));
  for (const hidden of input.hidden) {
    if (!national.some((file) => file.slug === hidden.slug)) {
      const known = [...new Set(national.map((file) => `${input.collection}/${file.slug}`))].sort();
      problems.push({
        file: input.regionFile ?? 'region.yaml',
        field: fieldLabel(['hide', hidden.index]),
        line: input.regionText ? findLine(input.regionText, `${input.collection}/${hidden.slug}`) : undefined,
        found: `"${input.collection}/${hidden.slug}", dat landelijk niet bestaat`,
        expected: `een bestaand landelijk item: ${expectedOneOf(`${input.collection}/${hidden.slug}`, known)}`,
      });
    }
  }

  const entries = new Map<string, PlannedEntry>();
  for (const file of national) {
    if (hiddenSlugs.has(file.slug)) continue;
    entries.set(storeId(file), { id: storeId(file), slug: file.slug, lang: file.lang, file: file.file, data: file.data, body: file.body, provenance: 'national' });
  }
  const nationalById = new Map(national.map((file) => [storeId(file), file]));

  for (const file of regional) {
    const id = storeId(file);
    const overlay = file.data.overlay;
    const base = nationalById.get(id);
    const hidden = hiddenSlugs.has(file.slug);
    if (overlay === undefined) {
      if (base && !hidden) {
        problems.push({
          file: file.file,
          field: 'overlay',
          line: 1,
          found: `geen overlay, terwijl ${base.file} dezelfde naam heeft`,
          expected: 'overlay: extend (regionale aanvulling) of overlay: replace (eigen versie), of een andere bestandsnaam',
        });
        continue;
      }
      entries.set(id, { id, slug: file.slug, lang: file.lang, file: file.file, data: file.data, body: file.body, provenance: 'regional' });
      continue;
    }
    if (overlay !== 'extend' && overlay !== 'replace') {
      problems.push({ file: file.file, field: 'overlay', line: lineIn(file, 'overlay'), found: JSON.stringify(overlay), expected: '"extend" of "replace"' });
      continue;
    }
    if (!base || hidden) {
      const choices = national.filter((candidate) => candidate.lang === file.lang && !hiddenSlugs.has(candidate.slug)).map((candidate) => candidate.slug);
      // The field is named once, in `field`; `found` says what is wrong with it, `expected` what helps for this case.
      problems.push(
        hidden
          ? {
              file: file.file,
              field: 'overlay',
              line: lineIn(file, 'overlay'),
              found: `${overlay} van "${file.slug}", een pagina die uw editie verbergt (hide in region.yaml)`,
              expected: 'geen eigen versie of aanvulling van een verborgen pagina',
              fix: `haal ${input.collection}/${file.slug} uit hide in region.yaml als u de pagina wilt tonen, of verwijder dit bestand`,
            }
          : {
              file: file.file,
              field: 'overlay',
              line: lineIn(file, 'overlay'),
              found: `${overlay} van "${file.slug}", dat landelijk niet bestaat in ${input.collection}`,
              expected: `de bestandsnaam van een landelijk item: ${expectedOneOf(file.slug, choices)}`,
            },
      );
      continue;
    }
    if (overlay === 'extend') {
      const after = file.data.after;
      if (after !== undefined) {
        const headings = readBody(base.text, base.file).scan.headings.map((heading) => heading.id);
        if (typeof after !== 'string' || !headings.includes(after)) {
          problems.push({
            file: file.file,
            field: 'after',
            line: lineIn(file, 'after'),
            found: JSON.stringify(after),
            expected: `het id van een kop in ${base.file}: ${expectedOneOf(String(after), headings)}`,
          });
          continue;
        }
      }
      entries.set(id, {
        id,
        slug: file.slug,
        lang: file.lang,
        file: base.file,
        data: { ...base.data, ...withoutOverlayFields(file.data) },
        body: base.body,
        provenance: 'extended',
        extension: { id: `${input.collection}/${id}`, file: file.file, body: file.body, data: file.data, ...(typeof after === 'string' ? { after } : {}) },
      });
      continue;
    }
    const currentHash = substantiveHash(base.data, base.body);
    const basedOn = file.data.basedOn;
    if (typeof basedOn !== 'string' || !/^[0-9a-f]{12}$/.test(basedOn)) {
      problems.push({
        file: file.file,
        field: 'basedOn',
        line: lineIn(file, 'basedOn') ?? lineIn(file, 'overlay'),
        found: basedOn === undefined ? 'niets' : JSON.stringify(basedOn),
        expected: `de hash van de landelijke tekst waarop deze versie is gebaseerd; voor de huidige ${base.file} is dat "${currentHash}" (npm run regions:override zet hem voor u)`,
      });
      continue;
    }
    const override = { file: file.file, nationalFile: base.file, collection: input.collection, slug: file.slug, lang: file.lang, basedOn, currentHash };
    overrides.push(override);
    // A basedOn written as a hash of the whole file (before only substance counted) is still valid.
    if (basedOn !== currentHash && basedOn !== sourceHash(base.text)) stale.push(override);
    entries.set(id, { id, slug: file.slug, lang: file.lang, file: file.file, data: { ...withoutOverlayFields(file.data), basedOn }, body: file.body, provenance: 'regional' });
  }
  // A regional addition written in Dutch only also closes the translations of that text: the reader of a
  // translation learns about the region too, in Dutch and marked as such (RegionalSection). At the end of the
  // text, since the headings of a translation have other ids.
  for (const entry of entries.values()) {
    if (entry.lang === 'nl' || entry.provenance !== 'national' || entry.extension) continue;
    const dutch = entries.get(entry.slug);
    if (!dutch?.extension) continue;
    const { after: _after, ...extension } = dutch.extension;
    entries.set(entry.id, { ...entry, provenance: 'extended', extension });
  }
  return { entries: [...entries.values()], problems, overrides, stale };
}

function findLine(text: string, needle: string): number | undefined {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  return index < 0 ? undefined : index + 1;
}
