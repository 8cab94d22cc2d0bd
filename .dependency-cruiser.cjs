/**
 * Import rules of src/ and scripts/, checked by `npm run check:imports` (part of `npm test`).
 * docs/architecture.md explains the concerns; this file is what keeps them true.
 * Type-only imports count: a cycle through types is still a knot in the design.
 */
// Which concerns of src/lib each concern may import (besides itself). Dependencies point one way.
const mayImport = {
  messages: [],
  contact: [],
  model: ['contact', 'messages'],
  markdown: ['model', 'contact', 'messages'],
  search: ['model', 'contact', 'messages'],
  editions: ['markdown', 'model', 'contact', 'messages'],
  checks: ['editions', 'search', 'markdown', 'model', 'contact', 'messages'],
  build: ['checks', 'editions', 'search', 'markdown', 'outputs', 'model', 'contact', 'messages'],
  outputs: ['model', 'contact', 'messages'],
  authoring: ['editions', 'markdown', 'model', 'contact', 'messages'],
  site: ['build', 'editions', 'outputs', 'model', 'contact', 'messages'],
};
const concerns = Object.keys(mayImport);
// Modules that also run in the browser (the search page, the CMS): they and what they import name single
// modules, so a browser bundle never pulls in a whole concern.
const browserSide = ['^src/scripts/', '^src/i18n/', '^src/lib/search/(search|search-aids|search-run|search-words|stop-words|vocabulary)\\.ts$', '^src/lib/model/(routes|taxonomy|scan-actions)\\.ts$', '^src/lib/contact/opening-hours\\.ts$', '^src/lib/messages/closest\\.ts$', '^src/lib/authoring/front-matter-format\\.ts$'];
// Concerns with an index.ts; build and site have none (their modules read the environment or Astro's store at import).
const indexed = concerns.filter((concern) => !['build', 'site'].includes(concern));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other (also through types) cannot be read, tested or moved one at a time.',
      from: {},
      to: { circular: true },
    },
    ...concerns.map((concern) => ({
      name: `layers-${concern}`,
      severity: 'error',
      comment: `src/lib/${concern} may import only: ${mayImport[concern].join(', ') || 'nothing else in src/lib'} (see docs/architecture.md).`,
      from: { path: `^src/lib/${concern}/` },
      to: { path: `^src/lib/(?!(?:${[concern, ...mayImport[concern]].join('|')})/)[^/]+/` },
    })),
    ...indexed.map((concern) => ({
      name: `through-the-index-${concern}`,
      severity: 'error',
      comment: `Outside src/lib/${concern}, use it through its index.ts (the names it offers). scripts/, tests/ and browser scripts may name one module.`,
      from: { path: '^src/', pathNot: [`^src/lib/${concern}/`, ...browserSide] },
      to: { path: `^src/lib/${concern}/(?!index\\.ts$)` },
    })),
    {
      name: 'lib-is-not-ui',
      severity: 'error',
      comment: 'src/lib is plain TypeScript: it never imports components, layouts, pages or browser scripts.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|layouts|pages|scripts)/' },
    },
    {
      name: 'browser-scripts-stay-small',
      severity: 'error',
      comment: 'Browser scripts, and every module they reach, import single modules of src/lib, never a concern index, so the bundle holds only what they use.',
      from: { path: '^src/scripts/' },
      to: { path: '^src/lib/[^/]+/index\\.ts$', reachable: true },
    },
    {
      name: 'site-is-for-pages',
      severity: 'error',
      comment: 'src/lib/site reads Astro\'s content store (astro:content): only pages, layouts and components may use it.',
      from: { pathNot: '^src/(pages|layouts|components|lib/site)/' },
      to: { path: '^src/lib/site/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.mjs', '.js', '.astro'] },
    extraExtensionsToScan: ['.astro'],
  },
};
