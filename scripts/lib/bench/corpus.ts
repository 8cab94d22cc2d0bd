/**
 * Synthetic content for the benchmark: valid against the real schemas, with
 * enough varied Dutch vocabulary that the search index has a realistic size.
 * Deterministic (seeded), so two runs build the same corpus.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIENCES, CONCEPT_KINDS, THEME_SLUGS, TOOLKIT_KINDS } from '../../../src/lib/model/taxonomy.ts';

const WORDS = (
  'ondernemer winkel kassa camera alarm politie aangifte melding buurt bedrijf pand verhuur huurder contract signaal ' +
  'preventie beveiliging verlichting deur slot sleutel personeel training instructie gesprek agressie geweld dreiging ' +
  'overval diefstal inbraak schade verzekering herstel opvang slachtoffer getuige bewijs beelden privacy gegevens wachtwoord ' +
  'computer netwerk back-up update phishing factuur betaling rekening bank fraude oplichting afpersing chantage bericht ' +
  'telefoon gemeente wijkagent brancheorganisatie keurmerk certificaat afspraak overleg werkgroep plan analyse risico ' +
  'maatregel controle checklist stappenplan advies hulp informatie website formulier tijd avond nacht sluiten openen ' +
  'contant geld pinnen kluis afstorten route collega klant leverancier transport vracht terrein hek poort parkeerplaats'
).split(' ');

/** Mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writer(seed: number) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 10) }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, sentence).join(' ');
  const body = (sections: number, withTasks: boolean) =>
    Array.from({ length: sections }, (_, index) => {
      const list = withTasks
        ? Array.from({ length: 5 }, () => `- [ ] ${sentence()}`).join('\n')
        : Array.from({ length: 4 }, () => `- ${sentence()}`).join('\n');
      return `## Onderdeel ${index + 1}: ${pick(WORDS)} en ${pick(WORDS)}\n\n${paragraph(4)}\n\n${list}\n\n${paragraph(3)}\n`;
    }).join('\n');
  return { next, pick, sentence, paragraph, body };
}

const frontMatter = (fields: Record<string, unknown>) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n`;

const base = (title: string, summary: string) => ({
  title,
  summary,
  reviewed: '2026-11-01',
  sources: [{ title: 'Bron voor de benchmark', url: 'https://example.org/bron' }],
  keywords: ['benchmark'],
});

export interface CorpusCounts {
  themes: number;
  organisations: number;
  concepts: number;
  toolkits: number;
  pages: number;
}

/** Writes a corpus with `total` routed pages (themes, concepts, toolkits, info pages) into `dir`. */
export function writeCorpus(dir: string, total: number, seed = 42): CorpusCounts {
  const text = writer(seed);
  const folders = ['themes', 'organisations', 'concepts', 'toolkits', 'pages'];
  for (const folder of folders) mkdirSync(join(dir, folder), { recursive: true });
  const rest = Math.max(0, total - THEME_SLUGS.length);
  const counts: CorpusCounts = {
    themes: THEME_SLUGS.length,
    organisations: 20,
    concepts: Math.round(rest * 0.3),
    toolkits: Math.round(rest * 0.4),
    pages: 0,
  };
  counts.pages = rest - counts.concepts - counts.toolkits;

  THEME_SLUGS.forEach((slug, index) => {
    writeFileSync(
      join(dir, 'themes', `${slug}.mdx`),
      frontMatter({ ...base(`Thema ${slug}`, `Gids over ${slug}: ${text.sentence()}`), order: index + 1 }) + text.body(9, false),
    );
  });
  for (let i = 0; i < counts.organisations; i++) {
    writeFileSync(
      join(dir, 'organisations', `organisatie-${i}.yaml`),
      `title: Organisatie ${i}\nsummary: ${JSON.stringify(text.sentence())}\nreviewed: 2026-11-01\nkind: kennisorganisatie\nurl: https://example.org/${i}\nsources:\n  - title: Bron\n    url: https://example.org/bron\n`,
    );
  }
  const themes = () => [...new Set([text.pick(THEME_SLUGS), text.pick(THEME_SLUGS)])];
  for (let i = 0; i < counts.concepts; i++) {
    writeFileSync(
      join(dir, 'concepts', `concept-${i}.mdx`),
      frontMatter({
        ...base(`Concept ${i} ${text.pick(WORDS)}`, text.sentence()),
        owner: `organisatie-${i % counts.organisations}`,
        themes: themes(),
        kind: text.pick(CONCEPT_KINDS),
        audience: [text.pick(AUDIENCES)],
        participation: text.sentence(),
        link: 'https://example.org/concept',
      }) + text.body(4, false),
    );
  }
  for (let i = 0; i < counts.toolkits; i++) {
    writeFileSync(
      join(dir, 'toolkits', `toolkit-${i}.mdx`),
      frontMatter({
        ...base(`Toolkit ${i} ${text.pick(WORDS)}`, text.sentence()),
        themes: themes(),
        kind: text.pick(TOOLKIT_KINDS),
        audience: [text.pick(AUDIENCES)],
        featured: i < 4,
      }) + text.body(3, true),
    );
  }
  const required = ['wat-is-een-pvo', 'melden', 'toegankelijkheid', 'privacy'];
  for (let i = 0; i < counts.pages; i++) {
    const id = required[i] ?? `pagina-${i}`;
    writeFileSync(join(dir, 'pages', `${id}.mdx`), frontMatter({ ...base(`Pagina ${id}`, text.sentence()), order: i + 1 }) + text.body(4, false));
  }
  return counts;
}
