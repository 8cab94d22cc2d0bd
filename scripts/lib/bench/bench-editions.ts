/**
 * Regional editions for the benchmark (`npm run bench -- --editions 10`):
 * each one like a real PVO's, over the synthetic corpus — branding, a hidden
 * page, regional sections under national texts (extend), replacements
 * (replace + basedOn), regional pages and agenda items.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceHash } from '../../../src/lib/editions/source-hash.ts';
import type { CorpusCounts } from './corpus.ts';
import { startOverride } from '../editing/override.ts';
import { orderOf } from '../../../src/lib/authoring/content-format.ts';

const front = (fields: Record<string, unknown>) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n`;

/** Writes `count` editions under `<root>/regions/` and returns their ids. */
export function writeBenchEditions(root: string, count: number, counts: CorpusCounts): string[] {
  const ids: string[] = [];
  for (let index = 1; index <= count; index++) {
    const id = `bench-${String(index).padStart(2, '0')}`;
    ids.push(id);
    const dir = join(root, 'regions', id);
    mkdirSync(dir, { recursive: true });
    const content = (collection: string) => {
      mkdirSync(join(dir, 'content', collection), { recursive: true });
      return join(dir, 'content', collection);
    };
    writeFileSync(
      join(dir, 'region.yaml'),
      [
        `name: PVO Benchmarkregio ${index}`,
        `siteUrl: https://${id}.example`,
        `contact:\n  email: info@${id}.example`,
        `tokens:\n  primary: '#1d5e3a'\n  primaryContrast: '#ffffff'`,
        'locales: [nl]',
        `hide:\n  - toolkits/toolkit-${index}`,
        'navigation:\n  - label: Agenda\n    href: /agenda/',
        '',
      ].join('\n'),
    );
    // Regional sections under national texts, replacements and new pages: a few dozen files, as a busy PVO would have.
    for (let n = 0; n < 20; n++) {
      const concept = (index * 37 + n * 11) % counts.concepts;
      writeFileSync(join(content('concepts'), `concept-${concept}.mdx`), `${front({ overlay: 'extend' })}\n### In Benchmarkregio ${index}\n\nHier werkt het PVO samen met ondernemers, gemeente en politie. Neem contact op voor een afspraak.\n`);
    }
    for (let n = 0; n < 10; n++) {
      const toolkit = `toolkit-${(index * 53 + n * 7) % counts.toolkits}`;
      if (toolkit === `toolkit-${index}`) continue;
      const national = readFileSync(join(root, 'content', 'toolkits', `${toolkit}.mdx`), 'utf8');
      writeFileSync(join(content('toolkits'), `${toolkit}.mdx`), startOverride(national, sourceHash(national), orderOf('toolkits')));
    }
    for (let n = 0; n < 10; n++) {
      writeFileSync(
        join(content('pages'), `regionaal-${n}.mdx`),
        `${front({ title: `Regionale pagina ${n} van regio ${index}`, summary: 'Wat het platform in deze regio doet voor ondernemers en hoe u meedoet.', reviewed: '2026-11-01', sources: [{ title: 'Bron', url: 'https://example.org/bron' }] })}\n## Zo werken we\n\nHet platform brengt ondernemers, gemeente en politie samen.\n`,
      );
    }
    for (let n = 0; n < 5; n++) {
      writeFileSync(
        join(content('events'), `activiteit-${n}.mdx`),
        `${front({ title: `Voorlichting ${n} in regio ${index}`, summary: 'Een avond over veilig ondernemen met tips van politie en brandweer.', start: `2027-0${n + 1}-10T19:30:00+01:00`, end: `2027-0${n + 1}-10T21:30:00+01:00`, kind: 'voorlichtingsbijeenkomst', online: true, organiser: `PVO Benchmarkregio ${index}` })}\n## Programma\n\nUitleg, vragen en een rondgang.\n`,
      );
    }
  }
  return ids;
}
