/**
 * Editions: which content one edition has. Owns the edition definition (national or a region's
 * region.yaml with its name, tokens, logo, languages, hide list), reading a collection from disk, the
 * regional overlay (extend, replace, new), staleness of replacements, the national content cache shared
 * by parallel builds, and the cleaning of region logos. May import markdown, model and messages.
 *
 * This index names what the concern offers the rest of src/; inside the folder modules import each
 * other directly. Command-line scripts and unit tests may import a single module.
 */
export { resolveEdition, tokenCss } from './edition.ts';
export type { Edition } from './edition.ts';
export { COLLECTION_FILES, clearPlanCache, editionPaths, planCollection } from './edition-plan.ts';
export type { CollectionPlan, EditionPaths } from './edition-plan.ts';
export type { Provenance, StaleOverride } from './overlay.ts';
export { listRegions, regionSchema } from './region-config.ts';
export { staleProblem } from './staleness.ts';
export { checkTranslations, dutchFingerprint, staleTranslationProblem, translationAcceptCommand, translationKey } from './translations.ts';
export type { StaleTranslation } from './translations.ts';
