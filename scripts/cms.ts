/**
 * Local CMS for editors who do not use git directly: serves the built site
 * (run `npm run build` first) and Decap's local git server, so edits at
 * http://127.0.0.1:4321/admin/ become `cms/<collection>/<slug>` branches in
 * this repository — the same flow as on GitHub, without a login.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startPreview } from './lib/browser.ts';
import { handleKnownErrors } from './lib/cli.ts';

handleKnownErrors();

if (!existsSync(process.env.OUT_DIR ?? 'dist')) {
  console.error('Eerst bouwen: npm run build (of REGION=<id> npm run build).');
  process.exit(1);
}
const decap = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
  stdio: 'inherit',
  env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: process.cwd(), PORT: '8081' },
});
const site = await startPreview(4321);
console.log(`\nRedactieomgeving: ${site.url}/admin/ (klik op "Inloggen"). Stoppen: Ctrl+C.`);
const stop = () => {
  site.stop();
  decap.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
