/**
 * Derived links between entries. Nobody keeps "related" lists by hand: a
 * theme page lists whatever concepts and toolkits reference that theme.
 */

interface Themed {
  id: string;
  data: { title: string; themes: readonly { id: string }[] };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function byTitle<T extends { data: { title: string } }>(a: T, b: T): number {
  return collator.compare(a.data.title, b.data.title);
}

export function byOrderThenTitle<T extends { data: { title: string; order: number } }>(a: T, b: T): number {
  return a.data.order - b.data.order || byTitle(a, b);
}

export function themeIds(entry: Themed): string[] {
  return entry.data.themes.map((theme) => theme.id);
}

/** Entries that reference the theme, alphabetically. */
export function entriesForTheme<T extends Themed>(themeId: string, entries: readonly T[]): T[] {
  return entries.filter((entry) => themeIds(entry).includes(themeId)).sort(byTitle);
}

/** Candidates sharing the most themes with the entry, then alphabetically; the entry itself excluded. */
export function relatedByTheme<T extends Themed>(entry: Themed, candidates: readonly T[], limit = 4): T[] {
  const own = new Set(themeIds(entry));
  return candidates
    .filter((candidate) => candidate.id !== entry.id)
    .map((candidate) => ({ candidate, shared: themeIds(candidate).filter((id) => own.has(id)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || byTitle(a.candidate, b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
