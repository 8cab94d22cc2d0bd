/**
 * A template per collection for docs/sjablonen.md, generated from the schemas
 * (every field, in the canonical form and order the check asks for, with a
 * table that says which are required and what they mean) plus the outline
 * of the body the guides use. `npm run docs:schema` writes it; a test checks it
 * is current, so a template never misses a field the check requires.
 */
import { collectionJsonSchema, DOCUMENTED_COLLECTIONS, type JsonSchema } from './schema-docs.ts';
import { orderOf } from './content-format.ts';
import { formatFrontMatter } from './front-matter-format.ts';
import { TRANSLATION_FIELD_NAMES } from '../model/index.ts';

/** The headings a text of that kind has (from the existing guides), with a hint under each. */
const BODY_OUTLINES: Record<string, string[]> = {
  themes: ['Wat is het?', 'Signalen', 'Zo voorkomt u het', 'Tijdens een incident', 'Na een incident', 'Melden en aangifte', 'Hulp en meer informatie'],
  concepts: ['Wat is het?', 'Voor wie?', 'Zo doet u mee', 'Wat levert het op?', 'Goed om te weten'],
  toolkits: ['Zo gebruikt u deze checklist', 'Eerste onderwerp', 'Meer weten?'],
  pages: ['Eerste kopje', 'Meer lezen'],
  events: ['Voor wie?', 'Programma', 'Aanmelden'],
  warnings: ['Wat gebeurt er?', 'Zo herkent u het', 'Wat doet u nu?', 'Waar meldt u het?'],
};

/** A value an editor replaces, written the way the canonical form writes it (ids plain, other text quoted). */
function example(name: string, field: JsonSchema): unknown {
  if (name === 'reviewed') return '2026-11-30';
  if (name === 'published') return '2026-11-30';
  // At most a year after published: choose the day the pattern is likely over.
  if (name === 'expires') return '2027-05-30';
  if (name === 'date') return '2026-11-20';
  if (name === 'start') return '2027-03-11 19:30';
  if (name === 'end') return '2027-03-11 21:30';
  if (field.reference) return field.reference === 'themes' ? 'overvallen' : 'vul-in';
  if (field.enum) return field.enum[0];
  switch (field.type) {
    case 'boolean':
      return field.default ?? false;
    case 'integer':
    case 'number':
      return field.default ?? 1;
    case 'array':
      if (field.items?.properties) return [exampleObject(field.items)];
      if (field.items?.reference === 'themes') return ['overvallen'];
      if (field.items?.enum) return [field.items.enum[0]];
      return [];
    case 'object':
      return exampleObject(field);
    default:
      return field.format === 'uri' ? 'https://…' : '';
  }
}

function exampleObject(schema: JsonSchema): Record<string, unknown> {
  // The templates are for Dutch pages: the translation fields belong in translations only (the check refuses them here).
  const fields = Object.entries(schema.properties ?? {}).filter(([name]) => !(TRANSLATION_FIELD_NAMES as readonly string[]).includes(name));
  return Object.fromEntries(fields.map(([name, field]) => [name, example(name, field)]));
}

/** One row per field (nested fields as "sources → url"), in the order of the template. */
function fieldRows(properties: Record<string, JsonSchema>, required: Set<string>, order: readonly string[], prefix = ''): string[] {
  const names = [...order.filter((name) => name in properties), ...Object.keys(properties).filter((name) => !order.includes(name))];
  return names.flatMap((name) => {
    const field = properties[name]!;
    const values = field.enum ?? field.items?.enum;
    const what = [field.description, values ? `een van: ${values.map(String).join(', ')}` : undefined].filter(Boolean).join(' — ').replace(/\|/g, '\\|');
    const object = field.type === 'array' ? field.items : field.type === 'object' ? field : undefined;
    return [
      `| \`${prefix}${name}\` | ${required.has(name) ? 'verplicht' : 'mag weg'} | ${what} |`,
      ...(object?.properties ? fieldRows(object.properties, new Set(object.required ?? []), [], `${prefix}${name} → `) : []),
    ];
  });
}

export function renderTemplates(): string {
  const sections = DOCUMENTED_COLLECTIONS.map(({ name, title, folder }) => {
    const schema = collectionJsonSchema(name);
    const order = orderOf(name);
    const required = new Set(schema.required ?? []);
    // The block is in the canonical form (src/lib/authoring/front-matter-format.ts): filled in and without the lines
    // that may go, it passes the check's form rule as it is.
    const front = formatFrontMatter(exampleObject(schema), order).trimEnd();
    const isData = folder.endsWith('.yaml');
    const outline = BODY_OUTLINES[name] ?? [];
    const body = outline.map((heading) => `## ${heading}\n\nSchrijf hier korte zinnen (B1). Eén onderwerp per kopje.\n`).join('\n');
    const text = isData ? front : `---\n${front}\n---\n\n${body}`;
    const table = ['| veld | | wat |', '| --- | --- | --- |', ...fieldRows(schema.properties ?? {}, required, order)].join('\n');
    return `## ${title}\n\nBestand: \`${folder}\`. Kopieer het blok en vul de waarden in: tekst tussen de aanhalingstekens, een naam uit een lijst (zoals \`overvallen\`) zonder. Haal de regels weg die *mag weg* zijn en die u niet gebruikt; laat de volgorde van de andere staan.\n\n${table}\n\n\`\`\`${isData ? 'yaml' : 'mdx'}\n${text.trimEnd()}\n\`\`\`\n`;
  });
  return `# Sjablonen per soort

Gegenereerd uit de schema's (\`src/lib/model/schemas.ts\`) met \`npm run docs:schema\`: een sjabloon mist
dus nooit een veld dat de controle eist. Pas dit bestand niet met de hand aan. Wat elk veld betekent:
[de velden](front-matter.md). Hoe u een wijziging online krijgt: [stap voor stap](stap-voor-stap.md).

${sections.join('\n')}`;
}
