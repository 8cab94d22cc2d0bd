/**
 * The editors' CMS page (/admin/), run right after Decap's bundle and before its
 * configuration arrives:
 * - our MDX format, so a save writes the canonical front matter and changes only the edited fields;
 * - the preview pane in the site's own CSS, with the page's own frame (title, lead, body as on the site);
 * - form messages in plain Dutch: "Samenvatting: tussen 20 en 220 tekens." instead of Decap's
 *   "… komt niet overeen met het patroon: …" (src/i18n);
 * - drafts called "Werkversie" and Dutch dates on the workflow board (src/lib/authoring/cms-phrases.ts).
 */
import siteCss from '../styles/global.css?url';
import { parse } from 'yaml';
import { formatMdx } from '../lib/authoring/front-matter-format.ts';
import { markNewEntry, unmarkNewEntry } from '../lib/authoring/overlay-kind.ts';
import { plainerDecapPhrases } from '../lib/authoring/cms-phrases.ts';
import { useTranslations } from '../i18n/index.ts';

interface ImmutableMap {
  getIn: (path: string[]) => unknown;
}
interface PreviewProps {
  entry: ImmutableMap;
  widgetFor: (field: string) => unknown;
}
interface DecapCms {
  registerPreviewStyle: (url: string) => void;
  getLocale: (locale: string) => Phrases | undefined;
  registerLocale: (locale: string, phrases: Phrases) => void;
  registerPreviewTemplate: (collection: string, component: (props: PreviewProps) => unknown) => void;
  registerCustomFormat: (name: string, extension: string, format: { fromFile: (text: string) => Record<string, unknown>; toFile: (data: Record<string, unknown>, sortedKeys?: string[]) => string }) => void;
}
type Phrases = { [key: string]: string | Phrases };
type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

const cms = (window as unknown as { CMS: DecapCms }).CMS;
/** React's createElement, which Decap's bundle puts on window for preview templates. */
const h = (window as unknown as { h: CreateElement }).h;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
cms.registerCustomFormat('kennisbank-mdx', 'mdx', {
  fromFile: (text) => {
    const match = FRONT_MATTER.exec(text);
    // A file without `overlay` shows in the regional "eigen" collection (overlay-kind.ts).
    if (!match) return markNewEntry({ body: text });
    return markNewEntry({ ...((parse(match[1]!) as Record<string, unknown> | null) ?? {}), body: text.slice(match[0].length) });
  },
  toFile: (data, sortedKeys = []) => {
    const { body = '', ...fields } = unmarkNewEntry(data);
    // Decap leaves empty optional fields as '' or []: they are not written, as in the hand-written files.
    for (const [key, value] of Object.entries(fields)) if (value === '' || value === null || (Array.isArray(value) && value.length === 0)) delete fields[key];
    return formatMdx(fields, String(body), sortedKeys);
  },
});

cms.registerPreviewStyle(siteCss);

// Decap's Dutch phrases with plainer form messages; the rules' own texts come from src/lib/authoring/cms-config.ts.
const t = useTranslations('nl');
const phrases = cms.getLocale('nl');
const widget = ((phrases?.editor as Phrases | undefined)?.editorControlPane as Phrases | undefined)?.widget as Phrases | undefined;
if (phrases && widget) {
  widget.required = t('cms.form.required', { field: '%{fieldLabel}' });
  widget.regexPattern = t('cms.form.pattern', { field: '%{fieldLabel}', rule: '%{pattern}' });
  widget.rangeMin = t('cms.form.rangeMin', { field: '%{fieldLabel}', min: '%{minCount}' });
  // Drafts are "Werkversies" (not "Concepten", beside "Landelijke concepten"), dates day first.
  cms.registerLocale('nl', plainerDecapPhrases(phrases));
}

/** A content page as the site frames it (src/layouts): heading, lead paragraph, then the body in `.prose`. */
function PagePreview({ entry, widgetFor }: PreviewProps): unknown {
  const title = entry.getIn(['data', 'title']);
  const summary = entry.getIn(['data', 'summary']);
  return h(
    'main',
    { className: 'wrapper page' },
    h('header', { className: 'page__header' }, h('h1', { className: 'nl-heading nl-heading--level-1' }, title ? String(title) : ''), summary ? h('p', { className: 'nl-paragraph nl-paragraph--lead page__lead' }, String(summary)) : null),
    h('article', { className: 'prose' }, widgetFor('body')),
  );
}

// Every collection of MDX pages (the configuration lists them, regions included) gets the page frame.
const configUrl = document.querySelector<HTMLLinkElement>('link[rel="cms-config-url"]')?.href;
if (configUrl) {
  fetch(configUrl)
    .then((response) => response.text())
    .then((text) => {
      const config = parse(text) as { collections?: { name: string; extension?: string }[] };
      for (const collection of config.collections ?? []) if (collection.extension === 'mdx') cms.registerPreviewTemplate(collection.name, PagePreview);
    })
    .catch(() => undefined);
}
