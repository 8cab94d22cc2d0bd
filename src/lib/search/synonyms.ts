/**
 * The synonyms editors maintain for search: `content/synonyms.yaml` and, per
 * region, `regions/<id>/content/synonyms.yaml` (its entries add to and
 * override the national ones). Read by the build and by `npm run check`,
 * which refuse unknown targets, duplicate words and cycles with file:line.
 *
 * Chains are resolved here (a → b, b → c becomes a → c), so the search page
 * expands each typed word once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lineOfPath, validateEntry, type ContentProblem } from '../messages/index.ts';
import { languageOf, LOCALES, parseContentFile, synonymsSchema, type Locale } from '../model/index.ts';
import { fold, tokenize, type SynonymMap } from './search-words.ts';

export const SYNONYMS_FILE = 'synonyms.yaml';

interface Rule {
  key: string;
  targets: string[];
  file: string;
  line: number | undefined;
}

export interface LoadedSynonyms {
  /** Per language: folded key → the words searched instead (chains resolved). */
  byLang: Record<Locale, Record<string, string[]>>;
  problems: ContentProblem[];
}

/** The synonym files of an edition, national first: repository-relative path and text. */
export function synonymSources(root: string, contentDir: string, regionId: string | undefined): { file: string; text: string }[] {
  const paths = [join(contentDir, SYNONYMS_FILE), ...(regionId ? [join(root, 'regions', regionId, 'content', SYNONYMS_FILE)] : [])];
  return paths.filter((path) => existsSync(path)).map((path) => ({ file: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));
}

const normaliseKey = (key: string) => fold(tokenize(key).join(' '));

/** Whether a target word occurs in the edition's pages, in some form (Pagefind matches word beginnings). */
function occurs(word: string, known: ReadonlySet<string>): boolean {
  const folded = fold(word);
  if (known.has(folded)) return true;
  for (const candidate of known) if (candidate.startsWith(folded)) return true;
  return false;
}

/**
 * Parses, validates and merges the synonym files. `knownWords` (folded words
 * of the edition's pages per language) enables the unknown-target check.
 */
export function loadSynonyms(sources: readonly { file: string; text: string }[], knownWords?: Partial<Record<Locale, ReadonlySet<string>>>): LoadedSynonyms {
  const problems: ContentProblem[] = [];
  const merged = Object.fromEntries(LOCALES.map((lang) => [lang, new Map<string, Rule>()])) as Record<Locale, Map<string, Rule>>;
  for (const { file, text } of sources) {
    const parsed = parseContentFile(text, file);
    problems.push(...parsed.problems);
    if (parsed.problems.length) continue;
    const invalid = validateEntry(synonymsSchema, parsed.data, file, text);
    problems.push(...invalid);
    if (invalid.length) continue;
    for (const lang of LOCALES) {
      const seen = new Map<string, string>();
      for (const [key, target] of Object.entries((parsed.data[lang] ?? {}) as Record<string, string>)) {
        const line = lineOfPath(text, [lang, key]);
        const normal = normaliseKey(key);
        const targets = tokenize(target);
        const problem = (field: string, found: string, expected: string) => problems.push({ file, field: `${lang}.${field}`, line, found, expected });
        if (!normal || !targets.length) {
          problem(key, `"${key}: ${target}"`, 'woorden met letters, zoals "gijzelsoftware: ransomware"');
          continue;
        }
        if (seen.has(normal)) {
          problem(key, `"${key}", hetzelfde woord als "${seen.get(normal)}" hierboven`, 'elk woord één keer (hoofdletters en accenten tellen niet)');
          continue;
        }
        seen.set(normal, key);
        if (targets.some((word) => fold(word) === normal)) {
          problem(key, `"${key}" verwijst naar zichzelf`, 'een ander woord als doel');
          continue;
        }
        // Only languages the edition publishes can be checked (a Dutch-only region has no English pages).
        const known = knownWords?.[lang];
        const unknown = known ? targets.filter((word) => !occurs(word, known)) : [];
        if (unknown.length) {
          problem(key, `doelwoord "${unknown.join(' ')}" staat op geen enkele pagina (${languageOf(lang).dutchName})`, 'een woord dat in de kennisbank voorkomt, anders vindt de zoekopdracht niets');
          continue;
        }
        merged[lang].set(normal, { key: normal, targets, file, line });
      }
    }
  }

  const byLang = Object.fromEntries(LOCALES.map((lang) => [lang, {}])) as Record<Locale, Record<string, string[]>>;
  for (const lang of LOCALES) {
    const rules = merged[lang];
    // Resolve chains depth first; a word met again on the current path is a cycle.
    const resolved = new Map<string, string[]>();
    const resolve = (rule: Rule, path: string[]): string[] => {
      const done = resolved.get(rule.key);
      if (done) return done;
      if (path.includes(rule.key)) {
        const cycle = [...path.slice(path.indexOf(rule.key)), rule.key];
        problems.push({ file: rule.file, field: `${lang}.${rule.key}`, line: rule.line, found: `een kring: ${cycle.join(' → ')}`, expected: 'synoniemen die uiteindelijk op een woord uit de kennisbank uitkomen, niet weer op zichzelf' });
        return rule.targets;
      }
      const words = rule.targets.flatMap((word) => {
        const next = rules.get(fold(word));
        return next ? resolve(next, [...path, rule.key]) : [word];
      });
      resolved.set(rule.key, words);
      return words;
    };
    for (const rule of rules.values()) byLang[lang][rule.key] = resolve(rule, []);
  }
  return { byLang, problems: dedupe(problems) };
}

function dedupe(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}:${problem.line}:${problem.field}:${problem.found}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The folded words of texts per language (only languages that have texts), for the unknown-target check. */
export function wordsOf(texts: Iterable<{ lang: Locale; text: string }>): Partial<Record<Locale, Set<string>>> {
  const words: Partial<Record<Locale, Set<string>>> = {};
  for (const { lang, text } of texts) {
    const set = (words[lang] ??= new Set());
    for (const word of tokenize(text)) set.add(fold(word));
  }
  return words;
}

export type { SynonymMap };
