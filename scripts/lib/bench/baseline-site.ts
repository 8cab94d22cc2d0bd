/**
 * The "bare floor" of DESIGN.md §6, measured on this machine: a minimal
 * Astro + MDX + Pagefind site that renders the same corpus with one bare
 * template. The benchmark compares our build time with it.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function writeBaselineSite(dir: string, contentDir: string): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'baseline', type: 'module', private: true }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], compressHTML: true, devToolbar: { enabled: false }, cacheDir: './.cache' });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { pages: defineCollection({ loader: glob({ base: ${JSON.stringify(contentDir)}, pattern: '{themes,concepts,toolkits,pages}/*.mdx' }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="nl"><head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head><body><main data-pagefind-body><h1>{String(entry.data.title)}</h1><Content /></main></body></html>\n`,
  );
}
