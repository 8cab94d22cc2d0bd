/**
 * Benchmark: builds a synthetic corpus with the real site code and prints
 * the figures the budgets in DESIGN.md §6 and issue 13 are judged by. A
 * script, not a test.
 *
 * The machine is shared, so single timings are noisy: the site and the bare
 * Astro + MDX + Pagefind floor are built in pairs, one right after the other
 * (the order alternates per pair), each from a cold cache, and the median of
 * the per-pair ratios is the figure that counts.
 *
 *   npm run bench                          1,000 pages, 3 pairs
 *   npm run bench -- --pages 5000 --runs 2
 *   npm run bench -- --editions 10         build:all of ten regional editions over the corpus
 *   npm run bench -- --keep                keep the temporary folder
 *   npm run bench -- --no-baseline         skip the floor (one site build per run)
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { planOffline } from './lib/build/offline-worker.ts';
import { astroStages, readStages, STAGES, STAGES_FILE_VARIABLE, withOther, type StageTimes } from '../src/lib/build/build-stages.ts';
import { writeBenchEditions } from './lib/bench/bench-editions.ts';
import { writeBaselineSite } from './lib/bench/baseline-site.ts';
import { writeCorpus } from './lib/bench/corpus.ts';
import { searchFigures } from './lib/bench/bench-search.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    editions: { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
  },
});
const pageCount = Number(values.pages);
const runs = Number(values.runs);
const editionCount = Number(values.editions);
if (!Number.isInteger(pageCount) || pageCount < 10) throw new Error(`--pages: gevonden "${values.pages}"; verwacht een geheel getal vanaf 10`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: gevonden "${values.runs}"; verwacht een geheel getal vanaf 1`);
if (!Number.isInteger(editionCount) || editionCount < 0) throw new Error(`--editions: gevonden "${values.editions}"; verwacht een geheel getal vanaf 0`);

/** Reference figures from DESIGN.md §6 (2 cores, cold build, 1,000 / 5,000 pages). */
const REFERENCE = { starlightShortSidebar: { 1000: 34, 5000: 128 } } as const;
const TIME_BUDGET = 1.05;
const MEMORY_BUDGET = 1.1;

const work = mkdtempSync(join(tmpdir(), 'kvo-bench-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const counts = writeCorpus(contentDir, pageCount);
console.log(`Corpus: ${pageCount} pagina's (${JSON.stringify(counts)}) in ${work}`);

/** Sum of the resident memory of a process and all its descendants (Linux /proc), in bytes. */
function treeRss(rootPid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(rss?.[1] ?? 0) * 1024;
    } catch {
      // Gone already.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Measured {
  seconds: number;
  /** User + system CPU time of the whole process tree: less sensitive to a busy machine than wall time. */
  cpuSeconds: number | undefined;
  peakBytes: number | undefined;
  stages: StageTimes;
}

/** GNU time reports the CPU time of a command and everything it waited for. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command with the bundled Node, timing it and sampling the memory of its whole process tree. */
async function timed(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Omit<Measured, 'stages'>> {
  const started = performance.now();
  const timeFile = join(work, `time-${process.hrtime.bigint()}.txt`);
  const [command, ...commandArgs] = GNU_TIME ? [GNU_TIME, '-f', '%U %S', '-o', timeFile, process.execPath, ...args] : [process.execPath, ...args];
  const child = spawn(command!, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], cwd: options.cwd ?? process.cwd(), env: { ...process.env, ...options.env } });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const canSample = existsSync('/proc/self/status');
  let peak = 0;
  const sampler = canSample ? setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100) : undefined;
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(sampler);
  if (code !== 0) {
    console.error(log);
    throw new Error(`${args.join(' ')} failed with exit code ${code}`);
  }
  const cpu = GNU_TIME && existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : undefined;
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpu ? cpu[0]! + cpu[1]! : undefined, peakBytes: canSample ? peak : undefined };
}

/** Our build, cold: a fresh Astro cache each run. */
async function siteBuild(): Promise<Measured> {
  const cache = join(work, 'cache');
  const stagesFile = join(work, 'stages.jsonl');
  rmSync(cache, { recursive: true, force: true });
  writeFileSync(stagesFile, '');
  const result = await timed(['scripts/build.ts'], { env: { CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cache, [STAGES_FILE_VARIABLE]: stagesFile } });
  const stages = withOther(readStages(stagesFile), result.seconds * 1000);
  return { ...result, stages: result.cpuSeconds !== undefined ? { ...stages, 'cpu: total': result.cpuSeconds * 1000 } : stages };
}

/** The bare floor on this machine, cold: same corpus, one bare template, Astro build + Pagefind CLI. */
const baselineDir = join(work, 'baseline');
async function baselineBuild(): Promise<Measured> {
  if (!existsSync(baselineDir)) writeBaselineSite(baselineDir, contentDir);
  for (const dir of ['.cache', '.astro', 'dist']) rmSync(join(baselineDir, dir), { recursive: true, force: true });
  const timerFile = join(work, 'baseline-timer.json');
  const astro = await timed([join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: baselineDir, env: { ASTRO_TIMER_PATH: timerFile, ASTRO_TELEMETRY_DISABLED: '1' } });
  const index = await timed([join(process.cwd(), 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'], { cwd: baselineDir });
  const seconds = astro.seconds + index.seconds;
  return {
    seconds,
    cpuSeconds: astro.cpuSeconds !== undefined && index.cpuSeconds !== undefined ? astro.cpuSeconds + index.cpuSeconds : undefined,
    peakBytes: Math.max(astro.peakBytes ?? 0, index.peakBytes ?? 0) || undefined,
    stages: withOther(
      {
        ...astroStages(readFileSync(timerFile, 'utf8'), astro.seconds * 1000),
        pagefind: index.seconds * 1000,
        ...(astro.cpuSeconds !== undefined && index.cpuSeconds !== undefined
          ? { 'cpu: astro': astro.cpuSeconds * 1000, 'cpu: pagefind': index.cpuSeconds * 1000, 'cpu: total': (astro.cpuSeconds + index.cpuSeconds) * 1000 }
          : {}),
      },
      seconds * 1000,
    ),
  };
}

const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const gib = (bytes: number | undefined) => (bytes ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : 'n.v.t. (geen /proc)');
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).byteLength;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

function printRows(title: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${title}`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}

/** HTML of a page plus the CSS and JS files it links, gzip-compressed. */
function pageWeight(htmlFile: string) {
  const html = readFileSync(htmlFile, 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => join(outDir, match[1]!));
  const css = assets(/<link rel="stylesheet" href="\/([^"]+\.css)"/g).reduce((sum, file) => sum + gz(file), 0);
  const js = assets(/<script[^>]+src="\/([^"]+\.js)"/g).reduce((sum, file) => sum + gz(file), 0);
  return { html: gz(htmlFile), css, js };
}

/** The offline worker (sw.js and the Workbox runtime it imports) and what it keeps per language (scripts/lib/build/offline-worker.ts). */
function offlineFigures(dir: string): [string, string][] {
  const workerFiles = readdirSync(dir).filter((name) => name === 'sw.js' || /^workbox-[\w-]+\.js$/.test(name));
  if (!workerFiles.includes('sw.js')) return [['offline-worker', 'niet gebouwd']];
  const plan = planOffline(dir, '/');
  return [
    ['offline-worker gzip', `${kib(workerFiles.reduce((sum, name) => sum + gz(join(dir, name)), 0))} (budget ≤ 25 KiB)`],
    ...plan.languages.map((language): [string, string] => [`offline bewaard (${language.lang})`, `${kib(language.bytes)}, ${language.files.length} bestanden (budget ≤ 1,5 MiB)`]),
  ];
}

/** Ten (or N) regional editions over the corpus, built with build:all in a copy of the project. */
async function editionsBench(): Promise<void> {
  const project = join(work, 'project');
  mkdirSync(project);
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(entry, join(project, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  cpSync(contentDir, join(project, 'content'), { recursive: true });
  const ids = writeBenchEditions(project, editionCount, counts);
  console.log(`${ids.length} regionale edities: ${ids.join(', ')}`);
  const result = await timed(['scripts/build-all.ts'], { cwd: project, env: { OUT_ROOT: join(work, 'editions') } });
  const built = readdirSync(join(work, 'editions')).filter((id) => existsSync(join(work, 'editions', id, 'index.html')));
  printRows(`build:all (${new Date().toISOString().slice(0, 10)}, ${process.version}, ${availableParallelism()} cores)`, [
    ['pagina’s per editie (corpus)', String(pageCount)],
    ['edities gebouwd', `${built.length} (landelijk + ${editionCount} regionaal)`],
    ['build:all, totaal', `${result.seconds.toFixed(1)} s`],
    ['per editie', `${(result.seconds / built.length).toFixed(1)} s`],
    ['piekgeheugen (alle builds samen)', gib(result.peakBytes)],
  ]);
}

try {
  if (editionCount > 0) {
    await editionsBench();
  } else {
    const pairs: { site: Measured; floor: Measured | undefined }[] = [];
    for (let run = 0; run < runs; run++) {
      // Alternate who goes first, so a trend in the machine's load does not favour one side.
      const floorFirst = run % 2 === 1;
      const floor = values['no-baseline'] || !floorFirst ? undefined : await baselineBuild();
      const site = await siteBuild();
      const floorAfter = values['no-baseline'] || floorFirst ? floor : await baselineBuild();
      pairs.push({ site, floor: floorAfter });
      const ratio = floorAfter ? ` · vloer ${floorAfter.seconds.toFixed(1)} s · verhouding ${(site.seconds / floorAfter.seconds).toFixed(3)}×` : '';
      const cpu = floorAfter?.cpuSeconds && site.cpuSeconds ? ` · CPU ${site.cpuSeconds.toFixed(1)} / ${floorAfter.cpuSeconds.toFixed(1)} s (${(site.cpuSeconds / floorAfter.cpuSeconds).toFixed(3)}×)` : '';
      console.log(`Run ${run + 1}/${runs}: site ${site.seconds.toFixed(1)} s${ratio}${cpu}`);
    }
    const withFloor = pairs.filter((pair): pair is { site: Measured; floor: Measured } => Boolean(pair.floor));
    const siteSeconds = median(pairs.map((pair) => pair.site.seconds));
    const sitePeak = median(pairs.map((pair) => pair.site.peakBytes ?? 0));
    const htmlFiles = filesUnder(outDir).filter((file) => file.endsWith('.html'));
    const toolkitPages = htmlFiles.filter((file) => relative(outDir, file).startsWith('toolkits/toolkit-'));
    const weights = toolkitPages.map(pageWeight).sort((a, b) => a.html - b.html);
    const typical = weights[Math.floor(weights.length / 2)]!;
    const guide = pageWeight(join(outDir, 'themas', 'cybercriminaliteit', 'index.html'));
    const indexBytes = filesUnder(join(outDir, 'pagefind')).reduce((sum, file) => sum + statSync(file).size, 0);
    const search = values['no-search'] ? undefined : await searchFigures(outDir, Number(process.env.PORT ?? 4390));
    const starlight = pageCount in REFERENCE.starlightShortSidebar ? REFERENCE.starlightShortSidebar[pageCount as 1000 | 5000] : undefined;

    const rows: [string, string][] = [
      ['pagina’s (routes in corpus)', String(pageCount)],
      ['HTML-bestanden gebouwd', String(htmlFiles.length)],
      ['runs (paren site + vloer, koud)', String(pairs.length)],
      ['bouwtijd (mediaan)', `${siteSeconds.toFixed(1)} s (runs: ${pairs.map((pair) => pair.site.seconds.toFixed(1)).join(', ')})`],
      ['pagina’s per seconde', (htmlFiles.length / siteSeconds).toFixed(1)],
      ['piekgeheugen (mediaan, bouwproces en kinderen)', gib(sitePeak)],
    ];
    if (withFloor.length) {
      const ratios = withFloor.map((pair) => pair.site.seconds / pair.floor.seconds);
      const memoryRatios = withFloor.map((pair) => (pair.site.peakBytes ?? 0) / (pair.floor.peakBytes || 1));
      rows.push(
        ['kale vloer (mediaan)', `${median(withFloor.map((pair) => pair.floor.seconds)).toFixed(1)} s (runs: ${withFloor.map((pair) => pair.floor.seconds.toFixed(1)).join(', ')})`],
        ['verhouding tot de vloer (mediaan)', `${median(ratios).toFixed(3)}× (per paar: ${ratios.map((ratio) => ratio.toFixed(3)).join(', ')}; budget ≤ ${TIME_BUDGET}×)`],
        ...(withFloor.every((pair) => pair.site.cpuSeconds && pair.floor.cpuSeconds)
          ? ([
              [
                'CPU-tijd t.o.v. de vloer (mediaan)',
                `${median(withFloor.map((pair) => pair.site.cpuSeconds! / pair.floor.cpuSeconds!)).toFixed(3)}× (site ${median(withFloor.map((pair) => pair.site.cpuSeconds!)).toFixed(1)} s, vloer ${median(withFloor.map((pair) => pair.floor.cpuSeconds!)).toFixed(1)} s; minder gevoelig voor een drukke machine)`,
              ],
            ] as [string, string][])
          : []),
        ['piekgeheugen vloer (mediaan)', gib(median(withFloor.map((pair) => pair.floor.peakBytes ?? 0)))],
        ['geheugen t.o.v. de vloer (mediaan)', `${median(memoryRatios).toFixed(3)}× (budget ≤ ${MEMORY_BUDGET}×)`],
      );
    }
    if (starlight) rows.push(['t.o.v. Starlight korte zijbalk (referentie)', `${(siteSeconds / starlight).toFixed(2)}× (budget ≤ 0.75×)`]);
    rows.push(
      ['typische pagina: HTML gzip', kib(typical.html)],
      ['typische pagina: CSS gzip', kib(typical.css)],
      ['typische pagina: HTML + CSS gzip', `${kib(typical.html + typical.css)} (budget ≤ 10 KiB)`],
      ['typische pagina: JS gzip', `${typical.js} B (budget ≤ 1 KiB: alleen het paginascript, worker-registratie en openingstijden)`],
      ['themagids: HTML + CSS gzip', `${kib(guide.html + guide.css)} (budget ≤ 20 KiB)`],
      // The self-scan's script is the same whatever the number of questions: its budget is DESIGN §6's 4 KiB.
      ['zelfscan (/scan/): JS gzip', existsSync(join(outDir, 'scan', 'index.html')) ? `${pageWeight(join(outDir, 'scan', 'index.html')).js} B (budget ≤ 4096 B)` : 'geen /scan/'],
      ['Pagefind-index op schijf', kib(indexBytes)],
      ...offlineFigures(outDir),
    );
    if (search) rows.push(...search);
    printRows(`Benchmark (${new Date().toISOString().slice(0, 10)}, ${process.version}, ${availableParallelism()} cores)`, rows);

    // Where the time goes, stage by stage, median over the runs, next to the floor's.
    const stageMedian = (side: 'site' | 'floor', stage: (typeof STAGES)[number]) => {
      const times = pairs.flatMap((pair) => (pair[side]?.stages[stage] !== undefined ? [pair[side]!.stages[stage]!] : []));
      return times.length ? median(times) / 1000 : undefined;
    };
    const cell = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(1)} s`);
    const stageRows: [string, string][] = STAGES.map((stage) => {
      const site = stageMedian('site', stage);
      const floor = stageMedian('floor', stage);
      const delta = site !== undefined && floor !== undefined ? ` (${site - floor >= 0 ? '+' : ''}${(site - floor).toFixed(1)} s)` : '';
      return [stage, `site ${cell(site).padStart(7)}   vloer ${cell(floor).padStart(7)}${delta}`];
    });
    printRows('Per stap (mediaan; "content: …" valt binnen content sync)', stageRows);
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
