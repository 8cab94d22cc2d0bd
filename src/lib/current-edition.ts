/** The edition of this build, resolved once from the environment (see edition.ts). */
import { resolveEdition } from './edition.ts';

export const edition = resolveEdition(process.env, process.cwd());
