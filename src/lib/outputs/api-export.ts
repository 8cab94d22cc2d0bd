/**
 * The static JSON export for partners (municipalities, trade associations):
 * /api/themes.json, /api/concepts.json, /api/toolkits.json and /api/warnings.json (current
 * warnings only: a partner's site shows what holds today). The zod schema is
 * the contract; /api/schema.json is generated from it.
 */
import { z } from 'astro/zod';
import { httpsUrl, LOCALES } from '../model/index.ts';

export const EXPORTED_COLLECTIONS = ['themes', 'concepts', 'toolkits', 'warnings'] as const;
export type ExportedCollection = (typeof EXPORTED_COLLECTIONS)[number];

export const exportItemSchema = z.strictObject({
  id: z.string().describe('Vaste naam (slug) van het item'),
  type: z.enum(['thema', 'concept', 'toolkit', 'actueel']).describe('Soort item (actueel: een waarschuwing)'),
  title: z.string(),
  summary: z.string().describe('Eén zin'),
  url: httpsUrl().describe('Absolute URL van de pagina'),
  lang: z.enum(LOCALES),
  themes: z.array(z.string()).describe('Slugs van de thema’s'),
  sectors: z.array(z.string()).describe('Ids van de sectoren waarvoor het item vooral geldt; leeg = voor alle sectoren'),
  owner: z.strictObject({ id: z.string(), name: z.string(), url: httpsUrl() }).optional().describe('Eigenaar (alleen bij concepten)'),
  kind: z.string().optional().describe('Soort concept, toolkit of waarschuwing'),
  published: z.iso.date().optional().describe('Alleen bij waarschuwingen: verschenen op (JJJJ-MM-DD)'),
  expires: z.iso.date().optional().describe('Alleen bij waarschuwingen: actueel tot en met (JJJJ-MM-DD); de dag erna staat ze niet meer in de export'),
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
