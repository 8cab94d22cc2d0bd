/**
 * `npm run astro -- <command>`: the Astro CLI with telemetry off (scripts/lib/build/astro.ts).
 * `npm run check:types` uses it for `astro check`.
 */
import { spawn } from 'node:child_process';
import { ASTRO_BIN, astroEnv } from './lib/build/astro.ts';

const child = spawn(process.execPath, [ASTRO_BIN, ...process.argv.slice(2)], { stdio: 'inherit', env: astroEnv() });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
// A crash (out of memory: SIGABRT) must fail `npm run check:types`, not pass it; a stop we passed on is no failure.
child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)));
