/**
 * Editor documentation generated from the content schemas: one table per
 * collection with every front matter field, whether it is required, its type,
 * allowed values and explanation. `npm run docs:schema` writes it; a test
 * checks the committed file is current, so the docs never drift.
 */
import { z } from 'astro/zod';
import { CONTENT_ELEMENTS, ELEMENT_OVERRIDES, type ContentElement } from '../markdown/index.ts';
import { createSchemas, plainReference, SYSTEM_FIELD_NAMES, type CollectionName } from '../model/index.ts';

/** The part of JSON Schema our generators read. */
export interface JsonSchema {
  type?: string;
  description?: string;
  enum?: unknown[];
  default?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  reference?: string;
  format?: string;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  anyOf?: JsonSchema[];
}

export const DOCUMENTED_COLLECTIONS: { name: Exclude<CollectionName, 'extensions'>; title: string; folder: string }[] = [
  { name: 'themes', title: "Thema's", folder: 'content/themes/<slug>.mdx' },
  { name: 'concepts', title: 'Landelijke concepten', folder: 'content/concepts/<slug>.mdx' },
  { name: 'toolkits', title: 'Toolkits', folder: 'content/toolkits/<slug>.mdx' },
  { name: 'pages', title: "Pagina's", folder: 'content/pages/<slug>.mdx' },
  { name: 'sectors', title: 'Sectoren', folder: 'content/sectors/<slug>.yaml' },
  { name: 'pvos', title: 'Regionale PVO’s (Vind uw PVO)', folder: 'content/pvos/<slug>.yaml' },
  { name: 'organisations', title: 'Organisaties', folder: 'content/organisations/<slug>.yaml' },
  { name: 'events', title: 'Agenda (per regio)', folder: 'regions/<id>/content/events/<slug>.mdx' },
  { name: 'warnings', title: 'Actueel (waarschuwingen)', folder: 'content/warnings/<slug>.mdx' },
  { name: 'scan', title: 'Zelfscan: vragen', folder: 'content/scan/<slug>.yaml' },
];

/** JSON Schema (input side) of a collection, without the fields the loader sets. */
export function collectionJsonSchema(name: Exclude<CollectionName, 'extensions'>): JsonSchema {
  const schema = createSchemas(plainReference)[name];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  for (const field of SYSTEM_FIELD_NAMES) {
    delete json.properties?.[field];
  }
  if (json.required) json.required = json.required.filter((field) => !(SYSTEM_FIELD_NAMES as readonly string[]).includes(field));
  return json;
}

function typeOf(field: JsonSchema): string {
  if (field.reference) return `verwijzing naar ${field.reference}`;
  if (field.enum) return 'keuze';
  if (field.type === 'array') return `lijst van ${field.items ? typeOf(field.items) : 'waarden'}`;
  if (field.type === 'object') return 'velden';
  if (field.format === 'uri') return 'URL';
  if (field.format === 'email') return 'e-mailadres';
  if (field.format === 'date-time') return 'datum en tijd';
  if (field.type === 'string') return 'tekst';
  if (field.type === 'number' || field.type === 'integer') return 'getal';
  if (field.type === 'boolean') return 'true / false';
  return 'datum';
}

function detailsOf(field: JsonSchema): string {
  const parts: string[] = [];
  const values = field.enum ?? field.items?.enum;
  if (values) parts.push(`een van: ${values.map((value) => `\`${String(value)}\``).join(', ')}`);
  if (field.minItems) parts.push(`minstens ${field.minItems}`);
  if (field.minLength && field.maxLength) parts.push(`${field.minLength}–${field.maxLength} tekens`);
  if (field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0)) parts.push(`standaard \`${JSON.stringify(field.default)}\``);
  if (field.items?.properties) parts.push(`elk met ${Object.keys(field.items.properties).map((key) => `\`${key}\``).join(' en ')}`);
  if (field.properties) parts.push(`met ${Object.keys(field.properties).map((key) => `\`${key}\``).join(' en ')}`);
  return parts.join('; ');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderSchemaDocs(): string {
  const sections = DOCUMENTED_COLLECTIONS.map(({ name, title, folder }) => {
    const schema = collectionJsonSchema(name);
    const required = new Set(schema.required ?? []);
    const rows = Object.entries(schema.properties ?? {}).map(
      ([key, field]) => `| \`${key}\` | ${required.has(key) ? 'ja' : 'nee'} | ${typeOf(field)} | ${cell([field.description ?? '', detailsOf(field)].filter(Boolean).join('. '))} |`,
    );
    return `## ${title}\n\nBestand: \`${folder}\`\n\n| veld | verplicht | soort | uitleg |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  });
  return `# Front matter: alle velden

<!-- Gegenereerd uit src/lib/model/schemas.ts met \`npm run docs:schema\`. Niet met de hand aanpassen. -->

Elk bestand begint met front matter tussen twee regels \`---\`. Deze tabellen noemen elk veld per
collectie. Een fout in een veld stopt de build en \`npm run check\` met het bestand, de regel en wat er
verwacht werd.

Regionale bestanden (\`regions/<id>/content/…\`) gebruiken dezelfde velden, plus:

| veld | uitleg |
| --- | --- |
| \`overlay\` | \`extend\`: de landelijke tekst blijft staan en uw tekst komt eronder als regionale aanvulling (alleen dit veld is nodig); \`replace\`: uw versie vervangt de landelijke tekst (alle velden nodig). |
| \`basedOn\` | Alleen bij \`replace\`: de hash van de landelijke tekst waarop uw versie is gebaseerd. \`npm run regions:override\` vult hem in; \`npm run regions:status\` meldt wanneer de landelijke tekst daarna veranderde. |

${sections.join('\n')}
${renderAllowedElements()}`;
}

/** The allow-list of the Markdown pipeline (src/lib/markdown/registry.ts), for editors. */
function renderAllowedElements(): string {
  const elements: Readonly<Record<string, ContentElement>> = CONTENT_ELEMENTS;
  const rows = Object.entries(elements).map(([name, rule]) => {
    const attributes = Object.entries(rule.attributes).map(([attribute, kind]) => `\`${attribute}\`${kind === 'url' ? ' (adres)' : ''}`).join(', ') || 'geen';
    return `| \`<${name}>\` | ${cell(rule.description)} | ${attributes} | \`${cell(rule.example)}\` |`;
  });
  const overrides = Object.entries(ELEMENT_OVERRIDES).map(([name, description]) => `| \`${name}\` | ${cell(description)} |`);
  return `## Toegestane onderdelen in de tekst

De tekst onder de front matter is Markdown. Daarnaast mag alleen wat in deze tabel staat
(geregistreerd in \`src/lib/markdown/registry.ts\`). De build en \`npm run check\` weigeren al het
andere voordat er iets wordt uitgevoerd: \`import\`/\`export\`, code tussen accolades \`{…}\`, andere tags
(zoals \`<script>\`, \`<style>\`, \`<iframe>\`, \`<object>\`, \`<form>\`, \`<a>\`), event-handlers
(\`onclick=…\`) en links naar \`javascript:\`, \`vbscript:\` of \`data:\`. Schrijf een link als
\`[tekst](https://…)\` of \`[tekst](/pad/)\`; bedoelt u het teken \`<\` of \`{\`, schrijf dan \`\\<\` of \`\\{\`.

| onderdeel | waarvoor | attributen | voorbeeld |
| --- | --- | --- | --- |
${rows.join('\n')}

Deze HTML-elementen maakt Markdown zelf; de site tekent ze met een eigen component:

| element | waarvoor |
| --- | --- |
${overrides.join('\n')}
`;
}
