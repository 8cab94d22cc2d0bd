/** Writes docs/front-matter.md and docs/sjablonen.md from the content schemas (src/lib/authoring/schema-docs.ts, src/lib/authoring/templates.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderSchemaDocs } from '../src/lib/authoring/schema-docs.ts';
import { renderTemplates } from '../src/lib/authoring/templates.ts';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/front-matter.md', renderSchemaDocs());
writeFileSync('docs/sjablonen.md', renderTemplates());
console.log('docs/front-matter.md en docs/sjablonen.md bijgewerkt.');
