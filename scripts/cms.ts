/**
 * Local CMS for editors who do not use git directly: serves the built site
 * (run `npm run build` first) with Decap's local git server behind it, so
 * edits at http://127.0.0.1:4321/admin/ become `cms/<collection>/<slug>`
 * branches in this repository — the same flow as on GitHub, without a login.
 * Works on the checked-out branch (refused: none, or one of the CMS's own cms/… branches).
 * Refuses to start on uncommitted changes; `CMS_PORT` (or --port) chooses the port.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { handleKnownErrors } from './lib/cli.ts';
import { branchProblem, currentBranch, uncommittedChanges, uncommittedMessage } from './lib/cms/cms-server.ts';
import { startLocalCms } from './lib/cms/local-cms.ts';
import { choosePort, requireFreePort } from './lib/hosting/ports.ts';

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

const branch = currentBranch(process.cwd());
const problem = branchProblem(branch);
if (problem) {
  console.error(`De CMS start niet. ${problem}`);
  process.exit(1);
}

const port = choosePort(process.argv.slice(2), process.env, 'CMS_PORT', 4321);
await requireFreePort(port, 'de CMS', 'CMS_PORT', 'cms');
const { url, stop: stopCms } = await startLocalCms({ siteDir, repoDir: process.cwd(), port });
console.log(`\nRedactieomgeving: ${url}/admin/ (klik op "Inloggen"). Stoppen: Ctrl+C.`);
console.log(`De CMS werkt op de branch ${branch}: wat u daar ziet, staat op die branch. Een andere branch? Stop de CMS, git checkout <branch>, en start opnieuw.`);
console.log('Elke wijziging wordt een branch cms/<collectie>/<naam>. Publiceren doet u niet hier, maar met een pull request:');
console.log('  git push origin cms/<collectie>/<naam>   en open daarna de pull request op GitHub (docs/stap-voor-stap.md, route B).');
const stop = () => {
  stopCms();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
