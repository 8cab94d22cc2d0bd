/**
 * Tools for regional editions.
 *
 *   npm run regions:status [-- <id> …]                           every regional replacement per edition; for a stale
 *                                                                one the national change (git diff) and the accept command
 *   npm run regions:accept -- <id> <collection>/<slug> [--yes]   show the national change since basedOn and record the new base
 *   npm run regions:override -- <id> <collection>/<slug>         start a regional version of a national entry
 *   npm run regions:new -- <id>                                  scaffold a new edition
 *
 * English (and any other language) pages: <collection>/en/<slug>, e.g. toolkits/en/checklist-cyberbasis.
 * Staleness is decided in one place, src/lib/editions/staleness.ts, exactly as the build, the check and the report do.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { resolveEdition } from '../src/lib/editions/edition.ts';
import { COLLECTION_FILES, editionPaths, planCollection } from '../src/lib/editions/edition-plan.ts';
import { parseContentFile } from '../src/lib/model/front-matter.ts';
import type { ReplaceOverride } from '../src/lib/editions/overlay.ts';
import { listRegions } from '../src/lib/editions/region-config.ts';
import { substantiveHash } from '../src/lib/editions/source-hash.ts';
import { acceptCommand, nationalDiff, overrideKey, readableDiff } from '../src/lib/editions/staleness.ts';
import { LOCALES, type Locale } from '../src/lib/model/taxonomy.ts';
import { addCodeownersRule, codeownersRule, CODEOWNERS_FILE, regionName } from '../src/lib/authoring/edition-setup.ts';
import { basedOnLine, startDataOverride, startOverride } from './lib/editing/override.ts';
import { orderOf } from '../src/lib/authoring/content-format.ts';
import { handleKnownErrors } from './lib/cli.ts';

handleKnownErrors();

const ROOT = process.cwd();
const COLLECTIONS = ['themes', 'concepts', 'toolkits', 'pages', 'scan'] as const;
const argv = process.argv.slice(2);
const yes = argv.includes('--yes') || argv.includes('-y');
const [command, ...args] = argv.filter((arg) => arg !== '--yes' && arg !== '-y');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

type PlannedCollection = keyof typeof COLLECTION_FILES;

/** Every replacement of an edition, with the stale ones marked: the same plan the build and the check use. */
function overridesOf(id: string): { override: ReplaceOverride; stale: ReturnType<typeof planCollection>['stale'][number] | undefined }[] {
  const edition = resolveEdition({ ...process.env, REGION: id }, ROOT);
  return (Object.keys(COLLECTION_FILES) as PlannedCollection[]).flatMap((collection) => {
    const plan = planCollection(collection, edition, editionPaths(ROOT, process.env));
    return plan.overrides.map((override) => ({ override, stale: plan.stale.find((stale) => stale.file === override.file) }));
  });
}

const indent = (text: string) => text.trimEnd().split('\n').map((line) => `      ${line}`);

function diffLines(stale: NonNullable<ReturnType<typeof overridesOf>[number]['stale']>): string[] {
  const diff = nationalDiff(ROOT, stale);
  if (diff === undefined) return ['      (de versie waarop basedOn is gebaseerd staat niet in de git-geschiedenis; vergelijk de teksten met de hand)'];
  return diff.trim() ? ['      Wat er landelijk veranderde sinds uw versie (– was: de tekst toen, + nu: de tekst nu):', ...indent(readableDiff(diff).join('\n'))] : ['      (geen verschil in de tekst op schijf: de wijziging zit in een nog niet vastgelegde versie)'];
}

function status(ids: string[]): void {
  let staleCount = 0;
  for (const id of ids) {
    const lines: string[] = [];
    for (const { override, stale } of overridesOf(id)) {
      if (!stale) {
        lines.push(`  ✓ ${override.file}: bij (gebaseerd op ${override.basedOn})`);
        continue;
      }
      staleCount++;
      lines.push(`  ! ${override.file}: VEROUDERD — ${override.nationalFile} is gewijzigd (basedOn ${override.basedOn}, nu ${override.currentHash})`);
      lines.push(...diffLines(stale));
      lines.push(`      Werk de regionale tekst zo nodig bij en neem de wijziging over met: ${acceptCommand(override)}`);
    }
    console.log(`Editie ${id}:`);
    console.log(lines.length ? lines.join('\n') : '  geen regionale vervangingen');
  }
  console.log(staleCount ? `\n${staleCount} verouderde regionale ${staleCount === 1 ? 'versie' : 'versies'}.` : '\nAlle regionale versies zijn bij.');
}

/** `toolkits/x`, `toolkits/en/x` or `en/toolkits/x` → collection, language, slug. */
function parseKey(key: string | undefined): { collection: string; lang: Locale; slug: string } {
  const parts = (key ?? '').split('/').filter(Boolean);
  const isLocale = (part: string | undefined): part is Locale => (LOCALES as readonly string[]).includes(part ?? '');
  if (parts.length === 2) return { collection: parts[0]!, lang: 'nl', slug: parts[1]! };
  if (parts.length === 3 && isLocale(parts[1])) return { collection: parts[0]!, lang: parts[1], slug: parts[2]! };
  if (parts.length === 3 && isLocale(parts[0])) return { collection: parts[1]!, lang: parts[0], slug: parts[2]! };
  return fail(`"${key ?? ''}": verwacht <collectie>/<slug> of, voor een vertaling, <collectie>/<taal>/<slug> (zoals toolkits/en/checklist-cyberbasis)`);
}

async function accept(id: string | undefined, key: string | undefined): Promise<void> {
  if (!id || !key) fail('Gebruik: npm run regions:accept -- <editie> <collectie>/<slug> [--yes], bijvoorbeeld voorbeeld-zuid toolkits/stappenplan-winkeldiefstal');
  const wanted = parseKey(key);
  const found = overridesOf(id).find(({ override }) => overrideKey(override) === overrideKey(wanted));
  if (!found) fail(`regions/${id}: geen regionale vervanging (overlay: replace) van ${overrideKey(wanted)}; zie npm run regions:status -- ${id}`);
  const { override, stale } = found;
  if (override.basedOn === override.currentHash) {
    console.log(`${override.file} is al gebaseerd op de huidige landelijke tekst (${override.currentHash}).`);
    return;
  }
  if (stale) {
    console.log(`Landelijke wijziging in ${override.nationalFile} sinds basedOn ${override.basedOn}:\n`);
    console.log(diffLines(stale).join('\n'));
  } else {
    console.log(`${override.nationalFile} is sinds basedOn ${override.basedOn} alleen redactioneel gewijzigd (of basedOn is in de oude vorm geschreven).`);
  }
  if (!yes) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await prompt.question(`\nHeeft u de regionale tekst bijgewerkt en wilt u basedOn op "${override.currentHash}" zetten? [j/N] `);
    prompt.close();
    if (!/^(j|ja|y|yes)$/i.test(answer.trim())) {
      console.log('Niets gewijzigd.');
      return;
    }
  }
  const path = join(ROOT, override.file);
  const text = readFileSync(path, 'utf8');
  const updated = text.replace(/^basedOn\s*:.*$/m, basedOnLine(override.currentHash));
  if (updated === text) fail(`${override.file}: geen regel "basedOn:" gevonden in de front matter`);
  writeFileSync(path, updated);
  console.log(`${override.file}: basedOn is nu "${override.currentHash}".`);
}

function override(id: string | undefined, key: string | undefined): void {
  if (!id || !key) fail('Gebruik: npm run regions:override -- <editie> <collectie>/<slug>, bijvoorbeeld voorbeeld-noord toolkits/checklist-cyberbasis (Engels: toolkits/en/checklist-cyberbasis)');
  const edition = resolveEdition({ ...process.env, REGION: id }, ROOT);
  const { collection, lang, slug } = parseKey(key);
  if (!(COLLECTIONS as readonly string[]).includes(collection)) fail(`"${key}": verwacht een collectie uit ${COLLECTIONS.join(', ')}`);
  if (!edition.locales.includes(lang)) fail(`regions/${id}/region.yaml: de editie publiceert geen "${lang}" (locales: ${edition.locales.join(', ')}); voeg de taal eerst toe`);
  if (edition.hide.includes(`${collection}/${slug}`)) {
    fail(`${collection}/${slug} staat in hide in regions/${id}/region.yaml: uw editie laat die pagina weg, dus een eigen versie zou niemand zien. Wilt u hem toch tonen? Haal hem eerst uit hide en draai dit commando opnieuw.`);
  }
  const folder = lang === 'nl' ? collection : join(collection, lang);
  // Scan questions are YAML data files; the other collections are MDX texts.
  const extension = collection === 'scan' ? '.yaml' : '.mdx';
  const national = join(editionPaths(ROOT, process.env).contentDir, folder, `${slug}${extension}`);
  if (!existsSync(national)) fail(`${relative(ROOT, national)} bestaat niet; kies een landelijk item`);
  const target = join(ROOT, 'regions', id, 'content', folder, `${slug}${extension}`);
  if (existsSync(target)) fail(`${relative(ROOT, target)} bestaat al`);
  const text = readFileSync(national, 'utf8');
  const { data, body } = parseContentFile(text, relative(ROOT, national));
  const hash = substantiveHash(data, body);
  mkdirSync(join(ROOT, 'regions', id, 'content', folder), { recursive: true });
  writeFileSync(target, extension === '.yaml' ? startDataOverride(text, hash) : startOverride(text, hash, orderOf(collection)));
  console.log(`Gemaakt: ${relative(ROOT, target)} (basedOn ${hash}). Pas de tekst aan voor uw regio.`);
  console.log('basedOn is de vingerafdruk van de landelijke tekst waarop uw versie is gebaseerd: npm run regions:status meldt inhoudelijke wijzigingen, npm run regions:accept neemt ze over.');
}

function scaffold(id: string | undefined): void {
  if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail('Gebruik: npm run regions:new -- <editie-id> (kleine letters, cijfers en streepjes, bijvoorbeeld pvo-limburg)');
  const dir = join(ROOT, 'regions', id);
  if (existsSync(dir)) fail(`regions/${id} bestaat al`);
  for (const collection of [...COLLECTIONS, 'events', 'warnings']) mkdirSync(join(dir, 'content', collection), { recursive: true });
  mkdirSync(join(dir, 'public'), { recursive: true });
  copyFileSync(join(ROOT, 'public', 'favicon.svg'), join(dir, 'public', 'logo.svg'));
  const name = regionName(id);
  // Text values in double quotes: a colon or quote mark an editor types later cannot break the YAML.
  writeFileSync(
    join(dir, 'region.yaml'),
    `# Editie ${id}: zie docs/regionale-editie.md voor alle velden.
# Vervang elke tekst met "VUL IN" en elk adres op vul-in.example; npm run check wijst aan waar ze nog staan.
name: "PVO ${name}"
tagline: "VUL IN: een korte zin onder de naam, bijvoorbeeld Samen tegen criminaliteit in de regio"
siteUrl: "https://vul-in.example"
# Waar "Pas deze pagina aan" heen gaat: uw eigen kopie (fork) op GitHub, anders komt een bezoeker bij de landelijke.
editBaseUrl: "https://vul-in.example/uw-organisatie/kennisbank/edit/main/"
contact:
  email: "info@vul-in.example"
logo: "logo.svg"
tokens:
  primary: "#0b4a6f"
  primaryContrast: "#ffffff"
# locales: zonder dit veld alle talen van de kennisbank; [nl, en] zet de andere talen uit
partners: []
hide: []
navigation:
  - label: "Agenda"
    href: "/agenda/"
`,
  );
  writeFileSync(
    join(dir, 'content', 'pages', 'contact.mdx'),
    `---\ntitle: "Contact met PVO ${name}"\nsummary: "Zo bereikt u het Platform Veilig Ondernemen in uw regio voor vragen over veilig ondernemen."\nreviewed: ${new Date().toISOString().slice(0, 10)}\norder: 10\nsources:\n  - title: "Platforms Veilig Ondernemen"\n    url: "https://www.pvo-nl.nl/"\n---\n\n## Zo bereikt u ons\n\nVUL IN: uw telefoonnummer, e-mailadres en openingstijden.\n`,
  );
  for (const collection of [...COLLECTIONS, 'events', 'warnings']) {
    const folder = join(dir, 'content', collection);
    if (readdirSync(folder).length === 0) writeFileSync(join(folder, '.gitkeep'), '');
  }
  const codeowners = join(ROOT, CODEOWNERS_FILE);
  const owners = existsSync(codeowners) ? readFileSync(codeowners, 'utf8') : undefined;
  if (owners !== undefined) writeFileSync(codeowners, addCodeownersRule(owners, id));
  console.log(`Nieuwe editie in regions/${id}/.`);
  if (owners !== undefined) console.log(`${CODEOWNERS_FILE}: regel toegevoegd: ${codeownersRule(owners, id)} (pas de teamnaam aan als uw team anders heet).`);
  console.log(`Vervang nu de teksten met "VUL IN" (npm run check -- ${id} wijst ze aan). Bouw en bekijk de editie met: REGION=${id} npm start`);
}

switch (command) {
  case 'status':
    status(args.length ? args : listRegions(ROOT));
    break;
  case 'accept':
    await accept(args[0], args[1]);
    break;
  case 'override':
    override(args[0], args[1]);
    break;
  case 'new':
    scaffold(args[0]);
    break;
  default:
    fail('Gebruik: node scripts/regions.ts status|accept|override|new …');
}
