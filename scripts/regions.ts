/**
 * Tools for regional editions.
 *
 *   npm run regions:status [-- <id>]                       stale overrides per edition, with what changed nationally
 *   npm run regions:override -- <id> <collection>/<slug>   start a regional version of a national entry
 *   npm run regions:new -- <id>                            scaffold a new edition
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentFile } from '../src/lib/front-matter.ts';
import { listRegions, loadRegionConfig } from '../src/lib/region-config.ts';
import { sourceHash } from '../src/lib/source-hash.ts';
import { addCodeownersRule, codeownersRule, CODEOWNERS_FILE } from '../src/lib/edition-setup.ts';
import { startOverride } from './lib/override.ts';
import { handleKnownErrors } from './lib/cli.ts';

handleKnownErrors();

const ROOT = process.cwd();
const COLLECTIONS = ['themes', 'concepts', 'toolkits', 'pages'] as const;
const [command, ...args] = process.argv.slice(2);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The newest commit in which the national file had the given hash, if history has it. */
function commitWithHash(file: string, hash: string): string | undefined {
  for (const commit of (git(['log', '--format=%H', '--', file]) ?? '').split('\n').filter(Boolean)) {
    const text = git(['show', `${commit}:${file}`]);
    if (text !== undefined && sourceHash(text) === hash) return commit;
  }
  return undefined;
}

function status(ids: string[]): void {
  let staleCount = 0;
  for (const id of ids) {
    loadRegionConfig(ROOT, id);
    const overrides: string[] = [];
    for (const collection of COLLECTIONS) {
      const dir = join(ROOT, 'regions', id, 'content', collection);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
        const file = join('regions', id, 'content', collection, name);
        const { data } = parseContentFile(readFileSync(join(ROOT, file), 'utf8'), file);
        if (data.overlay !== 'replace') continue;
        const national = join('content', collection, name);
        if (!existsSync(join(ROOT, national))) {
          overrides.push(`  ✗ ${file}: de landelijke tekst ${national} bestaat niet meer`);
          staleCount++;
          continue;
        }
        const current = sourceHash(readFileSync(join(ROOT, national), 'utf8'));
        if (data.basedOn === current) {
          overrides.push(`  ✓ ${file}: bij (gebaseerd op ${current})`);
          continue;
        }
        staleCount++;
        overrides.push(`  ! ${file}: VEROUDERD — ${national} is gewijzigd (basedOn ${String(data.basedOn)}, nu ${current})`);
        const since = typeof data.basedOn === 'string' ? commitWithHash(national, data.basedOn) : undefined;
        if (since) {
          const diff = git(['diff', '--stat', '--patch', since, '--', national]) ?? '';
          overrides.push(...diff.trimEnd().split('\n').map((line) => `      ${line}`));
        } else {
          overrides.push('      (de oude versie staat niet in de git-geschiedenis; vergelijk de teksten met de hand)');
        }
        overrides.push(`      Werk de regionale tekst bij en zet daarna basedOn: "${current}".`);
      }
    }
    console.log(`Editie ${id}:`);
    console.log(overrides.length ? overrides.join('\n') : '  geen regionale vervangingen');
  }
  console.log(staleCount ? `\n${staleCount} verouderde regionale ${staleCount === 1 ? 'versie' : 'versies'}.` : '\nAlle regionale versies zijn bij.');
}

function override(id: string | undefined, key: string | undefined): void {
  if (!id || !key) fail('Gebruik: npm run regions:override -- <editie> <collectie>/<slug>, bijvoorbeeld voorbeeld-noord toolkits/checklist-cyberbasis');
  loadRegionConfig(ROOT, id);
  const [collection, slug] = key.split('/');
  if (!collection || !slug || !(COLLECTIONS as readonly string[]).includes(collection)) fail(`"${key}": verwacht <collectie>/<slug> met collectie ${COLLECTIONS.join(', ')}`);
  const national = join(ROOT, 'content', collection, `${slug}.mdx`);
  if (!existsSync(national)) fail(`content/${collection}/${slug}.mdx bestaat niet; kies een landelijk item`);
  const target = join(ROOT, 'regions', id, 'content', collection, `${slug}.mdx`);
  if (existsSync(target)) fail(`${target} bestaat al`);
  const text = readFileSync(national, 'utf8');
  mkdirSync(join(ROOT, 'regions', id, 'content', collection), { recursive: true });
  writeFileSync(target, startOverride(text, sourceHash(text)));
  console.log(`Gemaakt: regions/${id}/content/${collection}/${slug}.mdx (basedOn ${sourceHash(text)}). Pas de tekst aan voor uw regio.`);
}

function scaffold(id: string | undefined): void {
  if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail('Gebruik: npm run regions:new -- <editie-id> (kleine letters, cijfers en streepjes, bijvoorbeeld pvo-limburg)');
  const dir = join(ROOT, 'regions', id);
  if (existsSync(dir)) fail(`regions/${id} bestaat al`);
  for (const collection of [...COLLECTIONS, 'events']) mkdirSync(join(dir, 'content', collection), { recursive: true });
  mkdirSync(join(dir, 'public'), { recursive: true });
  copyFileSync(join(ROOT, 'public', 'favicon.svg'), join(dir, 'public', 'logo.svg'));
  const name = id.replace(/^pvo-/, '').replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => `${dash ? ' ' : ''}${letter.toUpperCase()}`);
  // Text values in double quotes: a colon or quote mark an editor types later cannot break the YAML.
  writeFileSync(
    join(dir, 'region.yaml'),
    `# Editie ${id}: zie docs/regionale-editie.md voor alle velden.
# Vervang elke tekst met "VUL IN" en elk adres op vul-in.example; npm run check wijst aan waar ze nog staan.
name: "PVO ${name}"
tagline: "VUL IN: een korte zin onder de naam, bijvoorbeeld Samen tegen criminaliteit in de regio"
siteUrl: "https://vul-in.example"
contact:
  email: "info@vul-in.example"
logo: "logo.svg"
tokens:
  primary: "#0b4a6f"
  primaryContrast: "#ffffff"
locales: [nl]
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
  for (const collection of [...COLLECTIONS, 'events']) {
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
  case 'override':
    override(args[0], args[1]);
    break;
  case 'new':
    scaffold(args[0]);
    break;
  default:
    fail('Gebruik: node scripts/regions.ts status|override|new …');
}
