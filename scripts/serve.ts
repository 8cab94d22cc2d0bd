/**
 * `npm run dev` and `npm run preview` on a port you choose, refused in Dutch
 * when it is taken (Astro would silently move to the next one).
 *
 *   npm run dev                      http://127.0.0.1:4321
 *   PORT=4330 npm run preview        or: npm run preview -- --port 4330
 */
import { spawn } from 'node:child_process';
import { handleKnownErrors } from './lib/cli.ts';
import { ASTRO_BIN, astroEnv } from './lib/build/astro.ts';
import { choosePort, requireFreePort, withoutPort } from './lib/hosting/ports.ts';
import { devOutputFilter } from './lib/build/dev-output.ts';

handleKnownErrors();

const [mode, ...args] = process.argv.slice(2);
if (mode !== 'dev' && mode !== 'preview') {
  console.error('Gebruik: node scripts/serve.ts dev|preview [--port <n>]');
  process.exit(1);
}
const port = choosePort(args, process.env, 'PORT', 4321);
const host = process.env.HOST ?? '127.0.0.1';
await requireFreePort(port, mode === 'dev' ? 'het live voorbeeld (npm run dev)' : 'het voorbeeld van de gebouwde site (npm run preview)', 'PORT', mode, host);
const astroArgs = [mode, ...(mode === 'preview' ? ['--ignore-lock'] : []), '--host', host, '--port', String(port), ...withoutPort(args)];
// dev: Astro's output through a filter that turns its English follow-up errors of a content error into Dutch (dev-output.ts).
const filtered = mode === 'dev';
const child = spawn(process.execPath, [ASTRO_BIN, ...astroArgs], {
  stdio: filtered ? ['inherit', 'pipe', 'pipe'] : 'inherit',
  env: { ...astroEnv(), ...(filtered && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
});
if (filtered) {
  const out = devOutputFilter((text) => process.stdout.write(text));
  const err = devOutputFilter((text) => process.stderr.write(text));
  child.stdout?.on('data', (chunk: Buffer) => out.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => err.push(chunk.toString('utf8')));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
