/**
 * Markdown: the one pipeline that reads an MDX body. The same parse checks a body against the
 * allow-list (content is data: no code, no raw HTML) and, for the build, renders it to HTML with our steps
 * (tel links, step blocks, tables, task lists, the registry's elements, base paths, regional ids). May
 * import model and messages.
 *
 * This index names what the concern offers the rest of src/; inside the folder modules import each
 * other directly. Command-line scripts and unit tests may import a single module.
 */
export { bodyRenderer, hoursLabels } from './body-render.ts';
export type { PhoneLine, PhoneLines } from './body-render.ts';
export { REGIONAL_ID_PREFIX } from './hast.ts';
export { regionalMarker } from './html-steps.ts';
export type { BodyRender } from './html-steps.ts';
export { readBody } from './pipeline.ts';
export type { BodyScan } from './pipeline.ts';
export { CONTENT_ELEMENTS, ELEMENT_OVERRIDES } from './registry.ts';
export type { ContentElement } from './registry.ts';
