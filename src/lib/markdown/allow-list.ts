/**
 * Content is data, not code: a Markdown-tree (mdast) step that runs right after parsing, before
 * MDX compiles anything, and refuses every construct that could run code at
 * build time or in a visitor's browser:
 * - `import` / `export` (mdxjsEsm) and `{…}` expressions;
 * - JSX elements that are not in the registry (registry.ts), attributes that are
 *   not allowed for them, event handlers, `{…}` attribute values and spreads;
 * - raw HTML (in plain Markdown) with script, style, iframe, object, embed, form
 *   or event-handler attributes;
 * - `javascript:`, `vbscript:` and `data:` URLs in links, images and definitions.
 * All problems of a file are reported together as one ContentError.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdxJsxAttributeUnion, MdastVisitorContext } from 'satteri';
import { ContentError, type ContentProblem } from '../messages/index.ts';
import { CONTENT_ELEMENTS, type ContentElement, isUnsafeUrl } from './registry.ts';

const ALLOWED = 'Markdown-tekst, of een onderdeel uit de lijst "Toegestane onderdelen" in docs/front-matter.md';
const ELEMENTS: Readonly<Record<string, ContentElement>> = CONTENT_ELEMENTS;
const allowedNames = () => Object.keys(ELEMENTS).map((name) => `<${name}>`).join(', ');

/** Raw HTML that can run code or load other documents (only reachable in plain Markdown files). */
const DANGEROUS_HTML = /<\s*\/?\s*(script|style|iframe|frame|object|embed|form|link|meta|base|svg|math)\b|\son[a-z]+\s*=|(?:javascript|vbscript|data)\s*:/i;

/** The file name as the build and the check print it: relative to the project. */
export function displayPath(path: string | undefined): string {
  if (!path) return '(onbekend bestand)';
  const relativePath = relative(process.cwd(), path);
  return (relativePath.startsWith('..') ? path : relativePath).split('\\').join('/');
}

function short(text: string, length = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > length ? `${oneLine.slice(0, length - 1)}…` : oneLine;
}

function checkAttributes(name: string, attributes: readonly MdxJsxAttributeUnion[], rule: ContentElement): { found: string; expected: string }[] {
  const problems: { found: string; expected: string }[] = [];
  const allowed = Object.keys(rule.attributes);
  const expectedAttributes = allowed.length ? `alleen de attributen ${allowed.join(', ')}, met een waarde tussen aanhalingstekens` : `<${name}> zonder attributen`;
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ found: `code in de tag <${name} ${short(`{${attribute.value}}`, 30)}>`, expected: expectedAttributes });
      continue;
    }
    const attributeName = attribute.name;
    if (/^on/i.test(attributeName)) {
      problems.push({ found: `een event-handler ${attributeName}="…" op <${name}> (code die in de browser draait)`, expected: expectedAttributes });
      continue;
    }
    const kind = rule.attributes[attributeName];
    if (!kind) {
      problems.push({ found: `het attribuut ${attributeName} op <${name}>`, expected: expectedAttributes });
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({ found: `code als waarde: ${attributeName}={${short(attribute.value.value, 30)}} op <${name}>`, expected: `${attributeName}="…" met gewone tekst` });
      continue;
    }
    if (kind === 'url' && typeof attribute.value === 'string' && isUnsafeUrl(attribute.value)) {
      problems.push({ found: `het adres "${short(attribute.value, 40)}" in ${attributeName} op <${name}>`, expected: 'een https://-adres of een pad op deze site (/…)' });
    }
  }
  return problems;
}

type Positioned = { position?: { start: { line: number } } | undefined };

/**
 * The allow-list step, for Sätteri's `mdastPlugins` (pipeline.ts puts it
 * first). A factory: each compile gets its own list of problems. Throws one
 * ContentError with all problems of the file once the tree has been visited.
 */
export function contentAllowList(): MdastPluginDefinition {
  const problems: ContentProblem[] = [];
  let file = '(onbekend bestand)';
  const add = (node: Positioned, found: string, expected: string) =>
    problems.push({ file, field: 'inhoud', line: node.position?.start.line, found, expected });
  const checkUrl = (node: Positioned & { url: string }) => {
    if (isUnsafeUrl(node.url)) add(node, `het adres "${short(node.url, 40)}"`, 'een https://-adres, mailto:, tel: of een pad op deze site (/…)');
  };
  const checkElement = (node: Positioned & { name: string | null; attributes: readonly MdxJsxAttributeUnion[] }) => {
    const name = node.name;
    const rule = name ? ELEMENTS[name] : undefined;
    if (!name || !rule) {
      add(node, `de tag <${name ?? ''}>`, `${ALLOWED}: ${allowedNames()}; voor een link: [tekst](https://…); bedoelt u het teken <, schrijf dan \\<`);
      return;
    }
    for (const problem of checkAttributes(name, node.attributes, rule)) add(node, problem.found, problem.expected);
  };
  return {
    name: 'kvo-content-allow-list',
    options: { position: true },
    before(_root, ctx: MdastVisitorContext) {
      file = displayPath(ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);
    },
    mdxjsEsm: (node) => void add(node, `code: ${short(node.value)}`, `${ALLOWED} (import en export zijn niet toegestaan)`),
    mdxFlowExpression: (node) => void add(node, `code tussen accolades: {${short(node.value, 40)}}`, `${ALLOWED}; bedoelt u een accolade als teken, schrijf dan \\{`),
    mdxTextExpression: (node) => void add(node, `code tussen accolades: {${short(node.value, 40)}}`, `${ALLOWED}; bedoelt u een accolade als teken, schrijf dan \\{`),
    mdxJsxFlowElement: (node) => void checkElement(node),
    mdxJsxTextElement: (node) => void checkElement(node),
    html(node) {
      if (DANGEROUS_HTML.test(node.value)) add(node, `HTML die code kan uitvoeren: ${short(node.value)}`, `${ALLOWED} (geen script, style, iframe, object, form of event-handlers)`);
    },
    link: (node) => void checkUrl(node),
    image: (node) => void checkUrl(node),
    definition: (node) => void checkUrl(node),
    after() {
      if (problems.length) throw new ContentError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    },
  };
}
