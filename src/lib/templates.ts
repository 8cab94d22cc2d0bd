/**
 * A template per collection for docs/sjablonen.md, generated from the schemas
 * (every field, required ones first, with its explanation) plus the outline
 * of the body the guides use. `npm run docs:schema` writes it; a test checks it
 * is current, so a template never misses a field the check requires.
 */
import { collectionJsonSchema, DOCUMENTED_COLLECTIONS, type JsonSchema } from './schema-docs.ts';

/** The headings a text of that kind has (from the existing guides), with a hint under each. */
const BODY_OUTLINES: Record<string, string[]> = {
  themes: ['Wat is het?', 'Signalen', 'Zo voorkomt u het', 'Tijdens een incident', 'Na een incident', 'Melden en aangifte', 'Hulp en meer informatie'],
  concepts: ['Wat is het?', 'Voor wie?', 'Zo doet u mee', 'Wat levert het op?', 'Goed om te weten'],
  toolkits: ['Zo gebruikt u deze checklist', 'Eerste onderwerp', 'Meer weten?'],
  pages: ['Eerste kopje', 'Meer lezen'],
  events: ['Voor wie?', 'Programma', 'Aanmelden'],
};

function example(name: string, field: JsonSchema, collection: string): string {
  if (name === 'reviewed') return '2026-11-30';
  if (name === 'start') return '"2027-03-11 19:30"';
  if (name === 'end') return '"2027-03-11 21:30"';
  if (field.reference) return `${field.reference === 'themes' ? 'overvallen' : '…'}`;
  if (field.enum) return String(field.enum[0]);
  switch (field.type) {
    case 'boolean':
      return String(field.default ?? false);
    case 'integer':
    case 'number':
      return String(field.default ?? 1);
    case 'array':
      if (field.items?.type === 'object') return '';
      if (field.items?.reference === 'themes') return '[overvallen]';
      if (field.items?.enum) return `[${String(field.items.enum[0])}]`;
      return '[]';
    case 'object':
      return '';
    default:
      return field.format === 'uri' ? '"https://…"' : collection === 'organisations' && name === 'shortName' ? '"…"' : '""';
  }
}

function comment(field: JsonSchema, required: boolean): string {
  const values = field.enum ?? field.items?.enum;
  const parts = [required ? 'verplicht' : 'mag weg', field.description, values ? `een van: ${values.map(String).join(', ')}` : undefined];
  return `  # ${parts.filter(Boolean).join(' — ')}`;
}

function fieldLines(properties: Record<string, JsonSchema>, required: Set<string>, indent: string, collection: string): string[] {
  const names = Object.keys(properties).sort((a, b) => Number(required.has(b)) - Number(required.has(a)));
  const lines: string[] = [];
  for (const name of names) {
    const field = properties[name]!;
    const value = example(name, field, collection);
    lines.push(`${indent}${name}:${value ? ` ${value}` : ''}${comment(field, required.has(name))}`);
    const object = field.type === 'array' ? field.items : field.type === 'object' ? field : undefined;
    if (object?.properties) {
      const inner = fieldLines(object.properties, new Set(object.required ?? []), `${indent}  ${field.type === 'array' ? '  ' : ''}`, collection);
      if (field.type === 'array') inner[0] = inner[0]!.replace(/^(\s*)  /, '$1- ');
      lines.push(...inner);
    }
  }
  return lines;
}

export function renderTemplates(): string {
  const sections = DOCUMENTED_COLLECTIONS.map(({ name, title, folder }) => {
    const schema = collectionJsonSchema(name);
    const front = fieldLines(schema.properties ?? {}, new Set(schema.required ?? []), '', name);
    const isData = folder.endsWith('.yaml');
    const outline = BODY_OUTLINES[name] ?? [];
    const body = outline.map((heading) => `## ${heading}\n\nSchrijf hier korte zinnen (B1). Eén onderwerp per kopje.\n`).join('\n');
    const text = isData ? front.join('\n') : `---\n${front.join('\n')}\n---\n\n${body}`;
    return `## ${title}\n\nBestand: \`${folder}\`. Kopieer het blok, vul de waarden in en haal de regels met *mag weg* weg die u niet gebruikt. Het commentaar na \`#\` mag blijven staan.\n\n\`\`\`${isData ? 'yaml' : 'mdx'}\n${text.trimEnd()}\n\`\`\`\n`;
  });
  return `# Sjablonen per soort

Gegenereerd uit de schema's (\`src/lib/schemas.ts\`) met \`npm run docs:schema\`: een sjabloon mist
dus nooit een veld dat de controle eist. Pas dit bestand niet met de hand aan. Wat elk veld betekent:
[de velden](front-matter.md). Hoe u een wijziging online krijgt: [stap voor stap](stap-voor-stap.md).

${sections.join('\n')}`;
}
