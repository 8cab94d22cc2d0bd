// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolveEdition } from './src/lib/edition.ts';
import { dotAstroLock } from './src/lib/dot-astro-lock.ts';
import { markdownProcessor } from './src/lib/markdown/pipeline.ts';
import { regionalPlacementPlugin } from './src/lib/markdown/regional-placement.ts';
import { devErrorPages } from './src/lib/dev-error-page.ts';
import { BASE_DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES } from './src/lib/csp.ts';
import { cspTrim } from './src/lib/csp-trim.ts';

// REGION=<id> selects a regional edition; unknown ids and invalid region.yaml files stop here with a clear message.
const edition = resolveEdition(process.env, process.cwd());

export default defineConfig({
  site: edition.siteUrl,
  base: process.env.BASE_PATH ?? '/',
  // Tests and the benchmark build fixture content side by side without sharing output or caches.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // 'jsx' (the default) glues words across elements, which merges them in the search index.
  compressHTML: true,
  build: { format: 'directory' },
  // One Markdown pipeline for the build and `npm run check` (src/lib/markdown/pipeline.ts): its first step
  // refuses code in content (import/export, {expressions}, unknown tags) before MDX compiles anything.
  // No syntax highlighting: content has no code samples, and highlighters write inline styles.
  markdown: { processor: markdownProcessor([regionalPlacementPlugin]), syntaxHighlight: false },
  integrations: [
    // build:all builds editions in parallel: they take turns for Astro's shared .astro/ folder.
    dotAstroLock(),
    mdx({ processor: markdownProcessor([regionalPlacementPlugin]) }),
    sitemap({
      filter: (page) => !/\/(zoeken|404|admin)\/$/.test(new URL(page).pathname),
      ...(edition.locales.length > 1 ? { i18n: { defaultLocale: 'nl', locales: Object.fromEntries(edition.locales.map((lang) => [lang, lang])) } } : {}),
    }),
    // Each page's policy keeps only the hashes of its own inline code (Astro writes every hash of the build).
    cspTrim(),
  ],
  // A strict Content-Security-Policy <meta> on every page (src/lib/csp.ts): no inline script or style
  // without a hash, nothing from other origins; pages widen it only where needed via Astro.csp.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...BASE_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_RESOURCES] },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // astro dev: a page with a content error shows a Dutch error page; the other pages keep working.
    plugins: [devErrorPages(process.env.BASE_PATH ?? '/')],
    build: {
      // Scripts stay external files, never inline: the strict CSP allows no inline script (CSS keeps the default).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's warning about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
