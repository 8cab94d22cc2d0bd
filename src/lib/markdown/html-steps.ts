/**
 * The last hast steps of a body the build renders to HTML (mdx-to-html.ts),
 * after headings have their ids. They do what page components did when
 * bodies were compiled to code:
 * - the elements of registry.ts become plain HTML (`<PvoLink>` the link to
 *   "het PVO in uw regio" in the body's language);
 * - root-relative links get the deploy base (a sub-path on GitHub Pages);
 * - in a regional section (`overlay: extend`) heading ids get the `regio-`
 *   prefix, so they never collide with the national text above;
 * - a phone number with known opening hours gets them as text right after it
 *   (with `data-hours` for the "nu bereikbaar" hint of src/scripts/page.ts);
 * - a national text with a regional section placed `after:` a heading gets an
 *   empty marker where that section ends (ContentBody.astro puts the section there).
 */
import type { ContentComponentName, ContentElementName } from './registry.ts';
import { CONTENT_ELEMENTS } from './registry.ts';
import { withBase } from '../model/index.ts';
import { type HoursMark } from '../contact/index.ts';
import { REGIONAL_ID_PREFIX, element, type Ctx, type HNode } from './hast.ts';

export interface BodyRender {
  /** The deploy base path ('/' or '/<repository>/'). */
  base: string;
  /** What `<PvoLink>` becomes in this body: the PVO list in the body's language, or the Dutch one. */
  pvoLink: { href: string; hreflang?: string | undefined; text: string };
  /** The body is a regional section under a national text. */
  regionalSection: boolean;
  /** The file's front matter, as Astro hands it to Markdown steps (a stappenplan's steps read `kind`). */
  frontmatter: Record<string, unknown>;
  /** Numbers with known opening hours (`tel:` href → what follows the link), in the body's language. */
  phoneHours?: ReadonlyMap<string, HoursMark> | undefined;
  /** The regional section that goes right after the section of heading `after` (its id). */
  placement?: { after: string; extension: string } | undefined;
}

/** The element after a phone number with known hours; HoursText.astro writes the same. */
export function hoursElement(mark: HoursMark): HNode {
  const data = mark.hint ? { dataHours: mark.hint.data, dataOpen: mark.hint.open, dataClosed: mark.hint.closed } : {};
  return element('span', { className: ['hours'], ...data }, [{ type: 'text', value: `(${mark.text})` }]);
}

function phoneHoursStep(phoneHours: ReadonlyMap<string, HoursMark>) {
  return {
    name: 'kvo-phone-hours',
    element: {
      filter: ['a'],
      visit(node: HNode, ctx: Ctx) {
        const href = node.properties?.href;
        const mark = typeof href === 'string' ? phoneHours.get(href) : undefined;
        if (mark) ctx.insertAfter(node as never, [{ type: 'text', value: ' ' }, hoursElement(mark)] as never);
      },
    },
  };
}

/** The marker a placed regional section replaces (ContentBody.astro splits the HTML there). */
export function regionalMarker(extensionId: string): string {
  return `<aside data-regional-extension="${extensionId.replace(/[&"<>]/g, (character) => `&#${character.charCodeAt(0)};`)}"></aside>`;
}

interface JsxNode extends HNode {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

/** How each capitalised registry element is drawn; the type check fails when one is missing. */
const COMPONENTS: Record<ContentComponentName, (node: JsxNode, render: BodyRender) => HNode> = {
  PvoLink: (node, render) =>
    element('a', { href: withBase(render.pvoLink.href, render.base), ...(render.pvoLink.hreflang ? { hrefLang: render.pvoLink.hreflang } : {}) }, node.children?.length ? node.children : [{ type: 'text', value: render.pvoLink.text }]),
};

function plainElement(node: JsxNode): HNode {
  // The allow-list admits only plain-text attribute values; an attribute without a value is `true`.
  const properties = Object.fromEntries(node.attributes.flatMap((attribute) => (attribute.name ? [[attribute.name, attribute.value ?? true]] : [])));
  return element(node.name!, properties, node.children ?? []);
}

function jsxToHtml(render: BodyRender) {
  const visit = (node: HNode, ctx: Ctx) => {
    const jsx = node as JsxNode;
    const name = jsx.name as ContentElementName | null;
    if (!name || !(name in CONTENT_ELEMENTS)) return; // the allow-list refused it already
    const draw = (COMPONENTS as Record<string, ((node: JsxNode, render: BodyRender) => HNode) | undefined>)[name];
    ctx.replaceNode(node as never, (draw ? draw(jsx, render) : plainElement(jsx)) as never);
  };
  // An empty filter: every element an editor wrote.
  return { name: 'kvo-jsx-to-html', mdxJsxFlowElement: { filter: [], visit }, mdxJsxTextElement: { filter: [], visit } };
}

function baseLinks(render: BodyRender) {
  return {
    name: 'kvo-base-links',
    element: {
      filter: ['a'],
      visit(node: HNode, ctx: Ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && withBase(href, render.base) !== href) ctx.setProperty(node as never, 'href', withBase(href, render.base));
      },
    },
  };
}

const regionalHeadingIds = {
  name: 'kvo-regional-heading-ids',
  element: {
    filter: ['h3', 'h4', 'h5', 'h6'],
    visit(node: HNode, ctx: Ctx) {
      const id = node.properties?.id;
      if (typeof id === 'string') ctx.setProperty(node as never, 'id', `${REGIONAL_ID_PREFIX}${id}`);
    },
  },
};

const level = (node: HNode) => (/^h[1-6]$/.test(node.tagName ?? '') ? Number(node.tagName![1]) : 0);

/** Index in `children` before which the section of the heading with this id ends (children.length: the end). */
export function endOfSection(children: readonly HNode[], headingId: string): number | undefined {
  let target: { index: number; level: number } | undefined;
  for (const [index, node] of children.entries()) {
    const depth = level(node);
    if (!depth) continue;
    if (target && depth <= target.level) return index;
    if (!target && node.properties?.id === headingId) target = { index, level: depth };
  }
  return target ? children.length : undefined;
}

function regionalPlacement(placement: { after: string; extension: string }) {
  return {
    name: 'kvo-regional-placement',
    after(root: HNode, ctx: Ctx) {
      const children = root.children ?? [];
      const end = endOfSection(children, placement.after);
      // The overlay plan already refused an unknown heading id (overlay.ts), with the same ids.
      if (end === undefined) throw new Error(`${placement.extension}: after "${placement.after}" is geen kop in de landelijke tekst`);
      const marker = element('aside', { dataRegionalExtension: placement.extension });
      if (end < children.length) ctx.insertBefore(children[end]! as never, marker as never);
      else ctx.appendChild(root as never, marker as never);
    },
  };
}

/** The steps above, in order, for one body. */
export function htmlSteps(render: BodyRender) {
  return [
    jsxToHtml(render),
    baseLinks(render),
    ...(render.phoneHours?.size ? [phoneHoursStep(render.phoneHours)] : []),
    ...(render.regionalSection ? [regionalHeadingIds] : []),
    ...(render.placement ? [regionalPlacement(render.placement)] : []),
  ];
}
