/**
 * Chromium and a preview server for the scripts and the Playwright config:
 * Debian's Chromium where it exists (Playwright cannot download browsers
 * here), with the launch flags that work in this environment.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ASTRO_BIN, astroEnv } from '../build/astro.ts';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}

/** The command that serves a built edition; `--ignore-lock` lets several run side by side. */
export function previewCommand(port: number): string[] {
  return [ASTRO_BIN, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)];
}

/**
 * Starts `astro preview` for OUT_DIR (default dist/), built with base path `base`, and resolves once it
 * answers; `url` is the site's root without its final slash, so `${url}/zoeken/` is the search page.
 */
export async function startPreview(port: number, outDir?: string, base = '/'): Promise<{ url: string; stop: () => void }> {
  const server = spawn(process.execPath, previewCommand(port), { stdio: 'ignore', env: { ...astroEnv(), ...(outDir ? { OUT_DIR: outDir } : {}), BASE_PATH: base } });
  const url = `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => server.kill() };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  server.kill();
  throw new Error(`preview server on port ${port} did not start`);
}
