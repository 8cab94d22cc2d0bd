/**
 * The content model: one zod schema per collection. The single source of
 * truth — Astro's collections (src/content.config.ts), the fast content check,
 * the generated front matter reference and the CMS configuration all build on
 * these definitions. `reference` is injected so the schemas also run outside
 * Astro (where `astro:content` does not exist).
 */
import { z } from 'astro/zod';
import { AUDIENCES, CONCEPT_KINDS, EVENT_KINDS, LOCALES, ORGANISATION_KINDS, TOOLKIT_KINDS } from './taxonomy.ts';

/** Builds a reference to an entry of another collection; Astro's `reference()` in the build. */
export type ReferenceFactory = (collection: string) => z.ZodType<{ collection: string; id: string }>;

/** A stand-in for Astro's `reference()`: an id string becomes `{ collection, id }`. */
export const plainReference: ReferenceFactory = (collection) =>
  z
    .string()
    .min(1)
    .meta({ reference: collection })
    .transform((id) => ({ collection, id }));

/** Fields the loader sets; left out of the editor documentation and forms. */
export const SYSTEM_FIELD_NAMES = ['provenance', 'sourceFile', 'extension', 'basedOn', 'lang'] as const;

const calendarDay = z.coerce.date({ error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-01' });

export const sourceSchema = z.strictObject({
  title: z.string().min(3, 'geef de titel van de bron').describe('Naam van de bron, zoals de pagina heet'),
  url: z.url({ error: 'verwacht een volledige URL die begint met https://' }).describe('Volledige URL van de bron'),
});

/**
 * Fields the edition loader sets; editors never write them. They say where
 * an entry's text comes from, so every page can show it.
 */
export const systemFields = {
  provenance: z.enum(['national', 'regional', 'extended']).default('national'),
  /** Repository path of the file the text comes from. */
  sourceFile: z.string().default(''),
  /** Id in the `extensions` collection of the regional section added to a national text. */
  extension: z.string().optional(),
  /** For regional replacements: hash of the national text it was adapted from. */
  basedOn: z.string().optional(),
  lang: z.enum(LOCALES).default('nl'),
};

/** Fields every entry has, whatever its collection. */
export const entryFields = {
  title: z.string().min(3, 'verwacht een titel van minstens 3 tekens').describe('Titel van de pagina (de kop bovenaan)'),
  summary: z
    .string()
    .min(20, 'verwacht een samenvatting van één zin (20 tot 220 tekens)')
    .max(220, 'verwacht een samenvatting van één zin (20 tot 220 tekens)')
    .describe('Eén zin: staat in overzichten, zoekresultaten en als beschrijving voor zoekmachines'),
  reviewed: calendarDay.describe('Datum waarop de inhoud voor het laatst is gecontroleerd (JJJJ-MM-DD)'),
  sources: z.array(sourceSchema).min(1, 'noem minstens één bron').describe('Bronnen waarop de tekst steunt'),
  keywords: z
    .array(z.string().min(2))
    .default([])
    .describe('Extra zoekwoorden: schrijf delen van samenstellingen uit (winkeldiefstal → winkel, diefstal)'),
  ...systemFields,
};

export function createSchemas(reference: ReferenceFactory) {
  const themeRefs = z.array(reference('themes')).min(1, 'noem minstens één thema').describe("Thema's waar dit bij hoort");
  const audience = z.array(z.enum(AUDIENCES)).min(1).describe('Voor wie dit bedoeld is');
  const sectorRefs = z
    .array(reference('sectors'))
    .default([])
    .describe('Sectoren waarvoor dit vooral telt (ids uit content/sectors/); leeg = voor alle sectoren');
  return {
    themes: z.object({
      ...entryFields,
      order: z.number().int().min(1).describe('Volgorde in overzichten (1 = eerst)'),
      sectors: sectorRefs,
    }),
    /** Branches such as detailhandel and horeca; themes, concepts and toolkits refer to them. */
    sectors: z.object({
      ...entryFields,
      order: z.number().int().min(1).describe('Volgorde in overzichten (1 = eerst)'),
    }),
    organisations: z.object({
      ...entryFields,
      shortName: z.string().optional().describe('Gangbare afkorting, zoals CCV'),
      kind: z.enum(ORGANISATION_KINDS).describe('Soort organisatie'),
      url: z.url({ error: 'verwacht de URL van de website van de organisatie' }).describe('Website van de organisatie'),
      npcMember: z.boolean().default(false).describe('Lid van het Nationaal Platform Criminaliteitsbeheersing'),
    }),
    concepts: z.object({
      ...entryFields,
      owner: reference('organisations').describe('Organisatie die eigenaar is van het concept'),
      partners: z.array(reference('organisations')).default([]).describe('Andere organisaties die meewerken'),
      themes: themeRefs,
      sectors: sectorRefs,
      kind: z.enum(CONCEPT_KINDS).describe('Soort concept'),
      audience,
      participation: z
        .string()
        .min(20, 'beschrijf in één of twee zinnen hoe een ondernemer of PVO meedoet')
        .describe('Hoe een ondernemer of PVO meedoet, in één of twee zinnen'),
      cost: z.string().optional().describe('Kosten, alleen als die vaststaan'),
      link: z.url({ error: 'verwacht de URL van de officiële pagina van het concept' }).describe('Officiële pagina bij de eigenaar'),
      featured: z.boolean().default(false).describe('Uitgelicht op de homepage'),
    }),
    toolkits: z.object({
      ...entryFields,
      themes: themeRefs,
      sectors: sectorRefs,
      kind: z.enum(TOOLKIT_KINDS).describe('Soort toolkit'),
      audience,
      printable: z.boolean().default(true).describe('Geschikt om te printen op A4'),
      duration: z.string().optional().describe('Hoe lang het invullen duurt, zoals "15 minuten"'),
      featured: z.boolean().default(false).describe('Uitgelicht op de homepage'),
    }),
    pages: z.object({
      ...entryFields,
      order: z.number().int().min(1).default(50).describe('Volgorde in overzichten'),
    }),
    events: z
      .object({
        title: entryFields.title,
        summary: entryFields.summary,
        start: z.coerce.date({ error: 'verwacht datum en tijd als 2027-02-11T19:30:00+01:00' }).describe('Begin (datum, tijd en tijdzone)'),
        end: z.coerce.date({ error: 'verwacht datum en tijd als 2027-02-11T21:30:00+01:00' }).describe('Einde (datum, tijd en tijdzone)'),
        kind: z.enum(EVENT_KINDS).describe('Soort activiteit'),
        themes: z.array(reference('themes')).default([]).describe("Thema's van de activiteit"),
        location: z
          .object({ name: z.string().min(2), address: z.string().min(5) })
          .optional()
          .describe('Plaats: naam en adres (laat weg bij een online activiteit)'),
        online: z.boolean().default(false).describe('Online activiteit'),
        registration: z.url({ error: 'verwacht de URL van het aanmeldformulier' }).optional().describe('Aanmelden'),
        organiser: z.string().min(2).describe('Organisator'),
        ...systemFields,
      })
      .refine((event) => event.end.getTime() > event.start.getTime(), { message: 'het einde moet na het begin liggen', path: ['end'] })
      .refine((event) => event.online || event.location, { message: 'geef een locatie of zet online: true', path: ['location'] }),
    /** A regional section under a national text: only `overlay: extend` and optional overrides. */
    extensions: z.object({ overlay: z.literal('extend') }).loose(),
  };
}

export type CollectionName = keyof ReturnType<typeof createSchemas>;
