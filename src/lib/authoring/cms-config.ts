/**
 * Decap CMS configuration generated from the content schemas — the forms are
 * never a second, hand-written copy of the fields. National collections edit
 * content/, every region gets its own collections for regions/<id>/ and a
 * form for its region.yaml. Editorial workflow: each change becomes a branch
 * `cms/<collection>/<slug>` and a pull request, checked like any other.
 */
import { z } from 'astro/zod';
import { collectionJsonSchema, DOCUMENTED_COLLECTIONS, type JsonSchema } from './schema-docs.ts';
import { regionSchema } from '../editions/index.ts';
import { orderOf } from './content-format.ts';
import { NEW_ENTRY_OVERLAY } from './overlay-kind.ts';
import { TRANSLATION_FIELD_NAMES } from '../model/index.ts';

/**
 * The CMS reads and writes MDX through our own format (registered in
 * src/pages/admin/index.astro with src/lib/authoring/front-matter-format.ts), in the
 * field order of the form: the canonical form the check expects, so a save
 * changes only the edited fields.
 */
export const MDX_FORMAT = 'kennisbank-mdx';

/** Form fields in the canonical order of the collection's files. */
function inOrder(collection: string, fields: DecapField[]): DecapField[] {
  const order = orderOf(collection);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...fields].sort((a, b) => rank(a.name) - rank(b.name));
}

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** Field labels shown to editors; the key is the front matter name. */
const LABELS: Record<string, string> = {
  title: 'Titel',
  summary: 'Samenvatting (één zin)',
  reviewed: 'Laatst gecontroleerd',
  recheck: 'Opnieuw nakijken',
  what: 'Wat',
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
  published: 'Verschijnt op',
  expires: 'Actueel tot en met',
  date: 'Datum',
};

/** One item of a list field, for "Voeg … toe". */
const SINGULAR_LABELS: Record<string, string> = {
  sources: 'Bron',
  keywords: 'Zoekwoord',
  partners: 'Partner',
  themes: 'Thema',
  audience: 'Doelgroep',
  sectors: 'Sector',
  hide: 'Verborgen pagina',
  navigation: 'Menulink',
  locales: 'Taal',
};

/**
 * Dates and times are typed as the check reads them (the browser's date
 * picker shows the computer's own notation, such as 11/30/2026).
 */
const DATE_FIELDS = new Set(['reviewed', 'published', 'expires', 'date']);
const DATETIME_FIELDS = new Set(['start', 'end']);
const DATE_PATTERN: [string, string] = ['^\\d{4}-\\d{2}-\\d{2}$', 'Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-30'];
const DATETIME_PATTERN: [string, string] = ['^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$', 'Schrijf datum en tijd als JJJJ-MM-DD UU:MM in Nederlandse tijd, bijvoorbeeld 2027-02-11 19:30'];
/** Links as the check wants them: https, nothing else. */
const URL_PATTERN: [string, string] = ['^https://[^\\s]+$', 'Een volledige URL die begint met https://'];

/** The same length rule as the schema, as a pattern Decap checks before saving. */
function lengthPattern(field: JsonSchema): [string, string] | undefined {
  const { minLength: min, maxLength: max } = field;
  if (min === undefined && max === undefined) return undefined;
  const message =
    min !== undefined && max !== undefined ? `Tussen ${min} en ${max} tekens` : min !== undefined ? `Minstens ${min} tekens` : `Hoogstens ${max} tekens`;
  return [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, message];
}

export function toDecapField(name: string, field: JsonSchema, required: boolean): DecapField {
  const base = { name, label: LABELS[name] ?? name, required, ...(field.description ? { hint: field.description } : {}) };
  if (DATE_FIELDS.has(name)) return { ...base, widget: 'string', pattern: DATE_PATTERN };
  if (DATETIME_FIELDS.has(name)) return { ...base, widget: 'string', pattern: DATETIME_PATTERN };
  if (field.reference) return { ...base, widget: 'relation', collection: field.reference, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
  if (field.enum) return { ...base, widget: 'select', options: field.enum.map(String) };
  if (field.type === 'boolean') return { ...base, widget: 'boolean', default: field.default ?? false };
  if (field.type === 'number' || field.type === 'integer') return { ...base, widget: 'number', value_type: 'int' };
  if (field.type === 'array' && field.items) {
    const items = field.items;
    const list = { ...base, ...(field.minItems ? { min: field.minItems } : {}), ...(SINGULAR_LABELS[name] ? { label_singular: SINGULAR_LABELS[name] } : {}) };
    if (items.reference) return { ...list, widget: 'relation', multiple: true, collection: items.reference, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
    if (items.enum) return { ...list, widget: 'select', multiple: true, options: items.enum.map(String) };
    if (items.type === 'object' && items.properties) return { ...list, widget: 'list', fields: objectFields(items) };
    return { ...list, widget: 'list' };
  }
  if (field.type === 'object' && field.properties) {
    // Decap checks the inner fields of an object even when it is left empty, so the inner fields of an
    // optional group (recheck) are optional in the form; the content check still asks for both when one is filled.
    const inner = objectFields(field);
    return { ...base, widget: 'object', ...(required ? { fields: inner } : { collapsed: true, fields: inner.map((item) => ({ ...item, required: false })) }) };
  }
  const pattern = field.format === 'uri' ? URL_PATTERN : lengthPattern(field);
  return { ...base, widget: field.maxLength && field.maxLength > 80 ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
}

function objectFields(schema: JsonSchema): DecapField[] {
  const required = new Set(schema.required ?? []);
  // The CMS edits Dutch pages: translation fields would be refused there (translations.ts).
  return Object.entries(schema.properties ?? {}).filter(([name]) => !(TRANSLATION_FIELD_NAMES as readonly string[]).includes(name)).map(([name, field]) => toDecapField(name, field, required.has(name)));
}

const BODY: DecapField = {
  name: 'body',
  label: 'Tekst',
  widget: 'markdown',
  // Raw Markdown only: the rich text editor rewrites MDX and task lists.
  modes: ['raw'],
  hint: 'Kopjes beginnen bij ##. Links vanaf de hoofdmap met een slash aan het eind, zoals /themas/overvallen/. Elke afbeelding een beschrijving: ![wat er te zien is](/media/foto.jpg).',
  // The check's rules that a form can see: alt text on every image, internal links ending in a slash, https only.
  pattern: [
    '^(?![\\s\\S]*!\\[\\s*\\]\\()(?![\\s\\S]*\\]\\(/(?:[^)\\s#?]*/)?[^)\\s#?./]+(?:[#?][^)]*)?\\))(?![\\s\\S]*\\]\\((?:http:|javascript:))[\\s\\S]*$',
    'Controleer de tekst: elke afbeelding heeft een beschrijving tussen de blokhaken, links naar de eigen site eindigen op een slash (/themas/overvallen/) en links naar andere sites beginnen met https://',
  ],
};

/** Where an entry lives on the site, for "Bekijk live" and the preview link. */
const PREVIEW_PATHS: Record<string, string> = {
  themes: 'themas/{{slug}}/',
  concepts: 'concepten/{{slug}}/',
  toolkits: 'toolkits/{{slug}}/',
  pages: 'over/{{slug}}/',
  sectors: 'sectoren/{{slug}}/',
  events: 'agenda/{{slug}}/',
  warnings: 'actueel/{{slug}}/',
  scan: 'scan/#vraag-{{slug}}',
};

/** One entry, for "Nieuw …" and the lists. */
const SINGULAR_COLLECTIONS: Record<string, string> = {
  themes: 'Thema',
  concepts: 'Concept',
  toolkits: 'Toolkit',
  pages: 'Pagina',
  sectors: 'Sector',
  organisations: 'Organisatie',
  events: 'Activiteit',
  warnings: 'Waarschuwing',
  scan: 'Vraag',
};

/** Where a field means something else in one collection than the shared label says. */
const COLLECTION_LABELS: Record<string, Record<string, string>> = {
  scan: { title: 'Vraag', summary: 'Uitleg onder de vraag (één zin)', link: 'Pagina die laat zien hoe', anchor: 'Kopje op die pagina (id)', order: 'Volgorde binnen het thema', theme: 'Thema', risk: 'Risicovol antwoord', priority: 'Prioriteit (1 = eerst)', advice: 'Advies (één zin)' },
};

function labelled(collection: string, fields: DecapField[]): DecapField[] {
  const labels = COLLECTION_LABELS[collection] ?? {};
  return fields.map((field) => (labels[field.name] ? { ...field, label: labels[field.name]! } : field));
}

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

/** A field the editor does not see: it fixes the kind of a regional file (overlay-kind.ts). */
const fixedOverlay = (value: string): DecapField => ({ name: 'overlay', label: 'Soort regionale tekst', widget: 'hidden', default: value, required: false });

/**
 * The forms of one regional collection, one per kind of file (overlay-kind.ts): new entries with the
 * schema's required fields; extensions, in which every field is an optional override of the national
 * text; replacements, a full entry with its basedOn. Extensions and replacements start from a national
 * entry, so they are not created here: `npm run regions:override` starts a replacement with the right
 * basedOn, an extension is a file named like the national one (docs/regionale-editie.md).
 */
function regionalCollections(region: string, name: DocumentedCollection, title: string): Record<string, unknown>[] {
  const schema = collectionJsonSchema(name);
  const asInSchema = labelled(name, inOrder(name, objectFields(schema)));
  const shared = {
    label_singular: SINGULAR_COLLECTIONS[name],
    ...(PREVIEW_PATHS[name] ? { preview_path: PREVIEW_PATHS[name] } : {}),
    folder: `regions/${region}/content/${name}`,
    extension: 'mdx',
    format: MDX_FORMAT,
    slug: '{{slug}}',
    identifier_field: 'title',
    summary: '{{title}}',
  };
  // The agenda is regional only: every event is a new entry.
  if (name === 'events') return [{ ...shared, name: `${region}-${name}`, label: `${region}: ${title}`, create: true, fields: [...asInSchema, BODY] }];
  // Scan questions are data (YAML, no body): a region adds whole questions or replaces one (both need every
  // required field) and hides national ones in region.yaml, so one form serves both.
  if (name === 'scan') {
    return [
      {
        ...shared,
        extension: 'yaml',
        format: 'yaml',
        name: `${region}-${name}`,
        label: `${region}: ${title}`,
        create: true,
        fields: [
          { name: 'overlay', label: 'Verhouding tot de landelijke vraag', widget: 'select', required: false, options: ['replace'], hint: 'Leeg: eigen regionale vraag. replace: eigen versie van de landelijke vraag met dezelfde bestandsnaam (npm run regions:override vult basedOn in). Een landelijke vraag weglaten: hide: scan/<naam> in de instellingen.' },
          { name: 'basedOn', label: 'Gebaseerd op landelijke versie', widget: 'string', required: false, hint: 'Alleen bij replace; niet zelf aanpassen.' },
          ...asInSchema,
        ],
      },
    ];
  }
  return [
    {
      ...shared,
      name: `${region}-${name}`,
      label: `${region}: ${title} (eigen)`,
      description: 'Teksten die alleen in deze regio bestaan. Alle verplichte velden zijn nodig, net als bij een landelijke tekst.',
      filter: { field: 'overlay', value: NEW_ENTRY_OVERLAY },
      create: true,
      fields: [fixedOverlay(NEW_ENTRY_OVERLAY), ...asInSchema, BODY],
    },
    {
      ...shared,
      name: `${region}-${name}-aanvullingen`,
      label: `${region}: ${title} (aanvullingen)`,
      description: 'Een regionaal stuk onder de landelijke tekst. Alleen de velden die u invult, vervangen de landelijke. Een nieuwe aanvulling is een bestand met dezelfde naam als de landelijke tekst (docs/regionale-editie.md).',
      filter: { field: 'overlay', value: 'extend' },
      create: false,
      fields: [
        fixedOverlay('extend'),
        { name: 'after', label: 'Na welke kop (id)', widget: 'string', required: false, hint: 'Leeg: aan het eind van de landelijke tekst.' },
        ...asInSchema.map((field) => ({ ...field, required: false })),
        BODY,
      ],
    },
    {
      ...shared,
      name: `${region}-${name}-vervangingen`,
      label: `${region}: ${title} (eigen versies)`,
      description: 'Een eigen versie in plaats van de landelijke tekst. Begin er een met npm run regions:override (die vult basedOn in); alle verplichte velden zijn nodig.',
      filter: { field: 'overlay', value: 'replace' },
      create: false,
      fields: [
        fixedOverlay('replace'),
        { name: 'basedOn', label: 'Gebaseerd op landelijke versie', widget: 'string', required: true, pattern: ['^[0-9a-f]{12}$', '12 tekens (0-9, a-f), zoals npm run regions:override en regions:accept ze schrijven'], hint: 'Niet zelf aanpassen: npm run regions:accept werkt hem bij.' },
        ...asInSchema,
        BODY,
      ],
    },
  ];
}

type DocumentedCollection = (typeof DOCUMENTED_COLLECTIONS)[number]['name'];

export function buildCmsConfig(options: CmsOptions): Record<string, unknown> {
  const collections: Record<string, unknown>[] = [];
  for (const { name, folder } of DOCUMENTED_COLLECTIONS) {
    if (name === 'events') continue;
    const isData = folder.endsWith('.yaml');
    collections.push({
      name,
      label: LABELS_PER_COLLECTION[name],
      label_singular: SINGULAR_COLLECTIONS[name],
      ...(PREVIEW_PATHS[name] ? { preview_path: PREVIEW_PATHS[name] } : {}),
      folder: folder.slice(0, folder.lastIndexOf('/')),
      extension: isData ? 'yaml' : 'mdx',
      format: isData ? 'yaml' : MDX_FORMAT,
      create: name !== 'themes',
      delete: false,
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: '{{title}}',
      fields: [...labelled(name, inOrder(name, objectFields(collectionJsonSchema(name)))), ...(isData ? [] : [BODY])],
    });
  }
  for (const region of options.regions) {
    for (const { name, title } of DOCUMENTED_COLLECTIONS) {
      // Organisations, sectors and the PVO directory are national data: regions refer to them, they do not edit them.
      if (name === 'organisations' || name === 'sectors' || name === 'pvos') continue;
      collections.push(...regionalCollections(region, name, title));
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
