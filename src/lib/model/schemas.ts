/**
 * The content model: one zod schema per collection. The single source of
 * truth — Astro's collections (src/content.config.ts), the fast content check,
 * the generated front matter reference and the CMS configuration all build on
 * these definitions. `reference` is injected so the schemas also run outside
 * Astro (where `astro:content` does not exist).
 */
import { z } from 'astro/zod';
import { formatEventTimeInput, parseEventTime } from './event-time.ts';
import { WEEKDAYS } from './opening-hours.ts';
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

/**
 * An event's start or end: `2027-02-11 19:30` is Dutch time (Europe/Amsterdam,
 * summer and winter time right on any machine); a value with an offset is taken as written.
 */
const eventTime = (description: string) =>
  z
    .union([z.string(), z.date()])
    .transform((value, context) => {
      const result = parseEventTime(value);
      if (result.ok) return result.date;
      context.issues.push({ code: 'custom', message: result.expected, input: value });
      return z.NEVER;
    })
    .meta({ format: 'date-time' })
    .describe(description);

/**
 * A web address for a URL field: `https://` with a real domain name only. No
 * `javascript:`, `data:` or `http:`, no relative paths: these values end up in
 * `href`s and in the JSON export. The JSON Schema says so too (format uri +
 * pattern ^https://). Every URL field uses this; a field meant for e-mail or
 * phone numbers has its own type (`z.email()`, a phone pattern).
 */
export function httpsUrl(what = 'een volledige URL') {
  return z
    .url({ protocol: /^https$/, hostname: z.regexes.domain, error: `verwacht ${what} die begint met https://, bijvoorbeeld https://www.politie.nl/` })
    .meta({ pattern: '^https://' });
}

const calendarDay = z.coerce.date({ error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-01' });

export const sourceSchema = z.strictObject({
  title: z.string().min(3, 'geef de titel van de bron').describe('Naam van de bron, zoals de pagina heet'),
  url: httpsUrl('een volledige URL van de bron').describe('Volledige URL van de bron'),
});

const clockTime = (what: string) =>
  z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, `verwacht ${what} als UU:MM, bijvoorbeeld 09:00 (24:00 is middernacht aan het eind van de dag)`);

/**
 * When a phone line answers: around the clock, or weekly slots in Dutch local time. Always with the
 * page that says so, because a wrong "nu gesloten" sends someone away (src/lib/model/opening-hours.ts).
 */
const openingHours = z.union([
  z.strictObject({
    alwaysOpen: z.literal(true).describe('true: dag en nacht bereikbaar, ook in het weekend'),
    source: sourceSchema.describe('Pagina die zegt dat de lijn altijd bereikbaar is'),
  }),
  z.strictObject({
    weekly: z
      .array(
        z
          .strictObject({
            days: z.array(z.enum(WEEKDAYS)).min(1, 'noem minstens één dag').describe('Dagen: ma, di, wo, do, vr, za, zo'),
            open: clockTime('het begin').describe('Vanaf (UU:MM, Nederlandse tijd)'),
            close: clockTime('het einde').describe('Tot (UU:MM, Nederlandse tijd; 24:00 is middernacht)'),
          })
          .refine((slot) => slot.open < slot.close, { message: 'verwacht een eindtijd na de begintijd', path: ['close'] }),
      )
      .min(1, 'noem minstens één blok met dagen en tijden')
      .describe('Vaste tijden per week'),
    source: sourceSchema.describe('Pagina waar de openingstijden staan'),
  }),
]);

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
  editorial: z
    .string()
    .min(5, 'beschrijf de redactionele wijziging in een paar woorden, bijvoorbeeld "2026-11-30: tikfout in stap 3"')
    .optional()
    .describe(
      'Alleen bij een redactionele wijziging (tikfout, kapotte link, opmaak): schrijf hier een nieuwe korte notitie met datum. Regionale versies van deze pagina blijven dan actueel. Bij een inhoudelijke wijziging laat u dit veld zoals het is.',
    ),
  ...systemFields,
};

/**
 * "Best bets": situations a page answers, in the visitor's own words. A search
 * that describes one of them shows the page first.
 */
export const situationsField = z
  .array(z.string().min(3, 'verwacht een situatie van minstens 3 tekens, zoals "ik ben overvallen"').max(80))
  .default([])
  .describe('Situaties die deze pagina beantwoordt, in woorden van een ondernemer ("ik ben overvallen", "bestanden versleuteld"); wie zo zoekt, ziet deze pagina bovenaan');

/**
 * The synonyms file (`content/synonyms.yaml`, a region may add
 * `regions/<id>/content/synonyms.yaml`): per language, a word or phrase that
 * visitors type → the word(s) the knowledge base uses.
 */
const synonymList = z
  .record(
    z.string().min(2, 'verwacht een woord van minstens 2 tekens').max(60, 'verwacht een woord of korte woordgroep (hoogstens 60 tekens)'),
    z.string().min(2, 'verwacht het woord waarop gezocht wordt, minstens 2 tekens').max(80),
  )
  .optional();
export const synonymsSchema = z.strictObject({
  nl: synonymList.describe('Nederlands: "wat bezoekers typen: waar de kennisbank het over heeft"'),
  en: synonymList.describe('English: "what visitors type: the word the pages use"'),
});

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
      situations: situationsField,
      firstSteps: z
        .array(z.string().min(10, 'verwacht een korte zin van minstens 10 tekens').max(140, 'verwacht een korte zin (hoogstens 140 tekens)'))
        .max(4, 'verwacht hoogstens 4 zinnen: de rest staat in de gids')
        .default([])
        .describe('"Direct doen" bovenaan de gids: 2 tot 4 korte zinnen met wat een ondernemer nu meteen doet (bijvoorbeeld "Bel 112, ook als de dader al weg is.")'),
    }),
    /** Branches such as detailhandel and horeca; themes, concepts and toolkits refer to them. */
    sectors: z.object({
      ...entryFields,
      order: z.number().int().min(1).describe('Volgorde in overzichten (1 = eerst)'),
    }),
    /**
     * The regional Platforms Veilig Ondernemen behind "Vind uw PVO". Each group of
     * facts carries `verified`: false means nobody could check it at its source yet,
     * and the page says so.
     */
    pvos: z.object({
      ...entryFields,
      order: z.number().int().min(1).describe('Volgorde in de lijst (1 = eerst)'),
      nameVerified: z.boolean().default(true).describe('false als de naam (title) van het platform niet bij een bron gecontroleerd is'),
      area: z
        .strictObject({
          provinces: z.array(z.string().min(2)).default([]).describe('Provincies (of delen daarvan)'),
          policeUnits: z.array(z.string().min(2)).min(1, 'noem minstens één politie-eenheid').describe('Politie-eenheden waarvan het werkgebied de regio volgt'),
          municipalities: z.array(z.string().min(2)).default([]).describe('Grootste gemeenten, als voorbeeld'),
          verified: z.boolean().describe('true als de bron het werkgebied zo noemt'),
        })
        .describe('Werkgebied'),
      website: z
        .strictObject({
          url: httpsUrl('de volledige URL van de website van het PVO').describe('Website'),
          verified: z.boolean().describe('true als de website gecontroleerd is'),
        })
        .optional()
        .describe('Website van het PVO (laat weg als die niet bekend is)'),
      contact: z
        .strictObject({
          url: httpsUrl('de volledige URL van de contactpagina').optional().describe('Pagina met contactgegevens of contactformulier'),
          email: z.email({ error: 'verwacht een e-mailadres' }).optional().describe('Algemeen e-mailadres (geen persoonlijk adres)'),
          phone: z.string().regex(/^[0-9 +()-]{6,}$/, 'verwacht een telefoonnummer, bijvoorbeeld 050-1234567').optional().describe('Algemeen telefoonnummer'),
          verified: z.boolean().describe('true als de contactweg gecontroleerd is'),
        })
        .optional()
        .describe('Hoe een ondernemer het PVO bereikt (laat weg als dat niet bekend is)'),
    }),
    organisations: z.object({
      ...entryFields,
      shortName: z.string().optional().describe('Gangbare afkorting, zoals CCV'),
      kind: z.enum(ORGANISATION_KINDS).describe('Soort organisatie'),
      url: httpsUrl('de URL van de website van de organisatie').describe('Website van de organisatie'),
      npcMember: z.boolean().default(false).describe('Lid van het Nationaal Platform Criminaliteitsbeheersing'),
      phones: z
        .array(
          z.strictObject({
            number: z.string().regex(/^[0-9 -]{3,}$/, 'verwacht een telefoonnummer zoals het in de tekst staat, bijvoorbeeld 0900-0101').describe('Het nummer zoals teksten het schrijven'),
            hours: openingHours.describe('Wanneer de lijn opneemt, met bron'),
          }),
        )
        .default([])
        .describe('Telefoonlijnen met bekende openingstijden: waar het nummer op de site staat, staan de tijden erbij'),
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
      link: httpsUrl('de URL van de officiële pagina van het concept').describe('Officiële pagina bij de eigenaar'),
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
      situations: situationsField,
    }),
    pages: z.object({
      ...entryFields,
      order: z.number().int().min(1).default(50).describe('Volgorde in overzichten'),
    }),
    events: z
      .object({
        title: entryFields.title,
        summary: entryFields.summary,
        start: eventTime('Begin: datum en tijd in Nederlandse tijd, zoals 2027-02-11 19:30'),
        end: eventTime('Einde: datum en tijd in Nederlandse tijd, zoals 2027-02-11 21:30'),
        kind: z.enum(EVENT_KINDS).describe('Soort activiteit'),
        themes: z.array(reference('themes')).default([]).describe("Thema's van de activiteit"),
        location: z
          .object({ name: z.string().min(2), address: z.string().min(5) })
          .optional()
          .describe('Plaats: naam en adres (laat weg bij een online activiteit)'),
        online: z.boolean().default(false).describe('Online activiteit'),
        registration: httpsUrl('de URL van het aanmeldformulier').optional().describe('Aanmelden'),
        organiser: z.string().min(2).describe('Organisator'),
        ...systemFields,
      })
      .check((context) => {
        const { start, end } = context.value;
        if (end.getTime() > start.getTime()) return;
        context.issues.push({
          code: 'custom',
          path: ['end'],
          message: `verwacht een einde dat later is dan het begin (start: ${formatEventTimeInput(start)})`,
          input: end,
          continue: true,
        });
      })
      .refine((event) => event.online || event.location, { message: 'geef een locatie of zet online: true', path: ['location'] }),
    /** A regional section under a national text: only `overlay: extend` and optional overrides. */
    extensions: z
      .object({
        overlay: z.literal('extend'),
        after: z.string().optional().describe('Id van de landelijke kop waarna de regionale aanvulling komt (standaard: aan het eind)'),
      })
      .loose(),
  };
}

export type CollectionName = keyof ReturnType<typeof createSchemas>;
