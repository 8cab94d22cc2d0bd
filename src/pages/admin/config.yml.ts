import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { buildCmsConfig } from '../../lib/authoring/index.ts';
import { edition } from '../../lib/build/current-edition.ts';
import { listRegions } from '../../lib/editions/index.ts';

export const GET: APIRoute = () => {
  const config = buildCmsConfig({
    repo: process.env.CMS_REPO ?? 'platforms-veilig-ondernemen/kennisbank',
    branch: process.env.CMS_BRANCH ?? 'main',
    authBaseUrl: process.env.CMS_AUTH_URL,
    ...(process.env.CMS_LOCAL_BACKEND_URL ? { localBackendUrl: process.env.CMS_LOCAL_BACKEND_URL } : {}),
    // A regional site edits its own folder; the national site edits every region.
    regions: edition.isNational ? listRegions(process.cwd()) : [edition.id],
    siteUrl: edition.siteUrl,
  });
  return new Response(`# Gegenereerd uit src/lib/model/schemas.ts (src/lib/authoring/cms-config.ts). Niet met de hand aanpassen.\n${stringify(config, { aliasDuplicateObjects: false })}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
