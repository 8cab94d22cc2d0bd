/**
 * Sectors (detailhandel, horeca, …): themes, concepts and toolkits name the
 * sectors they are especially for; an empty list means "for every sector".
 * One index per build answers what a sector page, a filter or a search
 * filter needs, in time that does not grow with the site.
 */
import { GroupIndex } from './relations.ts';

export interface SectorTagged {
  id: string;
  data: { title: string; sectors: readonly { id: string }[] };
}

/** The sector ids an entry names itself (none: it is for every sector). */
export function namedSectors(entry: SectorTagged): string[] {
  return [...new Set(entry.data.sectors.map((sector) => sector.id))];
}

/** The sectors an entry is relevant for: the ones it names, or every sector when it names none. */
export function relevantSectors(entry: SectorTagged, allSectorIds: readonly string[]): string[] {
  const named = namedSectors(entry);
  return named.length ? named : [...allSectorIds];
}

export class SectorIndex<T extends SectorTagged> {
  readonly #named: GroupIndex<T>;
  readonly #general: readonly T[];

  constructor(entries: readonly T[]) {
    this.#named = new GroupIndex(entries, namedSectors);
    this.#general = new GroupIndex(entries, (entry) => (namedSectors(entry).length ? [] : ['*'])).get('*');
  }

  /** Entries that name the sector, alphabetically. */
  forSector(sectorId: string): readonly T[] {
    return this.#named.get(sectorId);
  }

  /** Entries that name no sector (meant for every sector), alphabetically. */
  forEverySector(): readonly T[] {
    return this.#general;
  }
}
