/**
 * `npm run dev` and `npm run preview` on a port you choose, refused in Dutch
 * when it is taken (Astro would silently move to the next one).
 *
 *   npm run dev                      http://127.0.0.1:4321
 *   PORT=4330 npm run preview        or: npm run preview -- --port 4330
 */
import { spawn } from 'node:child_process';
import { handleKnownErrors } from './lib/cli.ts';
import { ASTRO_BIN, astroEnv } from './lib/astro.ts';
import { choosePort, requireFreePort, withoutPort } from './lib/ports.ts';

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
const child = spawn(process.execPath, [ASTRO_BIN, ...astroArgs], { stdio: 'inherit', env: astroEnv() });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
