/**
 * How the CMS tells a new regional entry from an extension or a replacement of a national one. A regional
 * file is one of three kinds with different needs: a new entry (no `overlay`) needs every required field
 * of the schema; an extension (`overlay: extend`) needs nothing else; a replacement (`overlay: replace`)
 * needs a full entry and `basedOn`. Decap cannot make a field required depending on another field, so the
 * CMS shows one collection per kind, each with the right required fields, selected with Decap's
 * `filter: { field: overlay, value }`. That filter matches a value only, never an absent field, so our
 * MDX format (src/scripts/cms-admin.ts) reads a file without `overlay` as `overlay: nieuw` and never
 * writes that value: the files stay as the check and the docs describe them.
 *
 * Runs in the browser too (cms-admin.ts): no imports.
 */
export const NEW_ENTRY_OVERLAY = 'nieuw';

/** Entry data as the CMS sees it: a file without `overlay` is a new entry. */
export function markNewEntry(data: Record<string, unknown>): Record<string, unknown> {
  return data.overlay === undefined ? { ...data, overlay: NEW_ENTRY_OVERLAY } : data;
}

/** Entry data as the file has it: the CMS's mark of a new entry is not written. */
export function unmarkNewEntry(data: Record<string, unknown>): Record<string, unknown> {
  if (data.overlay !== NEW_ENTRY_OVERLAY) return data;
  const { overlay: _mark, ...rest } = data;
  return rest;
}
