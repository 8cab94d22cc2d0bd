// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { editionSettings, resolveDevTolerantEdition } from './src/lib/build/dev-edition.ts';
import { dotAstroLock } from './src/lib/build/dot-astro-lock.ts';
import { markdownProcessor } from './src/lib/markdown/pipeline.ts';
import { devErrorPages } from './src/lib/build/dev-error-page.ts';

// REGION=<id> selects a regional edition; unknown ids and invalid region.yaml files stop the build here with a
// clear message. In astro dev they show on every page instead, and region.yaml is watched (dev-edition.ts).
const edition = resolveDevTolerantEdition(process.env, process.cwd());

export default defineConfig({
  site: edition.siteUrl,
  base: process.env.BASE_PATH ?? '/',
  // Tests and the benchmark build fixture content side by side without sharing output or caches.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // 'jsx' (the default) glues words across elements, which merges them in the search index.
  compressHTML: true,
  // Stylesheets stay files, never inline: the strict CSP (src/lib/outputs/csp.ts, written by BaseLayout) allows
  // only the inline styles the layout writes and hashes itself.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Content bodies never reach Astro's Markdown or MDX compilers: the edition loader renders them to HTML
  // while the content check reads them (src/lib/markdown/pipeline.ts), so no content file becomes code.
  // Should a .md or .mdx file ever be imported, it goes through the same pipeline, allow-list first.
  // No syntax highlighting: content has no code samples, and highlighters write inline styles.
  markdown: { processor: markdownProcessor(), syntaxHighlight: false },
  integrations: [
    // build:all builds editions in parallel: they take turns for Astro's shared .astro/ folder.
    dotAstroLock(),
    // astro dev restarts with the new settings when region.yaml changes and reloads the content with them.
    editionSettings(process.env, process.cwd()),
    mdx({ processor: markdownProcessor() }),
    sitemap({
      filter: (page) => !/\/(zoeken|404|admin|offline)\/$/.test(new URL(page).pathname),
      ...(edition.locales.length > 1 ? { i18n: { defaultLocale: 'nl', locales: Object.fromEntries(edition.locales.map((lang) => [lang, lang])) } } : {}),
    }),
  ],
  devToolbar: { enabled: false },
  vite: {
    // astro dev: a page with a content error shows a Dutch error page; the other pages keep working.
    plugins: [devErrorPages(process.env.BASE_PATH ?? '/')],
    build: {
      // Scripts stay external files, never inline: the strict CSP allows no inline script.
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
