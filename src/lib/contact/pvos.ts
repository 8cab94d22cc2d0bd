/**
 * Helpers for "Vind uw PVO": which platforms work in which province, and a
 * short readable label for a website address.
 */

interface ListedPvo {
  id: string;
  data: { title: string; area: { provinces: readonly string[] } };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

/** "Noord-Brabant (oost)" → "Noord-Brabant": the province a reader looks for. */
export function provinceName(area: string): string {
  return area.replace(/\s*\(.*\)\s*$/, '').trim();
}

/** Provinces A–Z, each with the platforms working there (in list order, without duplicates). */
export function pvosByProvince<T extends ListedPvo>(pvos: readonly T[]): { province: string; pvos: T[] }[] {
  const byProvince = new Map<string, T[]>();
  for (const pvo of pvos) {
    for (const province of new Set(pvo.data.area.provinces.map(provinceName))) {
      if (!byProvince.has(province)) byProvince.set(province, []);
      byProvince.get(province)!.push(pvo);
    }
  }
  return [...byProvince.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([province, listed]) => ({ province, pvos: listed }));
}

/** `https://www.pvonh.nl/` → `pvonh.nl`; a path stays: `veiligheidsalliantie.nl/pvo`. */
export function websiteLabel(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.host.replace(/^www\./, '')}${path}`;
}

/** Whether an edition has a contact of its own to show before the national list (the national edition has none). */
export function hasOwnContact(edition: { isNational: boolean; contact: { email?: string | undefined; phone?: string | undefined; address?: string | undefined; url?: string | undefined } }): boolean {
  const { contact } = edition;
  return !edition.isNational && Boolean(contact.email || contact.phone || contact.address || contact.url);
}
