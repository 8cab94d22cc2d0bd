/**
 * Translations that stay in step with their Dutch source. A translation
 * (`<collection>/<lang>/<slug>`) names its source in `translationOf` and
 * records the fingerprint of the Dutch text it was made from in
 * `translationBasedOn` (source-hash.ts: only what a reader sees counts). When
 * the Dutch text changes in substance, the translation is stale: the same
 * model, git history and `editorial` notes as regional replacements
 * (staleness.ts), so a typo fix in Dutch does not send four translators to work.
 *
 * Pure apart from git history: the plan passes the files it read.
 */
import type { ContentProblem } from '../messages/index.ts';
import { lineOfKey } from '../messages/index.ts';
import { languageOf } from '../model/index.ts';
import type { ReplaceOverride, SourceFile, StaleOverride } from './overlay.ts';
import { nationalHistory, resolveStaleness, versionOf } from './staleness.ts';
import { substantiveHash } from './source-hash.ts';

/** A translation whose Dutch source changed in substance since `translationBasedOn`. */
export type StaleTranslation = StaleOverride;

export interface TranslationState {
  /** Files of translations that are out of date. */
  stale: StaleTranslation[];
  /** Wrong or missing translation fields: `translationOf` in a Dutch file, a wrong source. */
  errors: ContentProblem[];
  /** Translations without a fingerprint yet. */
  warnings: ContentProblem[];
}

/** `<lang>/<collection>/<slug>`: the argument of translations:accept. */
export function translationKey(translation: Pick<ReplaceOverride, 'collection' | 'slug' | 'lang'>): string {
  return `${translation.lang}/${translation.collection}/${translation.slug}`;
}

export function translationAcceptCommand(translation: Pick<ReplaceOverride, 'collection' | 'slug' | 'lang'>): string {
  return `npm run translations:accept -- ${translationKey(translation)}`;
}

/** The fingerprint of the Dutch source as it is now. */
export function dutchFingerprint(dutch: SourceFile): string {
  return substantiveHash(dutch.data, dutch.body);
}

/**
 * Checks the translation fields of every file of one collection. `dutch` are
 * the national Dutch files (the source every translation is made from),
 * `files` every file read (national and regional, all languages).
 */
export function checkTranslations(collection: string, dutch: readonly SourceFile[], files: readonly SourceFile[], root: string): TranslationState {
  const state: TranslationState = { stale: [], errors: [], warnings: [] };
  const sources = new Map(dutch.map((file) => [file.slug, file]));
  for (const file of files) {
    const translationOf = file.data.translationOf;
    const line = (field: string) => lineOfKey(file.text, field);
    if (file.lang === 'nl') {
      for (const field of ['translationOf', 'translationBasedOn', 'translationReviewed']) {
        if (field in file.data) state.errors.push({ file: file.file, field, line: line(field), found: `${field} in een Nederlands bestand`, expected: `dit veld alleen in een vertaling (${collection}/<taal>/${file.slug}); haal het hier weg` });
      }
      continue;
    }
    if (translationOf === undefined) continue;
    const expected = `${collection}/${file.slug}`;
    const language = languageOf(file.lang).dutchName;
    if (translationOf !== expected) {
      state.errors.push({ file: file.file, field: 'translationOf', line: line('translationOf'), found: `"${String(translationOf)}"`, expected: `"${expected}": een vertaling heeft dezelfde bestandsnaam als de Nederlandse pagina` });
      continue;
    }
    const source = sources.get(file.slug);
    if (!source) {
      state.errors.push({ file: file.file, field: 'translationOf', line: line('translationOf'), found: `"${expected}", een Nederlandse pagina die niet bestaat`, expected: 'de Nederlandse pagina die vertaald is' });
      continue;
    }
    const basedOn = file.data.translationBasedOn;
    const candidate = { file: file.file, nationalFile: source.file, collection, slug: file.slug, lang: file.lang, basedOn: typeof basedOn === 'string' ? basedOn : '', currentHash: dutchFingerprint(source) };
    if (typeof basedOn !== 'string') {
      state.warnings.push({ file: file.file, field: 'translationBasedOn', found: `geen vingerafdruk van ${source.file} (${language})`, expected: `na controle van de vertaling: ${translationAcceptCommand(candidate)}` });
      continue;
    }
    if (basedOn === candidate.currentHash) continue;
    const stale = resolveStaleness(candidate, versionOf(source.text, source.file, undefined), nationalHistory(root, source.file));
    if (stale) state.stale.push(stale);
  }
  return state;
}

/** A stale translation as a warning naming the file and the language, for the check, the build and the report. */
export function staleTranslationProblem(stale: StaleTranslation): ContentProblem {
  return {
    file: stale.file,
    field: 'translationBasedOn',
    found: `vertaling (${languageOf(stale.lang).dutchName}) van een oudere versie van ${stale.nationalFile} ("${stale.basedOn}"); de Nederlandse tekst is sindsdien inhoudelijk gewijzigd`,
    expected: `de vertaling bijgewerkt naar de Nederlandse tekst en daarna: ${translationAcceptCommand(stale)}`,
  };
}
