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

/**
 * Entries grouped by the ids one of their fields refers to (themes, sectors),
 * built once per build, in title order. Lookups take constant time, so a
 * build stays linear in its number of pages.
 */
export class GroupIndex<T extends { id: string; data: { title: string } }> {
  readonly #groups = new Map<string, T[]>();
  readonly #members = new Map<string, Set<string>>();

  constructor(entries: readonly T[], keysOf: (entry: T) => readonly string[]) {
    for (const entry of [...entries].sort(byTitle)) {
      for (const key of new Set(keysOf(entry))) {
        if (!this.#groups.has(key)) {
          this.#groups.set(key, []);
          this.#members.set(key, new Set());
        }
        this.#groups.get(key)!.push(entry);
        this.#members.get(key)!.add(entry.id);
      }
    }
  }

  /** Entries that refer to the id, alphabetically. */
  get(key: string): readonly T[] {
    return this.#groups.get(key) ?? [];
  }

  has(key: string, entryId: string): boolean {
    return this.#members.get(key)?.has(entryId) ?? false;
  }
}

/** Entries grouped per theme: a theme page asks for its entries, a detail page for its relatives. */
export class ThemeIndex<T extends Themed> {
  readonly #index: GroupIndex<T>;

  constructor(entries: readonly T[]) {
    this.#index = new GroupIndex(entries, themeIds);
  }

  /** Entries that reference the theme, alphabetically. */
  forTheme(themeId: string): readonly T[] {
    return this.#index.get(themeId);
  }

  /** Same result as relatedByTheme, without sorting every candidate for every page. */
  related(entry: Themed, limit = 4): T[] {
    const own = [...new Set(themeIds(entry))];
    if (own.length === 0) return [];
    // Entries sharing every theme are all in the shortest list, which is already in title order.
    const shortest = own.map((theme) => this.forTheme(theme)).sort((a, b) => a.length - b.length)[0]!;
    const best: T[] = [];
    for (const candidate of shortest) {
      if (candidate.id !== entry.id && own.every((theme) => this.#index.has(theme, candidate.id))) best.push(candidate);
      if (best.length === limit) return best;
    }
    // Too few share every theme: rank the (smaller) union of the entry's themes.
    const union = new Map(own.flatMap((theme) => this.forTheme(theme).map((candidate) => [candidate.id, candidate] as const)));
    return relatedByTheme(entry, [...union.values()], limit);
  }
}
