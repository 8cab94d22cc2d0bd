/**
 * The local CMS's web server: serves the built site (with /admin/) and passes
 * /api/v1 on to decap-server in git mode, on the same port, so only one port
 * (CMS_PORT) is in play. On the way it keeps editors out of git's traps:
 *
 * - a save with uncommitted changes in the working copy is refused in Dutch
 *   (decap-server would fail with "Unknown error" and leave an empty branch);
 * - "Publiceer" is hidden (every collection gets `publish: false`), a note at
 *   the bottom of every screen says what to do instead (push the branch, open a
 *   pull request), and the API refuses it too: locally it would merge into
 *   `main` and delete the branch;
 * - branches without changes are left off the workflow board (one of them
 *   makes decap-server fail the whole board);
 * - the CMS works on the branch that is checked out: decap-server reads and
 *   writes the branch the configuration names (`backend.branch`), and with the
 *   published configuration's `main` a coordinator on their own branch saw an
 *   empty regional collection, empty forms and a "delete" for entries it could
 *   not see. The configuration served here names the checked-out branch.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { useTranslations } from '../../../src/i18n/index.ts';
import { escapeXml } from '../../../src/lib/outputs/feed.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

export interface CmsServerOptions {
  /** The built site (OUT_DIR). */
  siteDir: string;
  /** The git working copy the CMS edits. */
  repoDir: string;
  /** Where decap-server listens. */
  backendUrl: string;
  port: number;
  host?: string;
  /** The branch the CMS works on; the one checked out in repoDir when the CMS started. */
  branch?: string;
}

function git(repoDir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repoDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Tracked files with changes that are not committed (untracked files do not hinder git's branch switches). */
export function uncommittedChanges(repoDir: string): string[] {
  return git(repoDir, 'status', '--porcelain', '--untracked-files=no')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

export function uncommittedMessage(files: readonly string[]): string {
  return (
    `Er zijn wijzigingen die nog niet zijn vastgelegd (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}). ` +
    'De CMS maakt voor elke wijziging een eigen branch en kan dat pas als alles is vastgelegd. ' +
    'Leg ze vast met git add en git commit, of zet ze opzij met git stash, en probeer het opnieuw.'
  );
}

/** The branch checked out in `repoDir` ('HEAD' when none is: a detached HEAD). */
export function currentBranch(repoDir: string): string {
  return git(repoDir, 'rev-parse', '--abbrev-ref', 'HEAD').trim();
}

/**
 * Why the CMS cannot start on this branch, in Dutch with the command that helps; undefined when it can.
 * A `cms/…` branch is one of the CMS's own (one per edit): new edits would branch off an edit.
 */
export function branchProblem(branch: string): string | undefined {
  if (branch === 'HEAD')
    return 'Er is geen branch uitgecheckt (git staat op een losse versie). De CMS bewaart wijzigingen op de branch waar u op staat. Ga naar uw eigen branch, bijvoorbeeld: git checkout -b mijn-wijziging (of git checkout main), en start de CMS opnieuw.';
  if (branch.startsWith('cms/'))
    return `U staat op ${branch}, een branch die de CMS zelf voor één wijziging maakte. Ga terug naar de branch waar u aan werkt, bijvoorbeeld: git checkout main (of git checkout <uw-branch>), en start de CMS opnieuw.`;
  return undefined;
}

export function publishMessage(branch: string): string {
  return (
    `Publiceren gaat niet vanuit de lokale CMS. Uw wijziging staat klaar op de branch ${branch}. ` +
    `Zet die op GitHub met: git push origin ${branch} — en open daar een pull request (zie docs/stap-voor-stap.md, route B).`
  );
}

/** The admin page with a fixed note at the bottom: publishing happens on GitHub, not here. */
export function localAdminPage(html: string): string {
  const t = useTranslations('nl');
  const note =
    '<p id="lokale-cms" role="note" style="position:fixed;inset:auto 0 0 0;z-index:10000;margin:0;padding:.5rem 1rem;' +
    'background:#fff4ce;border-top:2px solid #8a6d00;color:#1b1b1b;font:14px/1.4 system-ui,sans-serif">' +
    `<strong>${escapeXml(t('cms.local.title'))}</strong> ${escapeXml(t('cms.local.body'))}</p>`;
  return html.replace('</body>', `${note}</body>`);
}

/** The admin's configuration with the local backend on this server's own address, on `branch`, and no "Publiceer". */
export function localConfig(yamlText: string, origin: string, branch: string): string {
  const config = parse(yamlText) as Record<string, unknown> & { backend?: Record<string, unknown>; collections?: Record<string, unknown>[] };
  config.local_backend = { url: `${origin}/api/v1`, allowed_hosts: ['localhost', '127.0.0.1'] };
  // decap-server checks out this branch to read entries and starts every cms/… branch from it.
  config.backend = { ...config.backend, branch };
  for (const collection of config.collections ?? []) collection.publish = false;
  return `# Lokale CMS (npm run cms): bewerkingen gaan naar de git-kopie op deze computer.\n${stringify(config)}`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

async function handleApi(request: IncomingMessage, response: ServerResponse, options: CmsServerOptions): Promise<void> {
  const raw = await readBody(request);
  let body: { action?: string; params?: Record<string, unknown> } = {};
  try {
    body = JSON.parse(raw || '{}') as typeof body;
  } catch {
    return sendJson(response, 400, { error: 'Ongeldig verzoek' });
  }
  if (body.action === 'persistEntry' || body.action === 'persistMedia' || body.action === 'deleteFile' || body.action === 'deleteFiles') {
    const changes = uncommittedChanges(options.repoDir);
    if (changes.length) return sendJson(response, 409, { error: uncommittedMessage(changes) });
  }
  if (body.action === 'publishUnpublishedEntry') {
    const branch = `cms/${String(body.params?.collection)}/${String(body.params?.slug)}`;
    return sendJson(response, 409, { error: publishMessage(branch) });
  }
  const upstream = await fetch(options.backendUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
  let text = await upstream.text();
  if (body.action === 'unpublishedEntries' && upstream.ok) {
    const base = String(body.params?.branch ?? 'main');
    const keys = (JSON.parse(text) as string[]).filter((key) => {
      try {
        return git(options.repoDir, 'diff', '--name-only', base, `cms/${key}`).trim() !== '';
      } catch {
        return false;
      }
    });
    text = JSON.stringify(keys);
  }
  response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
  response.end(text);
}

function serveFile(request: IncomingMessage, response: ServerResponse, options: CmsServerOptions, origin: string): void {
  const url = new URL(request.url ?? '/', origin);
  const root = resolve(options.siteDir);
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'Niet gevonden');
    return;
  }
  if (url.pathname.endsWith('/admin/') || url.pathname.endsWith('/admin/index.html')) {
    response.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
    response.end(localAdminPage(readFileSync(path, 'utf8')));
    return;
  }
  if (url.pathname.endsWith('/admin/config.yml')) {
    response.writeHead(200, { 'content-type': TYPES['.yml']!, 'cache-control': 'no-store' });
    response.end(localConfig(readFileSync(path, 'utf8'), origin, options.branch ?? currentBranch(options.repoDir)));
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  response.end(readFileSync(path));
}

export function startCmsServer(startOptions: CmsServerOptions): Promise<{ server: Server; url: string }> {
  // The branch is fixed at start: decap-server switches branches for a moment while it saves.
  const options = { ...startOptions, branch: startOptions.branch ?? currentBranch(startOptions.repoDir) };
  const host = options.host ?? '127.0.0.1';
  const origin = `http://${host}:${options.port}`;
  const server = createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0];
    const work = request.method === 'POST' && pathname === '/api/v1' ? handleApi(request, response, options) : Promise.resolve(serveFile(request, response, options, origin));
    work.catch((error: Error) => sendJson(response, 500, { error: `De lokale CMS-server kon dit niet afhandelen: ${error.message}` }));
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolveStart({ server, url: origin }));
  });
}
