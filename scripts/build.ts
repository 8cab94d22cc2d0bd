/**
 * Production build: Astro renders the site into a staging folder (in a child
 * process, scripts/lib/build/astro-build.ts), Pagefind indexes it, the app icons and the
 * offline worker are made from the result (scripts/lib/build/app-icons.ts,
 * scripts/lib/build/offline-worker.ts; a pull-request preview gets no worker), and only a
 * complete result replaces the output folder, so a failed build never leaves a
 * half-built site behind.
 *
 * This process stays small while Astro runs (its other modules load afterwards):
 * at the peak it adds to Astro's memory, and Astro's child has returned all of
 * its memory before Pagefind starts, so the two never add up (issue 13).
 *
 *   node scripts/build.ts            → dist/
 *   OUT_DIR=/tmp/x node scripts/build.ts
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { astroStages, cpuMilliseconds, formatStages, readStages, recordStage, STAGES_FILE_VARIABLE, withOther, type Stage } from '../src/lib/build/build-stages.ts';
import { WARNINGS_FILE_VARIABLE } from '../src/lib/build/build-warnings.ts';
import { handleKnownErrors } from './lib/cli.ts';
import { astroEnv } from './lib/build/astro.ts';
import { referenceDayOf } from '../src/lib/model/warnings.ts';

handleKnownErrors();

// A BUILD_DATE that is no real day stops the build before Astro starts (the pages read it in src/lib/build/reference-day.ts).
const referenceDay = referenceDayOf(process.env.BUILD_DATE);
if (!referenceDay.ok) {
  console.error(`✗ ${referenceDay.message}`);
  process.exit(1);
}

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const stagingDir = `${outDir}.partial`;

const warningsFile = join(tmpdir(), `kvo-warnings-${process.pid}.txt`);
writeFileSync(warningsFile, '');
// Stage timings: Astro's own timer, our stages appended by the loader and below (a caller such as the bench may name the file).
const timerFile = join(tmpdir(), `kvo-astro-timer-${process.pid}.json`);
const stagesFile = process.env[STAGES_FILE_VARIABLE] ?? join(tmpdir(), `kvo-stages-${process.pid}.jsonl`);
if (!process.env[STAGES_FILE_VARIABLE]) writeFileSync(stagesFile, '');

rmSync(stagingDir, { recursive: true, force: true });
const astroStarted = performance.now();
const astroCpuStarted = cpuMilliseconds();
const astro = spawnSync(process.execPath, ['scripts/lib/build/astro-build.ts'], {
  stdio: 'inherit',
  env: astroEnv({ ...process.env, OUT_DIR: stagingDir, [WARNINGS_FILE_VARIABLE]: warningsFile, [STAGES_FILE_VARIABLE]: stagesFile, ASTRO_TIMER_PATH: timerFile }),
});
const astroMilliseconds = performance.now() - astroStarted;
const stage = (name: Stage, started: number) => recordStage(name, performance.now() - started, { [STAGES_FILE_VARIABLE]: stagesFile });
const cpuStage = (name: Stage, started: number | undefined) => {
  const now = cpuMilliseconds();
  if (now !== undefined && started !== undefined) recordStage(name, now - started, { [STAGES_FILE_VARIABLE]: stagesFile });
};
cpuStage('cpu: astro', astroCpuStarted);
if (astro.status !== 0) {
  rmSync(stagingDir, { recursive: true, force: true });
  rmSync(warningsFile, { force: true });
  rmSync(timerFile, { force: true });
  console.error('\nBouwen mislukt: de site is niet bijgewerkt. Zie de melding hierboven.');
  process.exit(astro.status ?? 1);
}
// The checks of npm run check that the loaders do not run (canonical front matter, a region's set-up):
// every ✗ of the check stops the build too. After Astro, so a file's real error is the one reported first.
{
  const [{ editorialProblems }, { problemLine }] = await Promise.all([import('../src/lib/authoring/editorial-check.ts'), import('./lib/report-format.ts')]);
  const buildRegion = process.env.REGION?.trim();
  const regions = buildRegion && buildRegion !== 'landelijk' ? [buildRegion] : [];
  const { errors } = editorialProblems(process.cwd(), resolve(process.env.CONTENT_DIR || 'content'), regions);
  if (errors.length) {
    rmSync(stagingDir, { recursive: true, force: true });
    rmSync(warningsFile, { force: true });
    rmSync(timerFile, { force: true });
    for (const problem of errors) console.error(`✗ ${problemLine(problem)}`);
    console.error(`\nBouwen mislukt: ${errors.length === 1 ? '1 fout' : `${errors.length} fouten`} (dezelfde als in npm run check). De site is niet bijgewerkt.`);
    process.exit(1);
  }
}

const [{ indexSite }, { writeVocabularies }, { loadRegionConfig }, { cleanLogo }, { writeAppIcons }, { describeOffline, writeOfflineWorker }, { isPreviewBuild }] = await Promise.all([
  import('./lib/build/pagefind-index.ts'),
  import('./lib/build/search-vocabulary.ts'),
  import('../src/lib/editions/region-config.ts'),
  import('../src/lib/editions/svg-logo.ts'),
  import('./lib/build/app-icons.ts'),
  import('./lib/build/offline-worker.ts'),
  import('../src/lib/outputs/offline.ts'),
]);

// The CMS bundle (Decap, self-hosted) next to /admin/; source maps stay out.
const copying = performance.now();
const decapDist = join('node_modules', 'decap-cms', 'dist');
cpSync(decapDist, join(stagingDir, 'admin'), { recursive: true, filter: (source) => !source.endsWith('.map') && !source.endsWith('.cms.js') && !/[/\\]cms\.(js|css)/.test(source) });

// A region's own static files (images for its pages) join the shared ones.
const region = process.env.REGION?.trim();
/** The mark the app icons are drawn from: the region's cleaned logo, or the default one. */
let iconSvg = readFileSync(join('public', 'favicon.svg'), 'utf8');
let iconColours = { background: '#ffffff', foreground: '#0b4a6f' };
if (region && region !== 'landelijk' && existsSync(join('regions', region, 'public'))) {
  cpSync(join('regions', region, 'public'), stagingDir, { recursive: true, force: false, errorOnExist: false });
  // The logo file itself is served on the site's origin too: publish the cleaned version (src/lib/editions/svg-logo.ts).
  const { logo, tokens } = loadRegionConfig(process.cwd(), region);
  if (logo) {
    iconSvg = cleanLogo(readFileSync(join('regions', region, 'public', logo), 'utf8')).svg;
    if (tokens.primary) iconColours = { background: tokens.primary, foreground: tokens.primaryContrast ?? '#ffffff' };
    writeFileSync(join(stagingDir, logo), iconSvg);
  }
}
stage('cms copy', copying);

try {
  const indexing = performance.now();
  const indexingCpu = cpuMilliseconds();
  const summary = indexSite(stagingDir);
  stage('pagefind', indexing);
  cpuStage('cpu: pagefind', indexingCpu);
  const perLanguage = Object.entries(summary.pagesPerLanguage).map(([lang, count]) => `${lang}: ${count}`);
  console.log(`Pagefind: zoekindex gemaakt (${perLanguage.join(', ')} pagina's).`);
  const counting = performance.now();
  const vocabularies = writeVocabularies(stagingDir).map(({ lang, words, gzipBytes }) => `${lang}: ${words} woorden, ${gzipBytes} B gzip`);
  stage('search vocabulary', counting);
  if (vocabularies.length) console.log(`Woordenlijst voor spellingsuggesties: ${vocabularies.join('; ')}.`);
} catch (error) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`\nZoekindex maken mislukt: ${(error as Error).message}`);
  process.exit(1);
}

try {
  const offline = performance.now();
  await writeAppIcons(stagingDir, iconSvg, iconColours);
  if (isPreviewBuild(process.env)) {
    console.log('Offline: voorbeeldbuild (PREVIEW of /pr-<n>/), geen worker; de pagina\'s verwijderen een eventuele worker in hun map.');
  } else {
    const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
    console.log(describeOffline(await writeOfflineWorker(stagingDir, { base, editionId: region || 'landelijk' })));
  }
  stage('offline worker', offline);
} catch (error) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`\nOffline-worker maken mislukt: ${(error as Error).message}`);
  process.exit(1);
}

if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(stagingDir, outDir);
console.log(`Klaar: ${outDir}`);
if (existsSync(timerFile)) {
  // Astro's stages go into the same file, so a caller that named it reads one breakdown.
  for (const [name, ms] of Object.entries(astroStages(readFileSync(timerFile, 'utf8'), astroMilliseconds))) recordStage(name as Stage, ms, { [STAGES_FILE_VARIABLE]: stagesFile });
  rmSync(timerFile, { force: true });
}
cpuStage('cpu: total', 0);
console.log(`Stappen: ${formatStages(withOther(readStages(stagesFile), performance.now()))}`);
if (!process.env[STAGES_FILE_VARIABLE]) rmSync(stagesFile, { force: true });

// One summary of everything that needs an editor's attention but does not block publishing.
const warnings = [...new Set(readFileSync(warningsFile, 'utf8').split('\n').filter(Boolean))];
rmSync(warningsFile, { force: true });
if (warnings.length) {
  console.log(`\n${warnings.length} ${warnings.length === 1 ? 'waarschuwing' : 'waarschuwingen'} (blokkeren de publicatie niet):`);
  for (const warning of warnings) console.log(`  - ${warning}`);
}
