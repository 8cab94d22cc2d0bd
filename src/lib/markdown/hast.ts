/** Small helpers for our Sätteri hast plugins (the build's Markdown/MDX processor). */
import type { HastVisitorContext } from 'satteri';

/** A hast node as the plugins see it (a plain object from Sätteri). */
export interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}
export type Ctx = HastVisitorContext;

/** Headings of a regional section get this id prefix, so they never clash with the national text's ids (the link check knows them by it). */
export const REGIONAL_ID_PREFIX = 'regio-';

export function element(tagName: string, properties: Record<string, unknown>, children: HNode[] = []): HNode {
  return { type: 'element', tagName, properties, children };
}

export function textOf(node: HNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

export function hasClass(node: HNode, name: string): boolean {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.includes(name) : typeof value === 'string' && value.split(/\s+/).includes(name);
}

/** The tag names of a node's ancestors, nearest first (the root is left out). */
export function ancestorTags(node: HNode, ctx: Ctx): string[] {
  const tags: string[] = [];
  let parent = ctx.parent(node as never) as HNode | undefined;
  while (parent && parent.type !== 'root') {
    tags.push(parent.tagName ?? parent.type);
    parent = ctx.parent(parent as never) as HNode | undefined;
  }
  return tags;
}

/** Front matter of the file being compiled, as Astro hands it to the processor. */
export function frontmatterOf(ctx: Ctx): Record<string, unknown> {
  const astro = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
  return astro?.frontmatter ?? {};
}

/** Whether the file is part of a regional overlay (its ids get a prefix, so they never collide with the national text's). */
export function isRegionalFile(ctx: Ctx): boolean {
  return Boolean(ctx.fileURL && /\/regions\/[^/]+\/content\//.test(ctx.fileURL.pathname));
}

/** A per-document counter (plugins are shared between documents; ctx.data is not). */
export function nextCount(ctx: Ctx, key: string): number {
  const data = ctx.data as Record<string, unknown>;
  const next = (typeof data[key] === 'number' ? (data[key] as number) : 0) + 1;
  data[key] = next;
  return next;
}
