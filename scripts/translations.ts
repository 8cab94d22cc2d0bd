/**
 * Translations and their Dutch source (src/lib/editions/translations.ts).
 *
 *   npm run translations:status                                   every translation: up to date, out of date (with the
 *                                                                 Dutch change since its base as a git diff) or without a fingerprint
 *   npm run translations:accept -- <lang>/<collection>/<slug> …   record the Dutch text as it is now as the translation's base
 *   npm run translations:accept -- --all                          the same for every translation (after a check of them all)
 *
 * Run accept after updating the translation to the Dutch text: from then on the
 * page no longer says that the Dutch version is newer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nationalEdition } from '../src/lib/editions/edition.ts';
import { COLLECTION_FILES, editionPaths, planCollection } from '../src/lib/editions/edition-plan.ts';
import { dutchFingerprint, translationKey } from '../src/lib/editions/translations.ts';
import { nationalDiff } from '../src/lib/editions/staleness.ts';
import { parseContentFile } from '../src/lib/model/front-matter.ts';
import { languageOf } from '../src/lib/model/languages.ts';
import { withTranslationBasedOn } from './lib/editing/translation-fingerprint.ts';
import { handleKnownErrors } from './lib/cli.ts';

handleKnownErrors();

const ROOT = process.cwd();
const paths = editionPaths(ROOT, process.env);
const edition = nationalEdition(process.env);
const [command, ...args] = process.argv.slice(2);
const collections = Object.keys(COLLECTION_FILES) as (keyof typeof COLLECTION_FILES)[];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Every national translation that names its Dutch source. */
function translations() {
  return collections.flatMap((collection) => {
    const plan = planCollection(collection, edition, paths);
    return plan.entries
      .filter((entry) => entry.lang !== 'nl' && typeof entry.data.translationOf === 'string')
      .map((entry) => ({
        collection,
        slug: entry.slug,
        lang: entry.lang,
        file: entry.file,
        basedOn: entry.data.translationBasedOn as string | undefined,
        stale: plan.staleTranslations.find((stale) => stale.file === entry.file),
      }));
  });
}

function dutchFileOf(collection: keyof typeof COLLECTION_FILES, slug: string): string {
  return join(paths.contentDir, collection, `${slug}${COLLECTION_FILES[collection]}`);
}

if (command === 'status') {
  const all = translations();
  for (const translation of all) {
    const state = translation.stale ? 'VEROUDERD' : translation.basedOn ? 'actueel' : 'geen vingerafdruk';
    console.log(`${state.padEnd(18)} ${translation.file} (${languageOf(translation.lang).dutchName})`);
    const diff = translation.stale ? nationalDiff(ROOT, translation.stale) : undefined;
    if (diff) console.log(diff.split('\n').map((line) => `      ${line}`).join('\n'));
  }
  const stale = all.filter((translation) => translation.stale).length;
  console.log(`\n${all.length} vertalingen, ${stale} verouderd.${stale ? ' Werk ze bij en draai: npm run translations:accept -- <taal>/<collectie>/<bestand>' : ''}`);
} else if (command === 'accept') {
  if (!args.length) fail('Gebruik: npm run translations:accept -- <taal>/<collectie>/<bestand> (zoals tr/toolkits/stappenplan-na-een-overval) of -- --all');
  const all = translations();
  const wanted = args.includes('--all') ? all : args.map((key) => all.find((translation) => translationKey(translation) === key.replace(/\.mdx?$|\.yaml$/, '')) ?? fail(`${key}: geen vertaling met translationOf; verwacht <taal>/<collectie>/<bestand>, zoals tr/toolkits/stappenplan-na-een-overval`));
  for (const translation of wanted) {
    const dutchPath = dutchFileOf(translation.collection, translation.slug);
    const dutchText = readFileSync(dutchPath, 'utf8');
    const parsed = parseContentFile(dutchText, dutchPath);
    const hash = dutchFingerprint({ slug: translation.slug, lang: 'nl', file: dutchPath, data: parsed.data, body: parsed.body, text: dutchText });
    const path = join(ROOT, translation.file);
    const before = readFileSync(path, 'utf8');
    const after = withTranslationBasedOn(before, hash);
    if (after !== before) writeFileSync(path, after);
    console.log(`${translation.file}: translationBasedOn ${hash}${after === before ? ' (was al zo)' : ''}`);
  }
} else {
  fail('Gebruik: npm run translations:status | npm run translations:accept -- <taal>/<collectie>/<bestand> … | -- --all');
}
