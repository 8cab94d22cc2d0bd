/**
 * Messages: how every content or configuration problem reaches an editor. Owns the one error type
 * (file, field, line, found, expected), Dutch wording (plurals, ordinals, field paths), "bedoelt u …?"
 * suggestions, YAML parser errors turned into plain Dutch, and running a schema on one entry. Imports
 * nothing else from src/lib: every other concern may use it.
 *
 * This index names what the concern offers the rest of src/; inside the folder modules import each
 * other directly. Command-line scripts and unit tests may import a single module.
 */
export { closest, searchMaxDistance } from './closest.ts';
export { ContentError, formatProblem, lineOfKey, lineOfPath } from './errors.ts';
export type { ContentProblem } from './errors.ts';
export { parseEntry, validateEntry } from './validate.ts';
export { count, expectedOneOf, fieldLabel } from './wording.ts';
export { explainUnreadable, explainYamlError } from './yaml-errors.ts';
