/**
 * The content model: one zod schema per collection. The single source of
 * truth — Astro's collections (src/content.config.ts), the fast content check,
 * the generated front matter reference and the CMS configuration all build on
 * these definitions. `reference` is injected so the schemas also run outside
 * Astro (where `astro:content` does not exist).
 */
import { z } from 'astro/zod';
import { formatEventTimeInput, parseEventTime } from './event-time.ts';
import { WEEKDAYS } from '../contact/index.ts';
import { AUDIENCES, CONCEPT_KINDS, EVENT_KINDS, LOCALES, ORGANISATION_KINDS, TOOLKIT_KINDS, WARNING_KINDS, type Locale } from './taxonomy.ts';
import { LANGUAGES } from './languages.ts';
import { warningExpiryProblem } from './warnings.ts';
import { isCalendarDay } from './dates.ts';
import { SCAN_ANSWERS, SCAN_LINK_PATTERN, SCAN_PRIORITIES } from './scan-actions.ts';

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
export const SYSTEM_FIELD_NAMES = ['provenance', 'sourceFile', 'extension', 'basedOn', 'lang', 'translationStale'] as const;

/**
 * An event's start or end: `2027-02-11 19:30` is Dutch time (Europe/Amsterdam,
 * summer and winter time right on any machine); a value with an offset is taken as written.
 */
const eventTime = (description: string) =>
  z
    // Without its own message a missing value would read "verwacht Invalid input" (zod's union default).
    .union([z.string(), z.date()], { error: 'datum en tijd in Nederlandse tijd als JJJJ-MM-DD UU:MM, zoals 2027-02-11 19:30' })
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
/**
 * A day that decides what a visitor sees (a warning's published, expires and
 * source dates): only a real YYYY-MM-DD, since JavaScript would read
 * "1 december" as 2001 and roll 2026-02-30 over to March.
 */
const strictDay = z.preprocess((value) => (typeof value === 'string' && !isCalendarDay(value) ? new Date(Number.NaN) : value), calendarDay);

export const sourceSchema = z.strictObject({
  title: z.string().min(3, 'geef de titel van de bron').describe('Naam van de bron, zoals de pagina heet'),
  url: httpsUrl('een volledige URL van de bron').describe('Volledige URL van de bron'),
});

/** A warning's source carries its own date: how fresh the pattern is shows at a glance, and the archive rule reads it. */
export const datedSourceSchema = z.strictObject({
  ...sourceSchema.shape,
  date: strictDay.describe('Datum van de bron: wanneer het bericht of rapport verscheen (JJJJ-MM-DD)'),
});
const clockTime = (what: string) =>
  z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, `verwacht ${what} als UU:MM, bijvoorbeeld 09:00 (24:00 is middernacht aan het eind van de dag)`);

/**
 * When a phone line answers: around the clock, or weekly slots in Dutch local time. Always with the
 * page that says so, because a wrong "nu gesloten" sends someone away (src/lib/contact/opening-hours.ts).
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
  /** For translations: the Dutch source changed in substance since `translationBasedOn` (editions/translations.ts). */
  translationStale: z.boolean().default(false),
};

/**
 * Fields of a translation (a file under `<collection>/<lang>/`): which Dutch
 * entry it translates, the fingerprint of the Dutch text it was made from
 * (written by `npm run translations:accept`) and whether a native speaker
 * has checked it. The content check refuses them in a Dutch file.
 */
/** Names of the translation fields: documented, but left out of the Dutch templates and CMS forms. */
export const TRANSLATION_FIELD_NAMES = ['translationOf', 'translationBasedOn', 'translationReviewed'] as const;

export const translationFields = {
  translationOf: z
    .string()
    .regex(/^[a-z]+\/[a-z0-9-]+$/, 'verwacht "<collectie>/<bestandsnaam>" van de Nederlandse pagina, zoals "toolkits/stappenplan-na-een-overval"')
    .optional()
    .describe('Alleen in een vertaling: de Nederlandse pagina die vertaald is, als "<collectie>/<bestandsnaam>"'),
  translationBasedOn: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'verwacht de vingerafdruk van 12 tekens die npm run translations:accept schrijft')
    .optional()
    .describe('Alleen in een vertaling: vingerafdruk van de Nederlandse tekst waarvan vertaald is (schrijf hem met npm run translations:accept)'),
  translationReviewed: z
    .boolean()
    .optional()
    .describe('Alleen in een vertaling: true zodra een moedertaalspreker de vertaling heeft nagelezen; tot dan zegt de pagina dat de Nederlandse tekst geldt'),
};

/** Fields every entry has, whatever its collection. */
export const entryFields = {
  // Two characters: a Chinese title such as 隐私 (privacy) is a whole word.
  title: z.string().min(2, 'verwacht een titel van minstens 2 tekens').describe('Titel van de pagina (de kop bovenaan)'),
  summary: z
    .string()
    .min(20, 'verwacht een samenvatting van één zin (20 tot 220 tekens)')
    .max(220, 'verwacht een samenvatting van één zin (20 tot 220 tekens)')
    .describe('Eén zin: staat in overzichten, zoekresultaten en als beschrijving voor zoekmachines'),
  reviewed: calendarDay.describe('Datum waarop de inhoud voor het laatst is gecontroleerd (JJJJ-MM-DD)'),
  recheck: z
    .strictObject({
      date: calendarDay.describe('Datum waarop iemand de bewering opnieuw moet nakijken (JJJJ-MM-DD)'),
      what: z.string().min(10, 'zeg in een zin wat er nagekeken moet worden, bijvoorbeeld "Is de wet al in werking?"').describe('Wat er dan nagekeken moet worden'),
    })
    .optional()
    .describe('Alleen bij iets wat nog kan veranderen (een wet die nog moet ingaan, een fusie, een subsidieronde): wanneer en wat u opnieuw nakijkt. npm run check waarschuwt na die datum.'),
  sources: z.array(sourceSchema).min(1, 'noem minstens één bron').describe('Bronnen waarop de tekst steunt'),
  keywords: z
    .array(z.string().min(2))
    .default([])
    .describe('Extra zoekwoorden: schrijf delen van samenstellingen uit (winkeldiefstal → winkel, diefstal)'),
  editorial: z
    .string()
    .min(5, 'een korte notitie met datum, bijvoorbeeld "2026-11-30: tikfout in stap 3"; is er niets redactioneels gewijzigd, haal dan de regel editorial weg')
    .optional()
    .describe(
      'Alleen bij een redactionele wijziging (tikfout, kapotte link, opmaak): schrijf hier een nieuwe korte notitie met datum. Regionale versies van deze pagina blijven dan actueel. Bij een inhoudelijke wijziging laat u dit veld zoals het is.',
    ),
  ...translationFields,
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
/** One section per language of the language list (languages.ts). */
export const synonymsSchema = z.strictObject(
  Object.fromEntries(LANGUAGES.map((language) => [language.code, synonymList.describe(`${language.dutchName}: "wat bezoekers typen: het woord dat de pagina's gebruiken"`)])) as Record<Locale, typeof synonymList>,
);

/**
 * `content/retired-sources.yaml`: websites that are gone or no longer kept up to date, by domain. The
 * content check refuses a source or link to them and names the site to use instead.
 */
export const retiredSourcesSchema = z.record(
  z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'verwacht een domeinnaam zonder https:// en zonder www., zoals digitaltrustcenter.nl'),
  z.strictObject({
    since: calendarDay.describe('Sinds wanneer de site niet meer bruikbaar is'),
    why: z.string().min(10, 'zeg in een zin waarom de site niet meer bruikbaar is').describe('Waarom'),
    use: httpsUrl('de URL die redacteuren in de plaats gebruiken').describe('Wat u in de plaats gebruikt'),
  }),
);

const { keywords: _keywords, ...withoutKeywords } = entryFields;

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
    /**
     * One question of the self-scan (/scan/) per file: the usual overlay then adds, hides or
     * replaces single questions, and the CMS edits one question at a time. Data, not a page.
     */
    scan: z.object({
      // Questions are not pages: no search keywords.
      ...withoutKeywords,
      title: z.string().min(10, 'verwacht een vraag van minstens 10 tekens').max(160, 'verwacht een korte vraag (hoogstens 160 tekens)').describe('De vraag, zoals de ondernemer hem leest (eindigt op een vraagteken)'),
      summary: entryFields.summary.describe('Eén zin onder de vraag: waarom dit ertoe doet'),
      theme: reference('themes').describe('Thema waaronder de vraag staat'),
      sectors: sectorRefs,
      order: z.number().int().min(1).describe('Volgorde binnen het thema (1 = eerst)'),
      risk: z.enum(SCAN_ANSWERS).describe('Welk antwoord een risico is: nee (de ondernemer doet het niet) of ja'),
      priority: z
        .number()
        .int()
        .min(1, 'verwacht een prioriteit 1, 2 of 3 (1 = eerst doen)')
        .max(SCAN_PRIORITIES, 'verwacht een prioriteit 1, 2 of 3 (1 = eerst doen)')
        .describe('Hoe dringend het advies is: 1 = eerst doen, 3 = later'),
      advice: z.string().min(10, 'verwacht een advies van één zin').max(220, 'verwacht een advies van één zin (hoogstens 220 tekens)').describe('Het advies bij een risicovol antwoord: één zin, wat de ondernemer doet'),
      link: z
        .string()
        .regex(SCAN_LINK_PATTERN, 'verwacht toolkits/<slug>, concepts/<slug> of themes/<slug>, bijvoorbeeld toolkits/checklist-cyberbasis')
        .describe('Pagina die laat zien hoe: toolkits/<slug>, concepts/<slug> of themes/<slug>'),
      anchor: z
        .string()
        .regex(/^[a-z0-9-]+$/, 'verwacht het id van een kopje op de gelinkte pagina, zoals back-ups')
        .optional()
        .describe('Optioneel: het id van een kopje op die pagina (het stuk achter # in de link)'),
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
    /**
     * Dated warnings (/actueel/): a pattern that is going on now, national or regional.
     * `expires` is required and at most a year after `published`: after it, the warning
     * leaves every list and feed at the next build and stays readable in the archive.
     */
    warnings: z
      .object({
        ...entryFields,
        published: strictDay.describe('Datum waarop de waarschuwing verschijnt (JJJJ-MM-DD); vóór die dag staat ze nergens'),
        expires: strictDay.describe('Laatste dag dat de waarschuwing actueel is (JJJJ-MM-DD), hoogstens een jaar na published; de dag erna gaat ze naar het archief'),
        kind: z.enum(WARNING_KINDS).describe('Soort waarschuwing: het patroon, nooit een dader'),
        themes: themeRefs,
        sectors: sectorRefs,
        sources: z.array(datedSourceSchema).min(1, 'noem minstens één bron').describe('Openbare bronnen waarop de waarschuwing steunt, elk met de datum van de bron'),
      })
      .check((context) => {
        const { published, expires } = context.value;
        const message = warningExpiryProblem(published, expires);
        if (message) context.issues.push({ code: 'custom', path: ['expires'], message, input: expires, continue: true });
      }),
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
