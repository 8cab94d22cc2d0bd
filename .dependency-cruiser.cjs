/**
 * Import rules of src/ and scripts/, checked by `npm run check:imports` (part of `npm test`).
 * docs/architecture.md explains the concerns; this file is what keeps them true.
 * Type-only imports count: a cycle through types is still a knot in the design.
 */
// Which concerns of src/lib each concern may import (besides itself). Dependencies point one way.
const mayImport = {
  messages: [],
  model: ['messages'],
  markdown: ['model', 'messages'],
  search: ['model', 'messages'],
  editions: ['markdown', 'model', 'messages'],
  checks: ['editions', 'search', 'markdown', 'model', 'messages'],
  build: ['checks', 'editions', 'search', 'markdown', 'model', 'messages'],
  outputs: ['model', 'messages'],
  authoring: ['editions', 'markdown', 'model', 'messages'],
  site: ['editions', 'model', 'messages'],
};
const concerns = Object.keys(mayImport);

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
      comment: 'Browser scripts import single modules of src/lib, never a concern index, so the bundle holds only what they use.',
      from: { path: '^src/scripts/' },
      to: { path: '^src/lib/[^/]+/index\\.ts$' },
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
