/**
 * The edition of `astro dev`, which must survive a broken region.yaml. A build stops on it (as every
 * content error); `astro dev` used to stop too, with Astro's English "Unable to load your Astro config"
 * (at start) or "Continuing with previous valid configuration" (after an edit), and the browser kept the
 * old settings without a word. In dev the edition falls back to the national settings instead, the
 * problems go to the terminal in Dutch and every page shows them (dev-error-page.ts) until the file is
 * fixed; the config (astro.config.mjs) watches region.yaml, so a save restarts dev with the new settings.
 *
 * Astro's restart gives the pages the new settings but not the content: it keeps the content store (the
 * hide list, the regional overlay) and the content loaders keep listening on the file watcher of the
 * server it closed, so later content edits went unseen. The integration below hands the loaders the
 * watcher of the running server and a way to reload the content (edition-loader.ts uses both).
 */
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { resolveEdition, type Edition } from '../editions/index.ts';
import { ContentError, formatProblem, type ContentProblem } from '../messages/index.ts';

/** `astro dev` (node astro.mjs dev …): the config and the pages run in this same process. */
export const isAstroDev = process.argv[2] === 'dev';

const KEY = Symbol.for('kennisbank.dev-config-problems');
type Holder = { [KEY]?: readonly ContentProblem[] };

/** Problems in the edition's settings found by the latest (re)load of the config; empty when none. */
export function configProblems(): readonly ContentProblem[] {
  return (globalThis as Holder)[KEY] ?? [];
}

/** The edition; in dev a broken region.yaml gives the national settings and records its problems. */
export function resolveDevTolerantEdition(env: Record<string, string | undefined>, root: string, dev = isAstroDev): Edition {
  try {
    const edition = resolveEdition(env, root);
    if (dev) (globalThis as Holder)[KEY] = [];
    return edition;
  } catch (error) {
    if (!dev || !(error instanceof ContentError)) throw error;
    const known = configProblems();
    // Once per slip: the config and the pages both resolve the edition.
    if (JSON.stringify(known) !== JSON.stringify(error.problems)) {
      console.error(`\n${error.problems.length === 1 ? '1 fout' : `${error.problems.length} fouten`} in de instellingen van de editie (elke pagina toont een foutpagina tot u het herstelt en opslaat):`);
      for (const problem of error.problems) console.error(`  ✗ ${formatProblem(problem)}`);
    }
    (globalThis as Holder)[KEY] = error.problems;
    return resolveEdition({ ...env, REGION: undefined }, root);
  }
}

type Watcher = NonNullable<LoaderContext['watcher']>;
interface DevServer {
  /** The file watcher of the running dev server (a restart replaces it and closes the old one). */
  watcher?: Watcher;
  /** Tells open browser pages to reload (after a content edit: Astro sends nothing for our loaders' data). */
  reload?: () => void;
  /** Runs every content loader again (Astro's refreshContent). */
  refresh?: () => Promise<void>;
  /** The settings the content was last loaded with (JSON of the edition). */
  contentEdition?: string;
  /** The settings of the latest restart, while the content is still loaded with older ones. */
  wantedEdition?: string;
}
const SERVER = Symbol.for('kennisbank.dev-server');

/** astro dev: the running server as the content loaders need it; shared across module graphs and restarts. */
export function devServer(): DevServer {
  const holder = globalThis as { [SERVER]?: DevServer };
  return (holder[SERVER] ??= {});
}

/**
 * astro dev restarts with the new settings when region.yaml changes (colours, name, contact, hide, menu);
 * the content loaders then reload the content with them (edition-loader.ts).
 */
export function editionSettings(env: Record<string, string | undefined>, root: string): AstroIntegration {
  return {
    name: 'kennisbank-edition-settings',
    hooks: {
      'astro:config:setup': ({ addWatchFile, isRestart, logger }) => {
        for (const file of settingsFiles(env, root)) addWatchFile(file);
        if (isRestart) logger.info('instellingen van de editie opnieuw gelezen');
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        const reload = () => server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        Object.assign(devServer(), { watcher: server.watcher, reload, ...(refreshContent ? { refresh: () => refreshContent({}) } : {}) });
      },
    },
  };
}

/** The files of the edition's settings that `astro dev` watches (a change restarts it with the new settings). */
export function settingsFiles(env: Record<string, string | undefined>, root: string): string[] {
  const id = env.REGION?.trim();
  return id && id !== 'landelijk' ? [join(root, 'regions', id, 'region.yaml')] : [];
}
