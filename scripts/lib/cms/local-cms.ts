/**
 * The local CMS as `npm run cms` runs it: decap-server in git mode on a free
 * port of its own, and the CMS server (./cms-server.ts) in front of it on the
 * chosen port. Shared by scripts/cms.ts, the docs screenshots and the e2e test,
 * which run it on a throwaway clone (`cloneForCms`) so nothing touches this copy.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCmsServer } from './cms-server.ts';
import { isPortFree } from '../hosting/ports.ts';

export interface LocalCms {
  url: string;
  server: Server;
  stop: () => void;
}

/** Starts decap-server for `repoDir` and the CMS server for `siteDir` on `port`; resolves once both answer. */
export async function startLocalCms(options: { siteDir: string; repoDir: string; port: number; quiet?: boolean }): Promise<LocalCms> {
  let backendPort = options.port + 1;
  while (!(await isPortFree(backendPort))) backendPort++;
  const decap = spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
    stdio: ['ignore', 'ignore', options.quiet ? 'ignore' : 'inherit'],
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: options.repoDir, PORT: String(backendPort), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'error' },
  });
  const backendUrl = `http://127.0.0.1:${backendPort}/api/v1`;
  const info = () => fetch(backendUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((response) => response.ok, () => false);
  for (let attempt = 0; !(await info()); attempt++) {
    if (attempt > 200 || decap.exitCode !== null) {
      decap.kill();
      throw new Error(`decap-server op poort ${backendPort} startte niet`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  const { server, url } = await startCmsServer({ siteDir: options.siteDir, repoDir: options.repoDir, backendUrl, port: options.port });
  return {
    url,
    server,
    stop: () => {
      server.close();
      decap.kill();
    },
  };
}

/** A fresh clone of `repoDir` on `branch` (default `main`) at its current commit, with node_modules linked; `remove` deletes it. */
export function cloneForCms(repoDir: string, branch = 'main'): { dir: string; git: (...args: string[]) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kvo-cms-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  execFileSync('git', ['clone', '--quiet', repoDir, dir]);
  // The clone works on `main` with the current commit, also when run from a feature branch.
  git('checkout', '--quiet', '-B', branch);
  git('config', 'user.email', 'redactie@example.org');
  git('config', 'user.name', 'Redactie');
  symlinkSync(resolve(repoDir, 'node_modules'), join(dir, 'node_modules'));
  return { dir, git, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
