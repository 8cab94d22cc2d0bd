/**
 * The edition being built. The national edition is the default; regional
 * editions (regions/<id>/region.yaml) override these values.
 */
export interface Edition {
  /** `landelijk` for the national edition, the region's folder name otherwise. */
  id: string;
  name: string;
  /** Public origin of the deployed site, used for canonical URLs, the sitemap and feeds. */
  siteUrl: string;
  /** Organisation behind the edition, shown in the footer and feed. */
  publisher: string;
  publisherUrl: string;
  /** Base of "edit this page" links; files are appended as repository paths. */
  editBaseUrl?: string | undefined;
}

export const NATIONAL_EDITION_ID = 'landelijk';

/** The site URL comes from SITE_URL at build time so every deploy target gets correct canonicals. */
export function nationalEdition(env: Record<string, string | undefined> = {}): Edition {
  const siteUrl = env.SITE_URL ?? 'https://kennisbank-veilig-ondernemen.example';
  try {
    new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL — gevonden "${siteUrl}"; verwacht een volledige URL zoals https://www.voorbeeld.nl`);
  }
  return {
    id: NATIONAL_EDITION_ID,
    name: 'Kennisbank Veilig Ondernemen',
    siteUrl,
    publisher: 'Platforms Veilig Ondernemen',
    publisherUrl: 'https://www.pvo-nl.nl/',
  };
}
