/**
 * Editions built in parallel share one project folder, and Astro keeps some
 * per-build files in `<root>/.astro/` (which content modules exist, for the
 * bundler), a folder it does not let us move. This integration takes a lock
 * from the start of a build until its server bundle is written; content sync and
 * bundling of two editions then take turns, while rendering and indexing run
 * side by side. Only active when build:all sets KVO_DOT_ASTRO_LOCK.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

export const LOCK_VARIABLE = 'KVO_DOT_ASTRO_LOCK';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock (a directory: creating one is atomic), taking over from a build that died holding it. */
export async function acquireLock(dir: string): Promise<void> {
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'owner'), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner = Number.NaN;
      try {
        owner = Number(readFileSync(join(dir, 'owner'), 'utf8'));
      } catch {
        // Being written or removed right now.
      }
      if (Number.isInteger(owner) && owner > 0 && !alive(owner)) rmSync(dir, { recursive: true, force: true });
      else await sleep(200);
    }
  }
}

export function releaseLock(dir: string): void {
  try {
    if (Number(readFileSync(join(dir, 'owner'), 'utf8')) === process.pid) rmSync(dir, { recursive: true, force: true });
  } catch {
    // Not ours, or gone.
  }
}

export function dotAstroLock(env: Record<string, string | undefined> = process.env): AstroIntegration {
  const dir = env[LOCK_VARIABLE];
  return {
    name: 'kvo-dot-astro-lock',
    hooks: dir
      ? {
          'astro:config:setup': async ({ command, updateConfig }) => {
            if (command !== 'build') return;
            await acquireLock(dir);
            process.once('exit', () => releaseLock(dir));
            updateConfig({
              vite: {
                plugins: [
                  {
                    name: 'kvo-dot-astro-unlock',
                    // The server bundle is the last reader of .astro/; the pages are rendered from it afterwards.
                    closeBundle(this: { environment?: { name: string } }) {
                      if (this.environment?.name === 'prerender') releaseLock(dir);
                    },
                  },
                ],
              },
            });
          },
        }
      : {},
  };
}
