/**
 * `npm test`: every stage of the suite in order, stopping at the first that fails (the validators run
 * beside the end-to-end tests: Lighthouse mostly waits), and at the end the time each stage took — so a slow developer loop shows where its time goes (issue 19: a fresh clone's
 * `.ci/run` must stay within 12 minutes on 2 cores).
 *
 *   npm test                      every stage
 *   npm test -- unit e2e          only these stages (names below), in the suite's order
 */
import { spawn } from 'node:child_process';

interface Stage {
  name: string;
  /** The npm script that runs it. */
  script: string;
  env?: Record<string, string>;
  /**
   * Runs beside the stages after it, its output held back and shown once it ends: for a stage that
   * mostly waits (Lighthouse waits on page loads, not on the processor), so the suite does not wait
   * for it.
   */
  alongside?: boolean;
}

const STAGES: Stage[] = [
  { name: 'types', script: 'check:types' },
  { name: 'imports', script: 'check:imports' },
  { name: 'unit', script: 'test:unit' },
  { name: 'check', script: 'check' },
  { name: 'content-errors', script: 'test:content-errors' },
  // Dates in the built pages must not depend on the machine's time zone, nor which warnings are current on
  // the day the suite runs: the build is for a fixed day on which the example editions have current,
  // expired and regional warnings (tests/e2e/warnings.spec.ts).
  { name: 'build', script: 'build:all', env: { TZ: 'UTC', BUILD_DATE: '2026-12-01' } },
  { name: 'validators', script: 'test:validators', alongside: true },
  { name: 'e2e', script: 'test:e2e' },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STAGES.some((stage) => stage.name === name));
if (unknown.length > 0) {
  console.error(`Onbekende stap: ${unknown.join(', ')}. Stappen: ${STAGES.map((stage) => stage.name).join(', ')}.`);
  process.exit(2);
}
const selected = wanted.length === 0 ? STAGES : STAGES.filter((stage) => wanted.includes(stage.name));
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const timings = new Map<string, { ms: number; ok: boolean }>();
const started = performance.now();
const [command, ...npmArgs] = npm;

/**
 * Runs one stage and records its time. A stage beside the others gets its output held back (a pipe read
 * while the next stages run, so it never blocks) and shown in one piece once it has ended.
 */
function run(stage: Stage): Promise<boolean> {
  const begin = performance.now();
  const child = spawn(command!, [...npmArgs, 'run', '--silent', stage.script], { env: { ...process.env, ...stage.env }, stdio: stage.alongside ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (stage.alongside) {
        console.log(`\n▶ ${stage.name}:`);
        process.stdout.write(Buffer.concat(output));
      }
      timings.set(stage.name, { ms: performance.now() - begin, ok: code === 0 });
      resolve(code === 0);
    });
  });
}

const alongside: Promise<boolean>[] = [];
for (const stage of selected) {
  if (stage.alongside) {
    console.log(`\n▶ ${stage.name} draait naast de volgende stappen; de uitvoer volgt als het klaar is.`);
    alongside.push(run(stage));
  } else if (!(await run(stage))) break;
}
await Promise.all(alongside);

const ran = selected.filter((stage) => timings.has(stage.name));
const width = Math.max(...ran.map((stage) => stage.name.length));
console.log('\nTijd per stap van npm test:');
for (const stage of ran) {
  const { ms, ok } = timings.get(stage.name)!;
  console.log(`  ${stage.name.padEnd(width)}  ${seconds(ms).padStart(8)}${stage.alongside ? ' (naast de volgende stappen)' : ''}${ok ? '' : '  ✗ mislukt'}`);
}
console.log(`  ${'totaal'.padEnd(width)}  ${seconds(performance.now() - started).padStart(8)}`);
process.exit(ran.length === selected.length && ran.every((stage) => timings.get(stage.name)!.ok) ? 0 : 1);
