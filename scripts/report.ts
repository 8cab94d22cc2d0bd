/**
 * Editorial report per edition: overdue reviews, dated claims to check again,
 * stale regional overrides, translations older than their Dutch source,
 * unchecked translations, entries without sources and the readability (B1) of
 * every Dutch text, as Markdown tables (paste into an issue, or read
 * in the terminal).
 *
 *   npm run report [-- <id> …]
 */
import { checkEdition } from '../src/lib/checks/content-check.ts';
import { B1_LINE, editionReadability } from '../src/lib/checks/plain-language.ts';
import { formatDay } from '../src/lib/model/dates.ts';
import { NATIONAL_EDITION_ID, resolveEdition } from '../src/lib/editions/edition.ts';
import { editionPaths } from '../src/lib/editions/edition-plan.ts';
import { listRegions } from '../src/lib/editions/region-config.ts';
import { reviewState } from '../src/lib/checks/review.ts';
import { acceptCommand } from '../src/lib/editions/staleness.ts';
import { translationAcceptCommand } from '../src/lib/editions/translations.ts';
import { languageOf } from '../src/lib/model/languages.ts';
import { count } from '../src/lib/messages/wording.ts';
import { handleKnownErrors } from './lib/cli.ts';

handleKnownErrors();

const root = process.cwd();
const requested = process.argv.slice(2);
const now = new Date();
const table = (headers: string[], rows: string[][]) =>
  rows.length ? [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n') : '_Geen._';

for (const id of requested.length ? requested : [NATIONAL_EDITION_ID, ...listRegions(root)]) {
  const edition = resolveEdition({ ...process.env, REGION: id }, root);
  const { plans, stale, staleTranslations, errors } = checkEdition(edition, editionPaths(root, process.env), now);
  const overdue: string[][] = [];
  const withoutSources: string[][] = [];
  const rechecks: { file: string; date: Date; what: string }[] = [];
  const unchecked: string[][] = [];
  for (const [collection, plan] of Object.entries(plans)) {
    for (const entry of plan.entries) {
      const file = entry.extension?.file ?? entry.file;
      const reviewed = entry.parsed?.reviewed;
      if (reviewed instanceof Date) {
        const state = reviewState(collection, reviewed, now);
        if (state.status === 'overdue') overdue.push([file, formatDay(reviewed), `${state.months} mnd (norm ${state.interval})`]);
      }
      const recheck = entry.parsed?.recheck as { date: Date; what: string } | undefined;
      if (recheck) rechecks.push({ file, ...recheck });
      if (entry.lang !== 'nl' && entry.data.translationReviewed === false) unchecked.push([entry.file, languageOf(entry.lang).dutchName]);
      if (collection !== 'events' && !(Array.isArray(entry.data.sources) && entry.data.sources.length > 0)) withoutSources.push([file]);
    }
  }
  console.log(`\n# Editie ${edition.name} (${id})\n`);
  if (errors.length) console.log(`⚠ ${count(errors.length, 'inhoudsfout', 'inhoudsfouten')}: draai npm run check -- ${id}\n`);
  console.log(`## Over de controletermijn (${overdue.length})\n\n${table(['bestand', 'laatst gecontroleerd', 'geleden'], overdue)}\n`);
  console.log(`## Verouderde regionale versies (${stale.length})\n\n${table(['regionaal bestand', 'landelijke bron', 'basedOn', 'overnemen na het lezen van de wijziging'], stale.map((item) => [item.file, item.nationalFile, item.basedOn, `\`${acceptCommand(item)}\``]))}\n`);
  console.log(`## Opnieuw nakijken (${rechecks.length})\n\n${table(['bestand', 'datum', 'wat', 'wanneer'], rechecks.sort((a, b) => a.date.getTime() - b.date.getTime()).map((item) => [item.file, formatDay(item.date), item.what, item.date.getTime() <= now.getTime() ? '**nu nakijken**' : 'later']))}\n`);
  console.log(
    `## Verouderde vertalingen (${staleTranslations.length})\n\n${table(['vertaling', 'taal', 'Nederlandse bron', 'na het bijwerken'], staleTranslations.map((item) => [item.file, languageOf(item.lang).dutchName, item.nationalFile, `\`${translationAcceptCommand(item)}\``]))}\n`,
  );
  console.log(`## Vertalingen nog niet nagelezen door een moedertaalspreker (${unchecked.length})\n\n${table(['vertaling', 'taal'], unchecked)}\n`);
  console.log(`## Zonder bronnen (${withoutSources.length})\n\n${table(['bestand'], withoutSources)}\n`);
  const scores = editionReadability(plans).sort((a, b) => a.score - b.score);
  const under = scores.filter((score) => score.score < B1_LINE).length;
  console.log(`## Leesbaarheid (Flesch-Douma, lijn ${B1_LINE}; ${under} onder de lijn)\n\n${table(['bestand', 'score', 'woorden per zin', 'lettergrepen per woord', 'woorden'], scores.map((score) => [score.file, `${score.score.toFixed(0)}${score.score < B1_LINE ? ' ✗' : ''}`, score.wordsPerSentence.toFixed(1), score.syllablesPerWord.toFixed(2), String(score.words)]))}`);
}
