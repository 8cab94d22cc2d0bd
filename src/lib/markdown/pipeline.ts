/**
 * The one Markdown/MDX pipeline of the project. `readBody()` reads a body for
 * `npm run check` and, in the same parse, renders it to HTML for the build
 * (content-check.ts, called by the edition loader): each body is parsed once
 * per build and never compiled to code. It uses Sätteri (@astrojs/mdx's own
 * processor, Rust-fast) with Astro's own heading-id step, so ids, links,
 * anchors and invalid MDX are what Astro's MDX would give.
 * tests/unit/markdown/markdown-pipeline.test.ts compares the two on the tricky cases.
 *
 * To add a step for every body (build and check alike): append a Sätteri
 * plugin (`defineMdastPlugin` / `defineHastPlugin` from `satteri`, the
 * counterpart of a remark / rehype plugin, same tree shapes) to MDAST_STEPS or
 * CHECK_HAST_STEPS below. The allow-list step stays first. A hast step that only
 * changes how rendered content looks goes in `contentHastPlugins` (index.ts):
 * the build runs it, the check does not need to.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri, satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import { defineHastPlugin, defineMdastPlugin, type HastPluginEntry, type MdastPluginEntry } from 'satteri';
import { ContentError, type ContentProblem } from '../messages/index.ts';
import { contentAllowList, displayPath } from './allow-list.ts';
import { htmlSteps, type BodyRender } from './html-steps.ts';
import { contentHastPlugins } from './content-steps.ts';
import { compileMdx } from './mdx-to-html.ts';

/** Markdown-tree steps (like remark plugins), in order. The allow-list runs first, on the tree as parsed. */
export const MDAST_STEPS: MdastPluginEntry[] = [contentAllowList];

/**
 * HTML-tree steps (like rehype plugins) that change what the check reads (headings and their ids, links,
 * images) or can refuse a body: the build and the check both run them. None so far.
 */
export const CHECK_HAST_STEPS: HastPluginEntry[] = [];

/**
 * Every HTML-tree step of the build before the heading ids, in order; html-steps.ts runs after them.
 * Ours only dress up rendered content (tel: links, step blocks, table wrappers, checkboxes), so the check
 * skips them: at 1,000 pages they were a third of its time. tests/unit/markdown/markdown-pipeline.test.ts keeps
 * the check's ids equal to the build's.
 */
export const HAST_STEPS: HastPluginEntry[] = [...CHECK_HAST_STEPS, ...contentHastPlugins];

/** Markdown features, the same for build and check (GFM tables, task lists; curly quotes). */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** The processor for astro.config.mjs, for any `.md` or `.mdx` file Astro itself compiles (content bodies are not). */
export function markdownProcessor(): ReturnType<typeof satteri> {
  return satteri({ mdastPlugins: MDAST_STEPS, hastPlugins: HAST_STEPS, features: FEATURES });
}

export interface Heading {
  level: number;
  text: string;
  id: string;
  line: number;
}
export interface Link {
  url: string;
  line: number;
}
export interface Image {
  alt: string;
  src: string;
  line: number;
}
/** What the content checks need from a body, each with its line in the file. */
export interface BodyScan {
  headings: Heading[];
  links: Link[];
  images: Image[];
}

export interface ReadBody {
  scan: BodyScan;
  /** Invalid MDX or refused constructs (the build fails on the same). */
  problems: ContentProblem[];
  /** The page's HTML, when the body was read to be rendered (the build); '' when it has problems. */
  html?: string;
}

type Positioned = { position?: { start: { line: number } } | undefined };
const lineOf = (node: Positioned) => node.position?.start.line ?? 1;

/** Links and images as the reader gets them, reference-style ones resolved. */
function collectLinks(scan: BodyScan) {
  return () => {
    const definitions = new Map<string, string>();
    const references: { kind: 'link' | 'image'; identifier: string; alt: string; line: number }[] = [];
    return defineMdastPlugin({
      name: 'kvo-collect-links',
      options: { position: true },
      definition: (node) => void definitions.set(node.identifier, node.url),
      link: (node) => void scan.links.push({ url: node.url, line: lineOf(node) }),
      image: (node) => void scan.images.push({ alt: node.alt ?? '', src: node.url, line: lineOf(node) }),
      linkReference: (node) => void references.push({ kind: 'link', identifier: node.identifier, alt: '', line: lineOf(node) }),
      imageReference: (node) => void references.push({ kind: 'image', identifier: node.identifier, alt: node.alt ?? '', line: lineOf(node) }),
      after() {
        for (const reference of references) {
          const url = definitions.get(reference.identifier);
          if (url === undefined) continue;
          if (reference.kind === 'link') scan.links.push({ url, line: reference.line });
          else scan.images.push({ alt: reference.alt, src: url, line: reference.line });
        }
        const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
        scan.links.sort(byLine);
        scan.images.sort(byLine);
      },
    });
  };
}

/** Headings with the ids Astro's heading step gave them (runs after it). */
function collectHeadings(scan: BodyScan) {
  return defineHastPlugin({
    name: 'kvo-collect-headings',
    options: { position: true },
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        scan.headings.push({ level: Number(node.tagName[1]), text: ctx.textContent(node).trim(), id: String(node.properties?.id ?? ''), line: lineOf(node) });
      },
    },
  });
}

const cache = new Map<string, ReadBody>();

/**
 * Reads an MDX body the way the build does (front matter blanked out, so lines
 * are file lines) without running anything: parse, allow-list, the steps and
 * Astro's heading ids. `file` is the path shown in messages.
 *
 * With `render` (the build's content sync) the same parse also runs the
 * build's dressing-up steps and returns the page HTML: one read per body per
 * build. Without it (`npm run check`, overlay checks) the dressing-up is
 * skipped and the result is cached.
 */
export function readBody(fileText: string, file: string, render?: BodyRender): ReadBody {
  const key = `${file}\u0000${fileText}`;
  const cached = render ? undefined : cache.get(key);
  if (cached) return cached;
  const scan: BodyScan = { headings: [], links: [], images: [] };
  const astro: SatteriAstroData = { frontmatter: render?.frontmatter ?? {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
  const scanSteps = [satteriHeadingIdsPlugin(), collectHeadings(scan)];
  let result: ReadBody;
  try {
    const html = compileMdx(blankFrontMatter(fileText), {
      mdastPlugins: [...MDAST_STEPS, collectLinks(scan)],
      hastPlugins: render ? [...HAST_STEPS, ...scanSteps, ...htmlSteps(render)] : [...CHECK_HAST_STEPS, ...scanSteps],
      features: FEATURES,
      fileURL: pathToFileURL(resolve(file)),
      data: { astro },
      html: Boolean(render),
    });
    scan.links.sort((a, b) => a.line - b.line);
    result = { scan, problems: [], ...(render ? { html } : {}) };
  } catch (error) {
    const empty: BodyScan = { headings: [], links: [], images: [] };
    if (error instanceof ContentError) result = { scan: empty, problems: error.problems.map((problem) => ({ ...problem, file: displayPath(file) })) };
    else result = { scan: empty, problems: [invalidMdx(error, file)] };
  }
  if (!render) cache.set(key, result);
  return result;
}

/** The front matter replaced by spaces, as @astrojs/mdx hands a file to MDX (so positions stay file positions). */
export function blankFrontMatter(fileText: string): string {
  return fileText.replace(/^---\r?\n(?:[\s\S]*?\r?\n)?---(?=\r?\n|$)/, (frontMatter) => frontMatter.replace(/[^\r\n]/g, ' '));
}

/** A parse or compile error of MDX, in the project's message format. */
function invalidMdx(error: unknown, file: string): ContentProblem {
  // Sätteri reports "line:column: reason (rule)", which @astrojs/mdx turns into the build error's location.
  const text = String((error as Error).message ?? error).split('\n')[0]!;
  const place = /^(\d+):(\d+):\s*/.exec(text);
  return {
    file: displayPath(file),
    field: 'inhoud',
    line: place ? Number(place[1]) : undefined,
    ...mdxSlip(place ? text.slice(place[0].length) : text),
  };
}

/**
 * The MDX parser's English reason ("Unexpected character `5` (U+0035) after `<`, expected a valid JSX
 * tag … (mdx-jsx:unexpected-character)") as one Dutch finding with the fix; the parser's text never
 * reaches an editor.
 */
export function mdxSlip(reason: string): Pick<ContentProblem, 'found' | 'expected' | 'fix'> {
  const expected = 'geldige Markdown (MDX leest < als het begin van een tag en { als het begin van code)';
  if (/after `<`|mdx-jsx|JSX|closing tag|opening tag/i.test(reason)) {
    return { found: 'een < die MDX leest als het begin van een tag', expected, fix: 'schrijf \\< in plaats van < (bijvoorbeeld "\\< 5 minuten"), of schrijf "minder dan"' };
  }
  if (/`\{`|`\}`|expression|acorn|mdx-expression/i.test(reason)) {
    return { found: 'een accolade { of } die MDX leest als het begin van code', expected, fix: 'schrijf \\{ en \\} in plaats van { en }' };
  }
  if (/import|export|esm/i.test(reason)) {
    return { found: 'een regel die begint met import of export, wat MDX als code leest', expected, fix: 'herschrijf de zin zodat hij niet met import of export begint' };
  }
  return { found: 'tekst die MDX niet kan lezen', expected, fix: 'kijk op deze regel naar de tekens < > { }: schrijf ze als \\< \\> \\{ \\}' };
}
