/**
 * Local CMS for editors who do not use git directly: serves the built site
 * (run `npm run build` first) with Decap's local git server behind it, so
 * edits at http://127.0.0.1:4321/admin/ become `cms/<collection>/<slug>`
 * branches in this repository — the same flow as on GitHub, without a login.
 * Refuses to start on uncommitted changes; `CMS_PORT` (or --port) chooses the port.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { handleKnownErrors } from './lib/cli.ts';
import { startCmsServer, uncommittedChanges, uncommittedMessage } from './lib/cms-server.ts';
import { choosePort, isPortFree, requireFreePort } from './lib/ports.ts';

handleKnownErrors();

const siteDir = process.env.OUT_DIR ?? 'dist';
if (!existsSync(join(siteDir, 'admin', 'index.html'))) {
  console.error(`Eerst bouwen: npm run build (of REGION=<id> npm run build). In ${siteDir}/ staat nog geen redactieomgeving.`);
  process.exit(1);
}
const changes = uncommittedChanges(process.cwd());
if (changes.length) {
  console.error(`De CMS start niet. ${uncommittedMessage(changes)}`);
  process.exit(1);
}

const port = choosePort(process.argv.slice(2), process.env, 'CMS_PORT', 4321);
await requireFreePort(port, 'de CMS', 'CMS_PORT', 'cms');
// decap-server listens on a free port of its own, reached only through the CMS server.
let backendPort = port + 1;
while (!(await isPortFree(backendPort))) backendPort++;
const decap = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: process.cwd(), PORT: String(backendPort), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'error' },
});
const { server, url } = await startCmsServer({ siteDir, repoDir: process.cwd(), backendUrl: `http://127.0.0.1:${backendPort}/api/v1`, port });
console.log(`\nRedactieomgeving: ${url}/admin/ (klik op "Inloggen"). Stoppen: Ctrl+C.`);
console.log('Elke wijziging wordt een branch cms/<collectie>/<naam>. Publiceren doet u niet hier, maar met een pull request:');
console.log('  git push origin cms/<collectie>/<naam>   en open daarna de pull request op GitHub (docs/redactie.md, route 2).');
const stop = () => {
  server.close();
  decap.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
