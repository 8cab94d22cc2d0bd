/**
 * The static JSON export for partners (municipalities, trade associations):
 * /api/themes.json, /api/concepts.json, /api/toolkits.json. The zod schema is
 * the contract; /api/schema.json is generated from it.
 */
import { z } from 'astro/zod';
import { httpsUrl, LOCALES } from '../model/index.ts';

export const EXPORTED_COLLECTIONS = ['themes', 'concepts', 'toolkits'] as const;
export type ExportedCollection = (typeof EXPORTED_COLLECTIONS)[number];

export const exportItemSchema = z.strictObject({
  id: z.string().describe('Vaste naam (slug) van het item'),
  type: z.enum(['thema', 'concept', 'toolkit']).describe('Soort item'),
  title: z.string(),
  summary: z.string().describe('Eén zin'),
  url: httpsUrl().describe('Absolute URL van de pagina'),
  lang: z.enum(LOCALES),
  themes: z.array(z.string()).describe('Slugs van de thema’s'),
  sectors: z.array(z.string()).describe('Ids van de sectoren waarvoor het item vooral geldt; leeg = voor alle sectoren'),
  owner: z.strictObject({ id: z.string(), name: z.string(), url: httpsUrl() }).optional().describe('Eigenaar (alleen bij concepten)'),
  kind: z.string().optional().describe('Soort concept of toolkit'),
  reviewed: z.iso.date().describe('Laatst gecontroleerd (JJJJ-MM-DD)'),
  provenance: z.enum(['national', 'regional', 'extended']).describe('Herkomst van de tekst in deze editie'),
});

export const exportFileSchema = z.strictObject({
  edition: z.string().describe('Editie: landelijk of de id van een regio'),
  generated: z.iso.datetime().describe('Moment van bouwen'),
  items: z.array(exportItemSchema),
});

export type ExportItem = z.infer<typeof exportItemSchema>;
export type ExportFile = z.infer<typeof exportFileSchema>;

export function exportJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(exportFileSchema), title: 'Kennisbank Veilig Ondernemen — export' };
}

/** Builds and validates an export file; an invalid item is a build error, never a silent gap. */
export function buildExport(edition: string, items: ExportItem[], generated = new Date()): ExportFile {
  return exportFileSchema.parse({ edition, generated: generated.toISOString(), items });
}
