/** The edition of this build, resolved once from the environment (see edition.ts), and its languages. */
import { resolveDevTolerantEdition } from './dev-edition.ts';
import { langParam, type Locale } from '../model/index.ts';
import { isPreviewBuild } from '../outputs/index.ts';

// In astro dev a broken region.yaml gives the national settings while every page shows the problem (dev-edition.ts).
export const edition = resolveDevTolerantEdition(process.env, process.cwd());

/** `getStaticPaths` of a page that exists once per language of the edition (`[...lang]`). */
export function localeStaticPaths(): { params: { lang: string | undefined }; props: { lang: Locale } }[] {
  return edition.locales.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** The same page in the edition's other languages; `pathFor` returns undefined where there is no translation. */
export function alternatesFor(lang: Locale, pathFor: (other: Locale) => string | undefined): { lang: Locale; path: string }[] {
  return edition.locales.flatMap((other) => {
    const path = other === lang ? undefined : pathFor(other);
    return path ? [{ lang: other, path }] : [];
  });
}

/** This build is a pull-request preview: it gets no offline worker (src/lib/outputs/offline.ts). */
export const previewBuild = isPreviewBuild(process.env);
