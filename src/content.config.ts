/**
 * Content collections: the single source of truth for the content model.
 * Documentation and editor forms are generated from these schemas.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  AUDIENCES,
  CONCEPT_KINDS,
  ORGANISATION_KINDS,
  TOOLKIT_KINDS,
} from './lib/taxonomy.ts';

// CONTENT_DIR lets tests and the benchmark build other content with the same code.
const CONTENT_ROOT = process.env.CONTENT_DIR ?? './content';

const isoDate = z.coerce.date({
  error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-01',
});

const source = z.strictObject({
  title: z.string().min(3, 'geef de titel van de bron'),
  url: z.url({ error: 'verwacht een volledige URL die begint met https://' }),
});

/** Fields every entry has, whatever its collection. */
const entryBase = z.object({
  title: z.string().min(3, 'verwacht een titel van minstens 3 tekens'),
  summary: z
    .string()
    .min(20, 'verwacht een samenvatting van één zin (20 tot 220 tekens)')
    .max(220, 'verwacht een samenvatting van één zin (20 tot 220 tekens)'),
  reviewed: isoDate,
  sources: z.array(source).min(1, 'noem minstens één bron'),
  /** Extra search words, e.g. the parts of compound words (Pagefind matches compounds by prefix only). */
  keywords: z.array(z.string().min(2)).default([]),
});

const themeRefs = z.array(reference('themes')).min(1, 'noem minstens één thema');

export const collections = {
  themes: defineCollection({
    loader: glob({ base: `${CONTENT_ROOT}/themes`, pattern: '*.mdx' }),
    // The file name is the slug; src/lib/content-integrity.ts checks it against THEME_SLUGS.
    schema: entryBase.extend({
      order: z.number().int().min(1),
    }),
  }),
  organisations: defineCollection({
    loader: glob({ base: `${CONTENT_ROOT}/organisations`, pattern: '*.yaml' }),
    schema: entryBase.extend({
      shortName: z.string().optional(),
      kind: z.enum(ORGANISATION_KINDS),
      url: z.url({ error: 'verwacht de URL van de website van de organisatie' }),
      npcMember: z.boolean().default(false),
    }),
  }),
  concepts: defineCollection({
    loader: glob({ base: `${CONTENT_ROOT}/concepts`, pattern: '*.mdx' }),
    schema: entryBase.extend({
      owner: reference('organisations'),
      partners: z.array(reference('organisations')).default([]),
      themes: themeRefs,
      kind: z.enum(CONCEPT_KINDS),
      audience: z.array(z.enum(AUDIENCES)).min(1),
      participation: z.string().min(20, 'beschrijf in één of twee zinnen hoe een ondernemer of PVO meedoet'),
      cost: z.string().optional(),
      link: z.url({ error: 'verwacht de URL van de officiële pagina van het concept' }),
    }),
  }),
  toolkits: defineCollection({
    loader: glob({ base: `${CONTENT_ROOT}/toolkits`, pattern: '*.mdx' }),
    schema: entryBase.extend({
      themes: themeRefs,
      kind: z.enum(TOOLKIT_KINDS),
      audience: z.array(z.enum(AUDIENCES)).min(1),
      printable: z.boolean().default(true),
      duration: z.string().optional(),
      featured: z.boolean().default(false),
    }),
  }),
  pages: defineCollection({
    loader: glob({ base: `${CONTENT_ROOT}/pages`, pattern: '*.mdx' }),
    schema: entryBase.extend({
      order: z.number().int().min(1).default(50),
    }),
  }),
};
