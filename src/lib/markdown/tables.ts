/**
 * A table in content scrolls inside its own box on a narrow screen, so the
 * page never does. The box is a labelled region (numbered, so names stay
 * unique) that takes keyboard focus (axe: scrollable-region-focusable).
 */
import { useTranslations } from '../../i18n/index.ts';
import { element, frontmatterOf, nextCount, type Ctx, type HNode } from './hast.ts';

export const tablesPlugin = {
  name: 'kvo-tables',
  element: {
    filter: ['table'],
    visit(node: HNode, ctx: Ctx) {
      const lang = String(frontmatterOf(ctx).lang ?? 'nl');
      const label = useTranslations(lang)('table.label', { n: nextCount(ctx, 'kvoTableCount') });
      ctx.wrapNode(node as never, element('section', { className: ['table-scroll'], tabIndex: 0, ariaLabel: label }) as never);
    },
  },
};
