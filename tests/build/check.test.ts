/**
 * `npm run check` on broken copies of the fixture content: each class of
 * problem gives one line with file, line, what is wrong and how to fix it,
 * and a GitHub annotation on pull requests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function check(mutate: (dir: string) => void, env: Record<string, string> = {}): { status: number | null; output: string } {
  const work = mkdtempSync(join(tmpdir(), 'kvo-check-'));
  try {
    cpSync('tests/fixtures/content-minimal', work, { recursive: true });
    mutate(work);
    const result = spawnSync(process.execPath, ['scripts/check.ts', 'landelijk'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: work, GITHUB_ACTIONS: '', ...env } });
    return { status: result.status, output: result.stdout + result.stderr };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const append = (dir: string, file: string, text: string) => appendFileSync(join(dir, file), text);

test('valid content passes', () => {
  const result = check(() => {});
  assert.equal(result.status, 0, result.output);
  assert.match(result.output, /1 editie gecontroleerd in [\d.]+ s: 0 fouten/);
});

test('a broken link names file, line and a fix', () => {
  const result = check((dir) => append(dir, 'themes/overvallen.mdx', '\nLees [de checklist](/toolkits/bestaat-niet/) en [afpersing](/themas/afpersing).\n'));
  assert.equal(result.status, 1);
  assert.match(result.output, /✗ .*themes\/overvallen\.mdx:14 — link: "\/toolkits\/bestaat-niet\/", een pagina die niet bestaat — verwacht een bestaande pagina/);
  assert.match(result.output, /themes\/overvallen\.mdx:14 — link: "\/themas\/afpersing", een pagina die niet bestaat — verwacht een bestaande pagina; bedoelt u \/themas\/afpersing\/ \(met slash aan het eind\)\?/);
});

test('a link to a missing heading anchor is reported', () => {
  const result = check((dir) => append(dir, 'pages/privacy.mdx', '\nZie [inhoud](/over/melden/#bestaat-niet).\n'));
  assert.match(result.output, /pages\/privacy\.mdx:13 — link: anker "#bestaat-niet" op \/over\/melden\/ — verwacht een bestaand kopje op die pagina, zoals .*inhoud/);
});

test('an image without alt text, and a missing image file', () => {
  const result = check((dir) => append(dir, 'toolkits/testchecklist.mdx', '\n![](/bestaat-niet.png)\n'));
  assert.match(result.output, /toolkits\/testchecklist\.mdx:17 — afbeelding: "\/bestaat-niet\.png" zonder alt-tekst — verwacht een korte beschrijving/);
  assert.match(result.output, /toolkits\/testchecklist\.mdx:17 — afbeelding: "\/bestaat-niet\.png", een bestand dat niet bestaat/);
});

test('skipped heading levels and an h1 in the body', () => {
  const result = check((dir) => append(dir, 'concepts/testconcept.mdx', '\n#### Te diep\n\n# Tweede titel\n'));
  assert.match(result.output, /concepts\/testconcept\.mdx:19 — kopjes: #### Te diep na een kop van niveau 2 — verwacht geen niveau overslaan: gebruik ###/);
  assert.match(result.output, /concepts\/testconcept\.mdx:21 — kopjes: # Tweede titel \(niveau 1\)/);
});

test('duplicate titles, unknown references and bad dates are errors', () => {
  const result = check((dir) => {
    const page = readFileSync(join(dir, 'pages/privacy.mdx'), 'utf8');
    writeFileSync(join(dir, 'pages/privacy-kopie.mdx'), page);
    writeFileSync(join(dir, 'toolkits/testchecklist.mdx'), readFileSync(join(dir, 'toolkits/testchecklist.mdx'), 'utf8').replace('themes: [overvallen]', 'themes: [inbraak]').replace('2026-11-01', '2026-02-30'));
  });
  assert.match(result.output, /pages\/privacy(-kopie)?\.mdx:2 — title: "Pagina privacy", dezelfde titel als/);
  assert.match(result.output, /toolkits\/testchecklist\.mdx:4 — reviewed: "2026-02-30" — verwacht een bestaande datum als JJJJ-MM-DD/);
});

test('an overdue review is a warning, not an error', () => {
  const result = check((dir) => writeFileSync(join(dir, 'toolkits/testchecklist.mdx'), readFileSync(join(dir, 'toolkits/testchecklist.mdx'), 'utf8').replace('2026-11-01', '2024-01-15')));
  assert.equal(result.status, 0, result.output);
  assert.match(result.output, /! .*toolkits\/testchecklist\.mdx:4 — reviewed: \d+ maanden geleden gecontroleerd — verwacht een controle elke 12 maanden/);
});

test('on GitHub Actions every problem is also a workflow annotation on its line', () => {
  const result = check((dir) => append(dir, 'themes/overvallen.mdx', '\n[weg](/nergens/)\n'), { GITHUB_ACTIONS: 'true' });
  assert.match(result.output, /^::error file=.*themes\/overvallen\.mdx,line=14,title=link::"\/nergens\/", een pagina die niet bestaat — verwacht een bestaande pagina$/m);
});

test('an unknown sector names file, line, field and the sectors that exist', () => {
  const result = check((dir) => writeFileSync(join(dir, 'themes/afpersing.mdx'), readFileSync(join(dir, 'themes/afpersing.mdx'), 'utf8').replace('sectors: [horeca]', 'sectors: [horeca, kapsalon]')));
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /themes\/afpersing\.mdx:6 — sectors, 2e waarde: "kapsalon", dat niet bestaat in "sectors" — verwacht een van: .*horeca/);
});

test('front matter in another form than the canonical one is an error with the line to write', () => {
  const result = check((dir) => {
    const file = join(dir, 'themes/overvallen.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "Thema overvallen"', 'title: Thema overvallen'));
  });
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /✗ .*themes\/overvallen\.mdx:2 — front matter: “title: Thema overvallen”, niet in de vaste vorm .* — verwacht op deze regel “title: "Thema overvallen"” — draai npm run format:content/);
  assert.match(result.output, /1 fout,/);
});

test('a file with another error gets that error, not a front matter form error on top', () => {
  const result = check((dir) => {
    const file = join(dir, 'toolkits/testchecklist.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "Testchecklist"', 'title: Testchecklist').replace('2026-11-01', '2026-02-30'));
  });
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /toolkits\/testchecklist\.mdx:4 — reviewed: "2026-02-30" — verwacht een bestaande datum/);
  assert.doesNotMatch(result.output, /front matter/);
});

test('"het PVO in uw regio" without a link to the PVO list is an error on its line', () => {
  const result = check((dir) => append(dir, 'themes/overvallen.mdx', '\nNeem contact op met het PVO in uw regio.\n\nOf met <PvoLink>het PVO in uw regio</PvoLink>.\n'));
  assert.equal(result.status, 1);
  assert.match(result.output, /✗ .*themes\/overvallen\.mdx:14 — tekst: "PVO in uw regio" zonder link naar de lijst van PVO's — verwacht een link naar "Vind uw PVO": zet <PvoLink>/);
  assert.doesNotMatch(result.output, /overvallen\.mdx:16/);
});

test('a source on a retired site is an error that names the site to use instead', () => {
  const result = check((dir) => {
    writeFileSync(join(dir, 'retired-sources.yaml'), 'oude-site.nl:\n  since: 2026-01-01\n  why: "de organisatie is opgegaan in een andere"\n  use: "https://www.nieuwe-site.nl/"\n');
    append(dir, 'toolkits/testchecklist.mdx', '\nMeer op [de oude site](https://www.oude-site.nl/tips/).\n');
  });
  assert.equal(result.status, 1);
  assert.match(result.output, /✗ .*toolkits\/testchecklist\.mdx:17 — tekst: https:\/\/www\.oude-site\.nl\/tips\/: oude-site\.nl is sinds 2026-01-01 geen bruikbare bron meer \(de organisatie is opgegaan in een andere\) — verwacht een actuele bron in de plaats, bijvoorbeeld via https:\/\/www\.nieuwe-site\.nl\//);
});

test('a dated claim past its recheck date is a warning with what to check', () => {
  const result = check((dir) => {
    const file = join(dir, 'concepts/testconcept.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(reviewed: .*)$/m, '$1\nrecheck:\n  date: 2026-01-15\n  what: "Is de wet al in werking?"'));
  });
  assert.equal(result.status, 0, result.output);
  assert.match(result.output, /! .*concepts\/testconcept\.mdx:\d+ — recheck: opnieuw nakijken sinds 2026-01-15: Is de wet al in werking\? — verwacht kijk het na bij de bron/);
  assert.match(result.output, /0 fouten, 1 waarschuwing/);
});

test('a Dutch text under the B1 line is a warning that quotes its hardest sentence', () => {
  const hard = 'De implementatie van informatiebeveiligingsmaatregelen binnen ondernemersverenigingen vereist structurele samenwerkingsverbanden tussen verzekeringsmaatschappijen, beveiligingsorganisaties en gemeentelijke veiligheidscoördinatoren.';
  const result = check((dir) => append(dir, 'concepts/testconcept.mdx', `\n${Array.from({ length: 4 }, () => hard).join(' ')}\n`));
  assert.equal(result.status, 0, result.output);
  assert.match(result.output, /! .*concepts\/testconcept\.mdx:\d+ — tekst: leesbaarheid -?\d+ \(Flesch-Douma; .*moeilijkste zinnen: "De implementatie van informatiebeveiligingsmaatregelen.*— verwacht minstens 60 \(B1\)/);
});

test('a scan question whose link or anchor does not exist names file, field and line', () => {
  const question = (link: string, anchor: string) =>
    `title: "Controleert u alles elke week?"\nsummary: "Een vaste controle laat zien wat er mis is voordat het misgaat."\nreviewed: 2026-11-01\ntheme: overvallen\nsectors: []\norder: 10\nrisk: nee\npriority: 1\nadvice: "Loop elke week de checklist door."\nlink: ${link}\nanchor: ${anchor}\nsources:\n  - title: "Bron"\n    url: "https://example.org/"\n`;
  const result = check((dir) => {
    mkdirSync(join(dir, 'scan'));
    writeFileSync(join(dir, 'scan/goed.yaml'), question('toolkits/testchecklist', 'controleer'));
    writeFileSync(join(dir, 'scan/kapotte-link.yaml'), question('toolkits/bestaat-niet', 'controleer'));
    writeFileSync(join(dir, 'scan/kapot-anker.yaml'), question('toolkits/testchecklist', 'bestaat-niet'));
  });
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /scan\/kapotte-link\.yaml:10 — link: "toolkits\/bestaat-niet", een pagina die niet bestaat \(\/toolkits\/bestaat-niet\/\)/);
  assert.match(result.output, /scan\/kapot-anker\.yaml:11 — anchor: "bestaat-niet", geen kopje op \/toolkits\/testchecklist\/ — verwacht het id van een kopje op die pagina, zoals controleer/);
  assert.doesNotMatch(result.output, /scan\/goed\.yaml/);
});
