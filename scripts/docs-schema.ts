/** Writes docs/front-matter.md and docs/sjablonen.md from the content schemas (src/lib/schema-docs.ts, src/lib/templates.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderSchemaDocs } from '../src/lib/schema-docs.ts';
import { renderTemplates } from '../src/lib/templates.ts';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/front-matter.md', renderSchemaDocs());
writeFileSync('docs/sjablonen.md', renderTemplates());
console.log('docs/front-matter.md en docs/sjablonen.md bijgewerkt.');
