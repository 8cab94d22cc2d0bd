import type { APIRoute } from 'astro';
import { edition } from '../lib/build/current-edition.ts';
import { webManifest } from '../lib/outputs/index.ts';
import { DEFAULT_LOCALE } from '../lib/model/index.ts';

/** The edition's web app manifest: installable under its own name and colours; scope and start its base path. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const manifest = webManifest({
    name: edition.name,
    shortName: edition.shortName,
    description: edition.tagline ?? 'Wat u als ondernemer doet tegen criminaliteit, en wat u doet als het toch gebeurt.',
    base,
    lang: DEFAULT_LOCALE,
    // The defaults of src/styles/tokens.css when the edition has no brand colours of its own.
    themeColor: edition.tokens.primary ?? '#0b4a6f',
    backgroundColor: '#ffffff',
  });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
