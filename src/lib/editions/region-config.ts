/**
 * A regional edition's `region.yaml`: schema, loading and the checks a
 * schema alone cannot do (colour contrast, the logo file). Every problem
 * names the file, the field and the line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { AA_TEXT, contrastRatio, isHexColour } from './contrast.ts';
import { ContentError, expectedOneOf, validateEntry } from '../messages/index.ts';
import { httpsUrl, LOCALES, parseYaml } from '../model/index.ts';
import { cleanLogo } from './svg-logo.ts';

const hexColour = z.string().refine(isHexColour, { message: 'verwacht een kleur als hexcode, bijvoorbeeld "#1d5e3a"' });
const entryKey = z
  .string()
  // The six themes are the backbone of every edition: they can be extended or replaced, not hidden.
  .regex(/^(concepts|toolkits|pages|warnings|scan)\/[a-z0-9-]+$/, 'verwacht concepts/<slug>, toolkits/<slug>, pages/<slug>, warnings/<slug> of scan/<slug> (een vraag van de zelfscan), bijvoorbeeld toolkits/checklist-cyberbasis (thema\'s kunnen niet verborgen worden)');

export const regionSchema = z.strictObject({
  name: z.string().min(3, 'verwacht de naam van het platform, bijvoorbeeld "PVO Limburg"').describe('Volledige naam, in de kop van elke pagina'),
  shortName: z.string().min(2).optional().describe('Korte naam'),
  tagline: z.string().min(5).optional().describe('Regel onder de naam in de kop'),
  siteUrl: httpsUrl('het publieke adres van de site').describe('Publieke adres van de site'),
  contact: z
    .strictObject({
      email: z.email({ error: 'verwacht een e-mailadres' }).optional(),
      phone: z.string().regex(/^[0-9 +()-]{6,}$/, 'verwacht een telefoonnummer, bijvoorbeeld 050-1234567').optional(),
      address: z.string().min(5).optional(),
      url: httpsUrl().optional(),
    })
    .default({})
    .describe('Contactgegevens in de voettekst'),
  logo: z.string().regex(/^[\w-]+\.svg$/, 'verwacht de naam van een SVG-bestand in public/, bijvoorbeeld logo.svg').optional().describe('SVG-logo in regions/<id>/public/'),
  tokens: z
    .strictObject({
      primary: hexColour,
      primaryContrast: hexColour,
      primaryDark: hexColour,
      accent: hexColour,
      surface: hexColour,
    })
    .partial()
    .default({})
    .describe('Huiskleuren als design tokens'),
  locales: z
    .array(z.enum(LOCALES))
    .min(1)
    .default([...LOCALES])
    .refine((locales) => locales.includes('nl'), 'verwacht een lijst met nl erin: Nederlands is de brontaal waar elke pagina op terugvalt')
    .describe(`Talen van de editie; zonder dit veld alle talen van de kennisbank (${LOCALES.join(', ')}). Laat een taal weg om hem uit te zetten; nl hoort er altijd bij`),
  partners: z.array(z.strictObject({ name: z.string().min(2), url: httpsUrl() })).default([]).describe('Partners in de voettekst'),
  hide: z.array(entryKey).default([]).describe('Landelijke pagina’s die deze editie weglaat'),
  navigation: z
    .array(z.strictObject({ label: z.string().min(2), href: z.string().regex(/^\/|^https:\/\//, 'verwacht een pad als /agenda/ of een https-URL') }))
    .default([])
    .describe('Extra links in het hoofdmenu'),
  editBaseUrl: httpsUrl('de basis-URL voor bewerken, zoals https://github.com/org/repo/edit/main/,').optional().describe('Basis van de links “Pas deze pagina aan”'),
});

export type RegionConfig = z.infer<typeof regionSchema>;

/** Colour pairs that carry text; each must reach WCAG AA. */
const TEXT_PAIRS: [foreground: keyof RegionConfig['tokens'], background: keyof RegionConfig['tokens'], defaultFg: string, defaultBg: string][] = [
  ['primaryContrast', 'primary', '#ffffff', '#0b4a6f'],
  ['primaryContrast', 'primaryDark', '#ffffff', '#07324c'],
  ['primaryContrast', 'accent', '#ffffff', '#b3541e'],
  ['primary', 'surface', '#0b4a6f', '#eef4f8'],
];

export function regionDir(root: string, id: string): string {
  return join(root, 'regions', id);
}

export function listRegions(root: string): string[] {
  const dir = join(root, 'regions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'region.yaml')))
    .map((entry) => entry.name)
    .sort();
}

/** Reads and checks regions/<id>/region.yaml; throws a ContentError listing every problem. */
export function loadRegionConfig(root: string, id: string): RegionConfig {
  const file = join('regions', id, 'region.yaml');
  if (!/^[a-z0-9-]+$/.test(id) || !existsSync(join(root, file))) {
    const known = listRegions(root);
    throw new ContentError([
      {
        file: 'REGION',
        field: 'REGION',
        found: `"${id}"`,
        expected: known.length ? `${expectedOneOf(id, known)} (de mappen in regions/)` : 'een map regions/<id>/ met region.yaml',
      },
    ]);
  }
  const text = readFileSync(join(root, file), 'utf8');
  const yaml = parseYaml(text, file);
  if (yaml.unreadable) throw new ContentError(yaml.problems);
  const lineOf = yaml.lineOf;
  const problems = validateEntry(regionSchema, yaml.data, file, text, lineOf);
  if (problems.length) throw new ContentError(problems);
  const config = regionSchema.parse(yaml.data);
  for (const [fg, bg, defaultFg, defaultBg] of TEXT_PAIRS) {
    if (!config.tokens[fg] && !config.tokens[bg]) continue;
    const foreground = config.tokens[fg] ?? defaultFg;
    const background = config.tokens[bg] ?? defaultBg;
    const ratio = contrastRatio(foreground, background);
    if (ratio < AA_TEXT) {
      problems.push({
        file,
        field: `tokens, ${fg} op ${bg}`,
        line: lineOf(['tokens', fg]) ?? lineOf(['tokens', bg]),
        found: `contrast ${ratio.toFixed(2)}:1 (${foreground} op ${background})`,
        expected: `minstens ${AA_TEXT}:1 (WCAG AA voor tekst); maak een van beide kleuren donkerder of lichter`,
      });
    }
  }
  const logoPath = config.logo ? join(root, 'regions', id, 'public', config.logo) : undefined;
  if (config.logo && logoPath && !existsSync(logoPath)) {
    problems.push({ file, field: 'logo', line: lineOf(['logo']), found: `"${config.logo}"`, expected: `een bestand regions/${id}/public/${config.logo}` });
  } else if (logoPath) {
    // The logo is cleaned with svgo before use; what cannot be cleaned is refused.
    for (const found of cleanLogo(readFileSync(logoPath, 'utf8')).problems) {
      problems.push({ file: `regions/${id}/public/${config.logo}`, field: 'logo', found, expected: 'een eenvoudig SVG-beeld: alleen vormen en kleuren, zonder script, links, ingesloten HTML of CSS (exporteer opnieuw als "plain SVG")' });
    }
  }
  if (problems.length) throw new ContentError(problems);
  return config;
}
