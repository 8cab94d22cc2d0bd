/**
 * `npm test`: every stage of the suite in order, stopping at the first that fails, and at the end the
 * time each stage took — so a slow developer loop shows where its time goes (issue 19: a fresh clone's
 * `.ci/run` must stay within 12 minutes on 2 cores).
 *
 *   npm test                      every stage
 *   npm test -- unit e2e          only these stages (names below), in the suite's order
 */
import { spawnSync } from 'node:child_process';

interface Stage {
  name: string;
  /** The npm script that runs it. */
  script: string;
  env?: Record<string, string>;
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
  // Alone: beside the browser tests, Lighthouse measured a performance score of 0.81 instead of 1.00.
  { name: 'validators', script: 'test:validators' },
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
const timings: { name: string; ms: number; ok: boolean }[] = [];
const started = performance.now();
for (const stage of selected) {
  const begin = performance.now();
  const [command, ...args] = npm;
  const result = spawnSync(command!, [...args, 'run', '--silent', stage.script], { stdio: 'inherit', env: { ...process.env, ...stage.env } });
  const ok = result.status === 0;
  timings.push({ name: stage.name, ms: performance.now() - begin, ok });
  if (!ok) break;
}

const width = Math.max(...timings.map((timing) => timing.name.length));
console.log('\nTijd per stap van npm test:');
for (const timing of timings) console.log(`  ${timing.name.padEnd(width)}  ${seconds(timing.ms).padStart(8)}${timing.ok ? '' : '  ✗ mislukt'}`);
console.log(`  ${'totaal'.padEnd(width)}  ${seconds(performance.now() - started).padStart(8)}`);
process.exit(timings.every((timing) => timing.ok) && timings.length === selected.length ? 0 : 1);
