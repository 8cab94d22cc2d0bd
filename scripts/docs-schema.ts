/** Writes docs/front-matter.md from the content schemas (see src/lib/schema-docs.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderSchemaDocs } from '../src/lib/schema-docs.ts';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/front-matter.md', renderSchemaDocs());
console.log('docs/front-matter.md bijgewerkt.');
