/**
 * Authoring: what editors work with. Owns the Decap CMS configuration and the templates generated
 * from the schemas, the generated front matter reference, the canonical front matter form (shared by the
 * CMS, `npm run format:content` and the check), the pull-request preview comment and the set-up of a new
 * regional edition. May import editions, markdown, model and messages.
 *
 * This index names what the concern offers the rest of src/; inside the folder modules import each
 * other directly. Command-line scripts and unit tests may import a single module.
 */
export { buildCmsConfig } from './cms-config.ts';
