/**
 * GFM task lists (`- [ ] …`) become real checkboxes with a label: they can
 * be ticked on a phone (and, with the checklist script, are remembered) and
 * still print as boxes. Ids are numbered per document, with a `regio-`
 * prefix in a regional section so they never clash with the national text.
 */
import { REGIONAL_ID_PREFIX, element, hasClass, isRegionalFile, nextCount, type Ctx, type HNode } from './hast.ts';

/** Block content cannot go in a <label>: it stays after it. */
const BLOCK = new Set(['p', 'ul', 'ol', 'div', 'blockquote', 'table', 'pre']);

export const taskListsPlugin = {
  name: 'kvo-task-lists',
  element: {
    filter: ['li'],
    visit(node: HNode, ctx: Ctx) {
      if (!hasClass(node, 'task-list-item')) return;
      const children = node.children ?? [];
      const box = children.find((child) => child.tagName === 'input');
      // A loose list wraps the item in <p>: the label goes inside it.
      const paragraph = !box ? children.find((child) => child.tagName === 'p' && child.children?.some((inner) => inner.tagName === 'input')) : undefined;
      const holder = paragraph ?? node;
      const content = holder.children ?? [];
      const input = content.find((child) => child.tagName === 'input');
      if (!input) return;
      const id = `${isRegionalFile(ctx) ? REGIONAL_ID_PREFIX : ''}taak-${nextCount(ctx, 'kvoTaskCount')}`;
      const rest = content.filter((child) => child !== input);
      const firstBlock = rest.findIndex((child) => BLOCK.has(child.tagName ?? ''));
      const inline = firstBlock === -1 ? rest : rest.slice(0, firstBlock);
      const after = firstBlock === -1 ? [] : rest.slice(firstBlock);
      // The space between the box and the text is layout's job.
      if (inline[0]?.type === 'text') inline[0] = { ...inline[0], value: (inline[0].value ?? '').replace(/^\s+/, '') };
      const checkbox = element('input', { type: 'checkbox', id, className: ['task-check'], ...(input.properties?.checked ? { checked: true } : {}) });
      const label = element('label', { htmlFor: id, className: ['task-label'] }, inline);
      const newContent = [checkbox, label, ...after];
      if (paragraph) {
        ctx.replaceNode(paragraph as never, { ...paragraph, children: newContent } as never);
      } else {
        ctx.replaceNode(node as never, { ...node, children: newContent } as never);
      }
    },
  },
};
