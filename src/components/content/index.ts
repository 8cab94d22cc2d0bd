/**
 * The Astro side of the content registry (src/lib/markdown/registry.ts): every
 * capitalised element an editor may write needs its component here, and every
 * plain HTML element our components draw is listed there. The type check
 * (`npm run check:types`) fails when the two disagree.
 */
import type { ContentComponentName, ElementOverrideName } from '../../lib/markdown/registry.ts';
import ContentLink from './ContentLink.astro';
import PvoLink from './PvoLink.astro';
import RegionalH3 from './RegionalH3.astro';
import RegionalH4 from './RegionalH4.astro';
import RegionalH5 from './RegionalH5.astro';
import RegionalH6 from './RegionalH6.astro';

/**
 * For every content body: links get the deploy base, and `<PvoLink />` is the
 * one link to "het PVO in uw regio". (Task-list checkboxes are real inputs
 * with labels, made by the build step src/lib/markdown/task-lists.ts.)
 */
export const contentComponents = { a: ContentLink, PvoLink } satisfies Record<ContentComponentName | ElementOverrideName, unknown>;

/** For a regional section under a national text: headings get a `regio-` id prefix as well. */
export const regionalComponents = { ...contentComponents, h3: RegionalH3, h4: RegionalH4, h5: RegionalH5, h6: RegionalH6 };
