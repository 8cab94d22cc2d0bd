/**
 * Content collections. The schemas live in src/lib/model/schemas.ts (the single
 * source of truth, also used by the content check, the docs and the CMS);
 * the edition loader merges national content with the selected region's.
 */
import { defineCollection, reference } from 'astro:content';
import { createSchemas, type ReferenceFactory } from './lib/model/index.ts';
import { z } from 'astro/zod';
import { editionLoader, editionSummaryLoader, extensionsLoader } from './lib/build/edition-loader.ts';

const schemas = createSchemas(reference as unknown as ReferenceFactory);

export const collections = {
  themes: defineCollection({ loader: editionLoader('themes'), schema: schemas.themes }),
  sectors: defineCollection({ loader: editionLoader('sectors'), schema: schemas.sectors }),
  pvos: defineCollection({ loader: editionLoader('pvos'), schema: schemas.pvos }),
  organisations: defineCollection({ loader: editionLoader('organisations'), schema: schemas.organisations }),
  concepts: defineCollection({ loader: editionLoader('concepts'), schema: schemas.concepts }),
  toolkits: defineCollection({ loader: editionLoader('toolkits'), schema: schemas.toolkits }),
  pages: defineCollection({ loader: editionLoader('pages'), schema: schemas.pages }),
  scan: defineCollection({ loader: editionLoader('scan'), schema: schemas.scan }),
  events: defineCollection({ loader: editionLoader('events'), schema: schemas.events }),
  warnings: defineCollection({ loader: editionLoader('warnings'), schema: schemas.warnings }),
  extensions: defineCollection({ loader: extensionsLoader(['themes', 'concepts', 'toolkits', 'pages', 'warnings']), schema: schemas.extensions }),
  /** One entry, `summary`: entries per collection, so pages skip empty ones. */
  edition: defineCollection({ loader: editionSummaryLoader(), schema: z.object({ counts: z.record(z.string(), z.number()) }) }),
};
