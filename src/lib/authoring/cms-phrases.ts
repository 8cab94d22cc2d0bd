/**
 * Decap's Dutch phrases, adjusted where they mislead our editors (registered by src/scripts/cms-admin.ts):
 * - Decap calls a draft "Concept" and its board column "Concepten", right beside our collection
 *   "Landelijke concepten" (the PVO schemes): drafts become "Werkversie" / "Werkversies";
 * - the workflow board writes dates with dayjs's English month names ("December 6", Decap's nl
 *   format is 'MMMM D' but its dayjs has no Dutch locale): a Dutch numeric date, day first, with the year.
 * Runs in the browser: no imports.
 */
export type Phrases = { [key: string]: string | Phrases };

/** Dutch day-first date for dayjs's format(), readable without month names (6-12-2026). */
export const DUTCH_DATE_FORMAT = 'D-M-YYYY';

const REPLACEMENTS: [path: string[], value: string][] = [
  [['editor', 'editorToolbar', 'draft'], 'Werkversie'],
  [['mediaLibrary', 'mediaLibraryCard', 'draft'], 'Werkversie'],
  [['workflow', 'workflowList', 'draftHeader'], 'Werkversies'],
  [['workflow', 'workflow', 'dateFormat'], DUTCH_DATE_FORMAT],
];

/** Sets each replacement where Decap's phrases have that key (a Decap upgrade that moves one is caught by the unit test). */
export function plainerDecapPhrases(phrases: Phrases): Phrases {
  for (const [path, value] of REPLACEMENTS) {
    let node: Phrases | undefined = phrases;
    for (const key of path.slice(0, -1)) node = node?.[key] as Phrases | undefined;
    if (node && typeof node[path.at(-1)!] === 'string') node[path.at(-1)!] = value;
  }
  return phrases;
}
