/** The edition of this build, resolved once from the environment (see edition.ts). */
import { nationalEdition } from './edition.ts';

export const edition = nationalEdition(process.env);
