/**
 * Link rot: every external link in content/ and regions/ with its file and
 * line, checked by linkinator, reported as one Markdown issue body listing
 * the broken links by file and line. The scheduled workflow
 * (.github/workflows/link-rot.yml) opens or updates that one issue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ISSUE_TITLE = 'Kapotte externe links';
export const ISSUE_LABEL = 'link-rot';

export interface LinkOccurrence {
  url: string;
  /** Repository-relative path. */
  file: string;
  line: number;
}

/** Outcome per URL: broken for certain, could not be checked (blocked, timeout), or fine. */
export type LinkVerdict = 'broken' | 'unchecked' | 'ok';

export interface CheckedUrl {
  url: string;
  status: number;
  verdict: LinkVerdict;
  /** Short reason for a failure without an HTTP status, e.g. ENOTFOUND. */
  reason?: string | undefined;
}

const CONTENT_EXTENSIONS = ['.md', '.mdx', '.yaml', '.yml'];
/** An absolute http(s) URL up to whitespace, a quote, a bracket or an angle bracket. */
const URL_PATTERN = /https?:\/\/[^\s"'<>()[\]{}`]+/g;

/** External links in one file's text, in order, with 1-based line numbers. */
export function extractExternalLinks(text: string, file: string): LinkOccurrence[] {
  const found: LinkOccurrence[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const match of lineText.matchAll(URL_PATTERN)) {
      // Sentence punctuation after a bare URL is not part of it.
      const url = match[0].replace(/[.,;:!?*_]+$/, '');
      if (isCheckable(url)) found.push({ url, file, line: index + 1 });
    }
  });
  return found;
}

/** Example domains (RFC 2606) in fictional example editions are never checked. */
function isCheckable(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return !/(^|\.)(example|test|invalid|localhost)$/.test(host) && !/(^|\.)example\.(com|net|org)$/.test(host);
  } catch {
    return false;
  }
}

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && CONTENT_EXTENSIONS.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Every external link in the given folders (default content/ and regions/), with repository-relative paths. */
export function collectExternalLinks(root: string, folders: readonly string[] = ['content', 'regions']): LinkOccurrence[] {
  return folders.flatMap((folder) =>
    filesUnder(join(root, folder)).flatMap((path) => extractExternalLinks(readFileSync(path, 'utf8'), relative(root, path).split('\\').join('/'))),
  );
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One HTML page that links to every URL once: linkinator checks the links of a page. */
export function linkListHtml(urls: Iterable<string>): string {
  const items = [...new Set(urls)].map((url) => `<li><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></li>`);
  return `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Externe links</title></head><body><ul>\n${items.join('\n')}\n</ul></body></html>\n`;
}

/**
 * A page that is gone (404, 410) or a host that does not exist is broken.
 * Refusals (401, 403, 429), server errors and timeouts say nothing certain
 * about the link: those are listed apart, to check by hand.
 */
export function verdictOf(status: number, state: string, reason?: string): LinkVerdict {
  if (state === 'OK') return 'ok';
  if (status === 404 || status === 410) return 'broken';
  if (status === 0 && reason && /ENOTFOUND|EAI_AGAIN|ERR_INVALID_URL|certificate|CERT_/i.test(reason)) return 'broken';
  return 'unchecked';
}

/** GitHub refuses issue bodies over 65,536 characters. */
export const MAX_BODY_LENGTH = 60_000;

function limitLength(body: string): string {
  if (body.length <= MAX_BODY_LENGTH) return body;
  const cut = body.lastIndexOf('\n', MAX_BODY_LENGTH);
  return `${body.slice(0, cut)}\n\n… ingekort: run \`npm run links:external\` voor de hele lijst.`;
}

function describe(result: CheckedUrl): string {
  return result.status ? `HTTP ${result.status}` : (result.reason ?? 'geen antwoord');
}

/**
 * The issue body: broken links grouped by file, each with its line and what
 * the server answered; then the links that could not be checked.
 */
export function formatReport(occurrences: readonly LinkOccurrence[], results: readonly CheckedUrl[], checkedAt: Date): { body: string; broken: number; unchecked: number } {
  const byUrl = new Map(results.map((result) => [result.url, result]));
  const section = (verdict: LinkVerdict) => {
    const byFile = new Map<string, string[]>();
    for (const occurrence of occurrences) {
      const result = byUrl.get(occurrence.url);
      if (result?.verdict !== verdict) continue;
      if (!byFile.has(occurrence.file)) byFile.set(occurrence.file, []);
      byFile.get(occurrence.file)!.push(`- [ ] regel ${occurrence.line}: ${occurrence.url} — ${describe(result)}`);
    }
    return [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([file, lines]) => `### \`${file}\`\n\n${lines.join('\n')}`);
  };
  const broken = section('broken');
  const unchecked = section('unchecked');
  const count = (verdict: LinkVerdict) => results.filter((result) => result.verdict === verdict).length;
  const day = checkedAt.toISOString().slice(0, 10);
  const body = [
    `Wekelijkse controle van alle externe links in \`content/\` en \`regions/\` (${day}): ${results.length} adressen, ${count('broken')} kapot, ${count('unchecked')} niet te controleren.`,
    'Zoek per link het nieuwe adres op bij de bron, pas het aan in het bestand en vink de regel af. Dit issue wordt elke week bijgewerkt.',
    ...(broken.length ? ['## Kapot (pagina weg of domein bestaat niet)', ...broken] : ['## Kapot', 'Geen kapotte links gevonden.']),
    ...(unchecked.length ? ['## Niet te controleren (geweigerd, serverfout of geen antwoord): controleer met de hand', ...unchecked] : []),
  ].join('\n\n');
  return { body: `${limitLength(body)}\n`, broken: count('broken'), unchecked: count('unchecked') };
}
