/**
 * Every Dutch phone number in content text becomes a `tel:` link at build
 * time (see phone-numbers.ts for what counts as one). "Bel 112" and the like
 * get the class `tel-call`, which a stappenplan step shows as a call button.
 */
import { iconHast } from '../model/index.ts';
import { findPhoneNumbers, isCallToAction } from '../contact/index.ts';
import { ancestorTags, element, textOf, type Ctx, type HNode } from './hast.ts';

/** Inside these, text stays as it is. */
const SKIP = new Set(['a', 'code', 'pre', 'script', 'style', 'svg']);
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section']);

/** The text that comes before `node` within its paragraph, list item or cell. */
function textBefore(node: HNode, ctx: Ctx): string {
  let before = '';
  let current = node;
  for (;;) {
    const parent = ctx.parent(current as never) as HNode | undefined;
    const index = ctx.indexOf(current as never);
    if (!parent || index === undefined) return before;
    before = (parent.children ?? []).slice(0, index).map(textOf).join('') + before;
    if (parent.type === 'root' || BLOCKS.has(parent.tagName ?? '')) return before;
    current = parent;
  }
}

export const telLinksPlugin = {
  name: 'kvo-tel-links',
  text(node: HNode, ctx: Ctx) {
    const value = node.value ?? '';
    const numbers = findPhoneNumbers(value);
    if (!numbers.length || ancestorTags(node, ctx).some((tag) => SKIP.has(tag))) return;
    const preceding = textBefore(node, ctx);
    const parts: HNode[] = [];
    let offset = 0;
    for (const number of numbers) {
      if (number.start > offset) parts.push({ type: 'text', value: value.slice(offset, number.start) });
      const call = isCallToAction(preceding + value.slice(0, number.start));
      parts.push(element('a', { href: number.href, ...(call ? { className: ['tel-call'] } : {}) }, [...(call ? [iconHast('phone') as HNode] : []), { type: 'text', value: number.text }]));
      offset = number.end;
    }
    if (offset < value.length) parts.push({ type: 'text', value: value.slice(offset) });
    ctx.replaceNode(node as never, parts as never);
  },
};
