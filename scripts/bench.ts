/**
 * Benchmark: builds a synthetic corpus with the real site code and prints
 * the figures the budgets in DESIGN.md §6 are judged by. A script, not a test.
 *
 *   npm run bench                    1,000 pages
 *   npm run bench -- --pages 5000
 *   npm run bench -- --keep          keep the temporary folder
 *   npm run bench -- --no-baseline   skip building the bare Astro + MDX + Pagefind floor
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { writeCorpus } from './lib/corpus.ts';
import { writeBaselineSite } from './lib/baseline-site.ts';
import { chromiumLaunchOptions, startPreview } from './lib/browser.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false }, 'no-baseline': { type: 'boolean', default: false } },
});
const pageCount = Number(values.pages);
if (!Number.isInteger(pageCount) || pageCount < 10) throw new Error(`--pages: gevonden "${values.pages}"; verwacht een geheel getal vanaf 10`);

/** Reference figures from DESIGN.md §6 (2 cores, cold build, 1,000 / 5,000 pages). */
const REFERENCE = { bare: { 1000: 25, 5000: 94 }, starlightShortSidebar: { 1000: 34, 5000: 128 } } as const;

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

/** Runs a build command, timing it and sampling the memory of its whole process tree. */
async function timed(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ seconds: number; peakBytes: number | undefined }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], cwd: options.cwd ?? process.cwd(), env: { ...process.env, ...options.env } });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const canSample = existsSync('/proc/self/status');
  let peak = 0;
  const sampler = canSample ? setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100) : undefined;
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) {
    console.error(log);
    throw new Error(`build failed with exit code ${code}`);
  }
  return { seconds: (performance.now() - started) / 1000, peakBytes: canSample ? peak : undefined };
}

const timedBuild = () => timed(['scripts/build.ts'], { env: { CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache') } });

/** The bare floor on this machine: same corpus, one bare template, Astro build + Pagefind CLI. */
async function baselineBuild(): Promise<{ seconds: number; peakBytes: number | undefined }> {
  const dir = join(work, 'baseline');
  writeBaselineSite(dir, contentDir);
  const astro = await timed([join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir });
  const index = await timed([join(process.cwd(), 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'], { cwd: dir });
  return { seconds: astro.seconds + index.seconds, peakBytes: Math.max(astro.peakBytes ?? 0, index.peakBytes ?? 0) || undefined };
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).byteLength;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

/** HTML of a page plus the CSS and JS files it links, gzip-compressed. */
function pageWeight(htmlFile: string) {
  const html = readFileSync(htmlFile, 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => join(outDir, match[1]!));
  const css = assets(/<link rel="stylesheet" href="\/([^"]+\.css)"/g).reduce((sum, file) => sum + gz(file), 0);
  const js = assets(/<script[^>]+src="\/([^"]+\.js)"/g).reduce((sum, file) => sum + gz(file), 0);
  return { html: gz(htmlFile), css, js };
}

/** Loads the search page in Chromium, types a query and sums the gzip size of every file the first search fetched. */
async function firstSearchBytes(): Promise<{ total: number; ours: number; files: number }> {
  const server = await startPreview(4390, outDir);
  try {
    const browser = await chromium.launch(chromiumLaunchOptions());
    const page = await browser.newPage();
    const fetched = new Set<string>();
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.resourceType() !== 'document' && !path.endsWith('.css')) fetched.add(path);
    });
    await page.goto(`${server.url}/zoeken/`);
    await page.getByRole('searchbox').fill('overval kassa');
    await page.getByRole('status').filter({ hasText: /resulta/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await browser.close();
    const sizes = [...fetched].map((path) => ({ path, bytes: gz(join(outDir, path)) }));
    return {
      total: sizes.reduce((sum, file) => sum + file.bytes, 0),
      ours: sizes.filter((file) => file.path.startsWith('/_astro/')).reduce((sum, file) => sum + file.bytes, 0),
      files: sizes.length,
    };
  } finally {
    server.stop();
  }
}

try {
  const baseline = values['no-baseline'] ? undefined : await baselineBuild();
  const { seconds, peakBytes } = await timedBuild();
  const htmlFiles = filesUnder(outDir).filter((file) => file.endsWith('.html'));
  const toolkitPages = htmlFiles.filter((file) => relative(outDir, file).startsWith('toolkits/toolkit-'));
  const weights = toolkitPages.map(pageWeight).sort((a, b) => a.html - b.html);
  const typical = weights[Math.floor(weights.length / 2)]!;
  const guide = pageWeight(join(outDir, 'themas', 'cybercriminaliteit', 'index.html'));
  const indexBytes = filesUnder(join(outDir, 'pagefind')).reduce((sum, file) => sum + statSync(file).size, 0);
  const search = await firstSearchBytes();
  const reference = pageCount in REFERENCE.bare ? REFERENCE.bare[pageCount as 1000 | 5000] : undefined;
  const starlight = pageCount in REFERENCE.starlightShortSidebar ? REFERENCE.starlightShortSidebar[pageCount as 1000 | 5000] : undefined;

  const rows: [string, string][] = [
    ['pagina’s (routes in corpus)', String(pageCount)],
    ['HTML-bestanden gebouwd', String(htmlFiles.length)],
    ['bouwtijd', `${seconds.toFixed(1)} s`],
    ['pagina’s per seconde', (htmlFiles.length / seconds).toFixed(1)],
    ['piekgeheugen (bouwproces en kinderen)', peakBytes ? `${(peakBytes / 1024 ** 3).toFixed(2)} GiB` : 'n.v.t. (geen /proc)'],
    ...(baseline
      ? ([
          ['kale Astro+MDX+Pagefind, deze machine', `${baseline.seconds.toFixed(1)} s`],
          ['t.o.v. kale vloer op deze machine', `${(seconds / baseline.seconds).toFixed(2)}× (budget ≤ 1.10×)`],
        ] as [string, string][])
      : []),
    ...(reference ? ([['t.o.v. kale vloer (referentie DESIGN.md)', `${(seconds / reference).toFixed(2)}×`]] as [string, string][]) : []),
    ...(starlight ? ([['t.o.v. Starlight korte zijbalk (referentie)', `${(seconds / starlight).toFixed(2)}× (budget ≤ 0.75×)`]] as [string, string][]) : []),
    ['typische pagina: HTML gzip', kib(typical.html)],
    ['typische pagina: CSS gzip', kib(typical.css)],
    ['typische pagina: HTML + CSS gzip', `${kib(typical.html + typical.css)} (budget ≤ 8 KiB)`],
    ['typische pagina: JS gzip', `${typical.js} B (budget 0)`],
    ['themagids: HTML + CSS gzip', `${kib(guide.html + guide.css)} (budget ≤ 20 KiB)`],
    ['Pagefind-index op schijf', kib(indexBytes)],
    ['eerste zoekopdracht: alles gzip', `${kib(search.total)} in ${search.files} bestanden`],
    ['eerste zoekopdracht: onze UI gzip', `${kib(search.ours)} (budget ≤ 5 KiB)`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\nBenchmark (${new Date().toISOString().slice(0, 10)}, ${process.version})`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
