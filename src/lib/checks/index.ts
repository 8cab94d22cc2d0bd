/**
 * Checks: everything `npm run check` and the build verify across entries before anything is
 * published: references and fixed slugs, links and anchors against the site map, images, heading order,
 * duplicate titles, phone numbers, review dates. Reports problems, never fixes them. May import editions,
 * search, markdown, model and messages.
 *
 * This index names what the concern offers the rest of src/; inside the folder modules import each
 * other directly. Command-line scripts and unit tests may import a single module.
 */
export { checkEdition } from './content-check.ts';
export type { EditionCheck, RenderedBody } from './content-check.ts';
