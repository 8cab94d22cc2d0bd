/**
 * Turns a YAML parser error into a problem a non-developer can act on: in
 * Dutch, on the line where the slip is, with the corrected line when we can
 * write it ("zet de tekst tussen aanhalingstekens: title: "A: B"").
 * Only the first error of a file is explained: the parser's later errors
 * are usually consequences of the first.
 */
import type { YAMLError } from 'yaml';

export interface YamlSlip {
  /** 1-based line within the YAML text. */
  line: number;
  /** The field on that line, when there is one. */
  field?: string | undefined;
  found: string;
  expected: string;
  /** What to do, as an instruction ("zet de tekst tussen aanhalingstekens: …"). */
  fix?: string | undefined;
}

const GENERAL =
  'één veld per regel als "naam: waarde", inspringen met spaties; zet tekst met leestekens als : # " \' [ { @ ` tussen aanhalingstekens';

interface KeyValue {
  indent: string;
  key: string;
  value: string;
}

function splitLine(text: string | undefined): KeyValue | undefined {
  const match = /^(\s*(?:- )?)([^\s:#"'][^:#]*?):(?:\s+(.*))?$/.exec(text ?? '');
  if (!match) return undefined;
  return { indent: match[1]!, key: match[2]!, value: (match[3] ?? '').trim() };
}

/** The value in quotes that YAML reads as plain text, choosing the quote that is not inside it. */
export function quoted(value: string): string {
  const first = value[0];
  const inner = (first === '"' || first === "'") && value.length > 1 && value.endsWith(first) ? value.slice(1, -1) : value;
  if (!inner.includes('"')) return `"${inner}"`;
  if (!inner.includes("'")) return `'${inner}'`;
  return `'${inner.replace(/'/g, "''")}'`;
}

function quoteFix(kv: KeyValue): string {
  return `zet de tekst tussen aanhalingstekens: ${kv.indent.trimStart()}${kv.key}: ${quoted(kv.value)}`;
}

const QUOTED = 'tekst met leestekens tussen aanhalingstekens';

/** The last line at or before `from` (1-based) for which `test` holds. */
function lastLineBefore(lines: readonly string[], from: number, test: (kv: KeyValue) => boolean): number | undefined {
  for (let index = Math.min(from, lines.length) - 1; index >= 0; index--) {
    const kv = splitLine(lines[index]);
    if (kv && test(kv)) return index + 1;
  }
  return undefined;
}

function opensQuote(kv: KeyValue): boolean {
  const first = kv.value[0];
  return (first === '"' || first === "'") && (kv.value.length === 1 || !kv.value.endsWith(first));
}

/** Explains one parser error; `lines` is the YAML text split into lines, `lineOffset` where it starts in the file. */
export function explainYamlError(error: Pick<YAMLError, 'code' | 'message' | 'linePos'>, lines: readonly string[], lineOffset = 0): YamlSlip {
  const reported = error.linePos?.[0]?.line ?? 1;
  const at = (line: number, found: string, expected: string, fix?: string): YamlSlip => ({ line, field: splitLine(lines[line - 1])?.key, found, expected, fix });
  const kv = splitLine(lines[reported - 1]);
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      if (kv && / :|: /.test(kv.value)) return at(reported, `een dubbele punt in de tekst van "${kv.key}"`, QUOTED, quoteFix(kv));
      const glued = /^(\s*(?:- )?)([\w-]+):(\S.*)$/.exec(lines[reported - 1] ?? '');
      if (glued) return at(reported, 'geen spatie na de dubbele punt', 'een spatie na de dubbele punt', `schrijf ${glued[2]}: ${glued[3]}`);
      // "tagline Samen tegen criminaliteit": a field name without its colon. The parser reports it on that
      // line or, when the next line belongs to the same block, one line further.
      for (const line of [reported, reported - 1]) {
        const missing = /^(\s*(?:- )?)([A-Za-z][\w-]*)\s+([^:#\s].*)$/.exec(lines[line - 1] ?? '');
        if (missing && !/:(\s|$)/.test(lines[line - 1] ?? '')) {
          return { line, field: missing[2], found: `geen dubbele punt na "${missing[2]}"`, expected: 'een dubbele punt en een spatie tussen veldnaam en waarde', fix: `schrijf ${missing[2]}: ${missing[3]}` };
        }
      }
      return at(reported, 'regels die niet goed inspringen', 'velden op hetzelfde niveau precies onder elkaar', 'spring in met spaties, net als de regel erboven (kijk ook naar de regel hieronder)');
    }
    case 'MISSING_CHAR': {
      if (/quote/i.test(error.message)) {
        const line = lastLineBefore(lines, reported, opensQuote) ?? reported;
        const open = splitLine(lines[line - 1]);
        const mark = open?.value[0] ?? '"';
        return at(line, `een aanhalingsteken (${mark}) aan het begin van de tekst${open ? ` van "${open.key}"` : ''}, maar niet aan het eind`, 'aan het begin en het eind hetzelfde aanhalingsteken', `zet ${mark} aan het eind van de tekst, op dezelfde regel`);
      }
      if (/without - indicator/i.test(error.message)) {
        return at(reported, 'een regel die anders inspringt dan de regel erboven', 'de velden van één lijstitem precies onder elkaar', 'spring in met evenveel spaties als de regel erboven, of begin een nieuw item met "- "');
      }
      break;
    }
    case 'UNEXPECTED_TOKEN':
    case 'BAD_SCALAR_START': {
      if (kv && kv.value) {
        const first = kv.value[0]!;
        if (first === '"' || first === "'") {
          return at(reported, `tekst na het sluitende aanhalingsteken van "${kv.key}"`, 'binnen de tekst een ander aanhalingsteken dan eromheen', `schrijf ${kv.key}: ${quoted(kv.value)}`);
        }
        return at(reported, `tekst die begint met het teken ${first}`, QUOTED, quoteFix(kv));
      }
      break;
    }
    case 'BAD_INDENT': {
      const line = lastLineBefore(lines, reported, (candidate) => /^[[{]/.test(candidate.value) && !/[\]}]$/.test(candidate.value));
      if (line) {
        const open = splitLine(lines[line - 1])!;
        const close = open.value.startsWith('[') ? ']' : '}';
        return at(line, `een lijst die met ${open.value[0]} begint maar niet met ${close} eindigt`, `een lijst als ${open.key}: [overvallen, afpersing]`, `sluit de lijst op dezelfde regel af met ${close}`);
      }
      break;
    }
    case 'TAB_AS_INDENT':
      return at(reported, 'een tab om in te springen', 'spaties', 'vervang de tab door spaties');
    case 'DUPLICATE_KEY': {
      if (kv) {
        const first = lines.findIndex((text) => splitLine(text)?.key === kv.key && splitLine(text)?.indent === kv.indent) + 1;
        return at(reported, `het veld "${kv.key}" voor de tweede keer${first && first !== reported ? ` (ook op regel ${first + lineOffset})` : ''}`, 'elk veld één keer', 'haal een van de twee regels weg');
      }
      break;
    }
  }
  return at(reported, 'een regel die niet als YAML te lezen is', GENERAL, 'vergelijk de regel met een ander bestand in dezelfde map');
}

/** For values YAML parses but cannot turn into data (an alias "*…" to nothing). */
export function explainUnreadable(lines: readonly string[]): YamlSlip {
  const line = lastLineBefore(lines, lines.length, (kv) => /^[*&!]/.test(kv.value));
  if (line) {
    const kv = splitLine(lines[line - 1])!;
    return { line, field: kv.key, found: `tekst die begint met het teken ${kv.value[0]}`, expected: QUOTED, fix: quoteFix(kv) };
  }
  return { line: 1, found: 'YAML die niet te lezen is', expected: GENERAL };
}
