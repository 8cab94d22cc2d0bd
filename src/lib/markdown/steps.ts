/**
 * Stappenplannen open with the steps. In a toolkit of kind `stappenplan`:
 * - every top-level ordered list becomes a list of numbered steps
 *   (`ol.steps > li.step[data-step]`);
 * - sections (h2 and what follows) before the first section with steps move
 *   to after the last one, so "Zo gebruikt u …" and "Belangrijke nummers"
 *   follow the steps instead of pushing step 1 off the first screen.
 * Done at build time, on the rendered tree: the Markdown stays as written.
 */
import { frontmatterOf, type Ctx, type HNode } from './hast.ts';

export function isStappenplan(frontmatter: Record<string, unknown>): boolean {
  return frontmatter.kind === 'stappenplan';
}

/** Splits top-level nodes into sections, each starting at an h2 (the first may have none). */
export function sectionsOf(children: HNode[]): HNode[][] {
  const sections: HNode[][] = [[]];
  for (const child of children) {
    if (child.tagName === 'h2') sections.push([]);
    sections[sections.length - 1]!.push(child);
  }
  return sections.filter((section) => section.length > 0);
}

const hasSteps = (section: HNode[]) => section.some((node) => node.tagName === 'ol');

/** Where the sections with steps start and end; undefined when the text already opens with them (or has none). */
export function leadingSections(sections: HNode[][]): { moved: HNode[][]; after: HNode[] } | undefined {
  const first = sections.findIndex(hasSteps);
  if (first <= 0) return undefined;
  return { moved: sections.slice(0, first), after: sections[sections.findLastIndex(hasSteps)]! };
}

export const stepsPlugin = {
  name: 'kvo-steps',
  element: {
    filter: ['ol'],
    visit(node: HNode, ctx: Ctx) {
      if (!isStappenplan(frontmatterOf(ctx)) || (ctx.parent(node as never) as HNode | undefined)?.type !== 'root') return;
      const start = Number(node.properties?.start ?? 1) || 1;
      let number = start - 1;
      ctx.setProperty(node as never, 'className', ['steps']);
      for (const item of node.children ?? []) {
        if (item.tagName !== 'li') continue;
        number += 1;
        ctx.setProperty(item as never, 'className', ['step']);
        ctx.setProperty(item as never, 'dataStep', String(number));
      }
    },
  },
  after(root: HNode, ctx: Ctx) {
    if (!isStappenplan(frontmatterOf(ctx))) return;
    const plan = leadingSections(sectionsOf(root.children ?? []));
    if (!plan) return;
    const moved = plan.moved.flat();
    for (const node of moved) ctx.removeNode(node as never);
    ctx.insertAfter(plan.after[plan.after.length - 1]! as never, moved as never);
  },
};
