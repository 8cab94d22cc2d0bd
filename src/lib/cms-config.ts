/**
 * Decap CMS configuration generated from the content schemas — the forms are
 * never a second, hand-written copy of the fields. National collections edit
 * content/, every region gets its own collections for regions/<id>/ and a
 * form for its region.yaml. Editorial workflow: each change becomes a branch
 * `cms/<collection>/<slug>` and a pull request, checked like any other.
 */
import { z } from 'astro/zod';
import { collectionJsonSchema, DOCUMENTED_COLLECTIONS, type JsonSchema } from './schema-docs.ts';
import { regionSchema } from './region-config.ts';

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** Field labels shown to editors; the key is the front matter name. */
const LABELS: Record<string, string> = {
  title: 'Titel',
  summary: 'Samenvatting (één zin)',
  reviewed: 'Laatst gecontroleerd',
  sources: 'Bronnen',
  url: 'URL',
  keywords: 'Extra zoekwoorden',
  order: 'Volgorde',
  owner: 'Eigenaar',
  partners: 'Partners',
  themes: "Thema's",
  kind: 'Soort',
  audience: 'Voor wie',
  sectors: 'Sectoren',
  area: 'Werkgebied',
  provinces: 'Provincies',
  policeUnits: 'Politie-eenheden',
  municipalities: 'Grootste gemeenten',
  verified: 'Gecontroleerd bij de bron',
  website: 'Website',
  contact: 'Contact',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  participation: 'Zo doet u mee',
  cost: 'Kosten',
  link: 'Officiële website',
  printable: 'Printbaar',
  duration: 'Tijd nodig',
  featured: 'Uitgelicht op de homepage',
  shortName: 'Afkorting',
  npcMember: 'Lid van het NPC',
  start: 'Begin',
  end: 'Einde',
  location: 'Locatie',
  name: 'Naam',
  address: 'Adres',
  online: 'Online',
  registration: 'Aanmelden (URL)',
  organiser: 'Organisator',
};

/** Date-only fields get a date picker that writes YYYY-MM-DD; event times keep their time. */
const DATE_FIELDS = new Set(['reviewed']);
const DATETIME_FIELDS = new Set(['start', 'end']);

export function toDecapField(name: string, field: JsonSchema, required: boolean): DecapField {
  const base = { name, label: LABELS[name] ?? name, required, ...(field.description ? { hint: field.description } : {}) };
  if (DATE_FIELDS.has(name)) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  if (DATETIME_FIELDS.has(name)) return { ...base, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' };
  if (field.reference) return { ...base, widget: 'relation', collection: field.reference, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
  if (field.enum) return { ...base, widget: 'select', options: field.enum.map(String) };
  if (field.type === 'boolean') return { ...base, widget: 'boolean', default: field.default ?? false };
  if (field.type === 'number' || field.type === 'integer') return { ...base, widget: 'number', value_type: 'int' };
  if (field.type === 'array' && field.items) {
    const items = field.items;
    if (items.reference) return { ...base, widget: 'relation', multiple: true, collection: items.reference, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
    if (items.enum) return { ...base, widget: 'select', multiple: true, options: items.enum.map(String) };
    if (items.type === 'object' && items.properties) return { ...base, widget: 'list', fields: objectFields(items) };
    return { ...base, widget: 'list' };
  }
  if (field.type === 'object' && field.properties) return { ...base, widget: 'object', fields: objectFields(field) };
  return { ...base, widget: field.maxLength && field.maxLength > 80 ? 'text' : 'string' };
}

function objectFields(schema: JsonSchema): DecapField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, field]) => toDecapField(name, field, required.has(name)));
}

const BODY: DecapField = {
  name: 'body',
  label: 'Tekst',
  widget: 'markdown',
  // Raw Markdown only: the rich text editor rewrites MDX and task lists.
  modes: ['raw'],
  hint: 'Kopjes beginnen bij ##. Links vanaf de hoofdmap met een slash aan het eind, zoals /themas/overvallen/.',
};

const LABELS_PER_COLLECTION: Record<string, string> = Object.fromEntries(DOCUMENTED_COLLECTIONS.map((collection) => [collection.name, collection.title]));

export interface CmsOptions {
  /** `owner/name` of the GitHub repository the CMS commits to. */
  repo: string;
  branch?: string;
  /** OAuth proxy for GitHub login (Decap needs one on a static host). */
  authBaseUrl?: string | undefined;
  /** URL of the local Decap server (decap-server) for editing without GitHub. */
  localBackendUrl?: string;
  regions: string[];
  siteUrl: string;
}

export function buildCmsConfig(options: CmsOptions): Record<string, unknown> {
  const collections: Record<string, unknown>[] = [];
  for (const { name, folder } of DOCUMENTED_COLLECTIONS) {
    if (name === 'events') continue;
    const isData = folder.endsWith('.yaml');
    collections.push({
      name,
      label: LABELS_PER_COLLECTION[name],
      label_singular: LABELS_PER_COLLECTION[name],
      folder: folder.slice(0, folder.lastIndexOf('/')),
      extension: isData ? 'yaml' : 'mdx',
      format: isData ? 'yaml' : 'frontmatter',
      create: name !== 'themes',
      delete: false,
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: '{{title}}',
      fields: [...objectFields(collectionJsonSchema(name)), ...(isData ? [] : [BODY])],
    });
  }
  for (const region of options.regions) {
    for (const { name, title } of DOCUMENTED_COLLECTIONS) {
      // Organisations, sectors and the PVO directory are national data: regions refer to them, they do not edit them.
      if (name === 'organisations' || name === 'sectors' || name === 'pvos') continue;
      // Regional files may extend a national entry with only `overlay`, so no field is required in the form;
      // `npm run check` on the pull request says what a full entry still needs.
      const fields = objectFields(collectionJsonSchema(name)).map((field) => ({ ...field, required: false }));
      collections.push({
        name: `${region}-${name}`,
        label: `${region}: ${title}`,
        folder: `regions/${region}/content/${name}`,
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        summary: '{{title}}',
        fields: [
          ...(name === 'events'
            ? []
            : [{ name: 'overlay', label: 'Verhouding tot de landelijke tekst', widget: 'select', required: false, options: ['extend', 'replace'], hint: 'Leeg: eigen regionale pagina. extend: aanvulling onder de landelijke tekst. replace: eigen versie (vul dan ook basedOn in).' }]),
          ...(name === 'events' ? [] : [{ name: 'basedOn', label: 'basedOn', widget: 'string', required: false, hint: 'Alleen bij replace; npm run regions:override vult hem in.' }]),
          ...fields,
          BODY,
        ],
      });
    }
    const regionFields = objectFields(z.toJSONSchema(regionSchema, { io: 'input' }) as JsonSchema);
    collections.push({
      name: `${region}-instellingen`,
      label: `${region}: instellingen`,
      files: [{ name: 'region', label: 'region.yaml', file: `regions/${region}/region.yaml`, fields: regionFields }],
    });
  }
  return {
    backend: {
      name: 'github',
      repo: options.repo,
      branch: options.branch ?? 'main',
      ...(options.authBaseUrl ? { base_url: options.authBaseUrl } : {}),
      commit_messages: { create: 'Nieuw: {{collection}} “{{slug}}”', update: 'Bijgewerkt: {{collection}} “{{slug}}”', delete: 'Verwijderd: {{collection}} “{{slug}}”' },
    },
    // On localhost, edits go through decap-server (npm run cms) into the local git repository.
    local_backend: { url: options.localBackendUrl ?? 'http://localhost:8081/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] },
    publish_mode: 'editorial_workflow',
    locale: 'nl',
    site_url: options.siteUrl,
    media_folder: 'public/media',
    public_folder: '/media',
    collections,
  };
}
