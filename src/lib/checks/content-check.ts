/**
 * Every check on an edition's content that needs no rendering: schemas,
 * references, fixed theme slugs, links and anchors (including links to
 * hidden pages), images and alt text, heading order, duplicate titles and
 * review dates. The build runs it in the content sync and, in the same read of
 * each body, renders the body to HTML (`render`); `npm run check` runs it on
 * its own for every edition in well under a second.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { MarkdownHeading } from 'astro';
import { join, relative } from 'node:path';
import { bodyRenderer, readBody, type BodyRender, type PhoneLine, type PhoneLines } from '../markdown/index.ts';
import { COLLECTION_FILES, planCollection, staleTranslationProblem, type CollectionPlan, type Edition, type EditionPaths, type StaleOverride, type StaleTranslation } from '../editions/index.ts';
import { lineOfKey, type ContentProblem } from '../messages/index.ts';
import { findIntegrityProblems } from './integrity.ts';
import { checkBodies, type CheckedBody } from './link-check.ts';
import { entryPath, PVO_DIRECTORY_SLUG, ROUTED_COLLECTIONS, warningPath, type RoutedCollection } from '../model/index.ts';
import { invalidNumberLikes, unlinkableNumbers } from '../contact/index.ts';
import { reviewState } from './review.ts';
import { checkScanLinks } from './scan-check.ts';
import { buildSiteMap, type MappedEntry, type MappedWarning } from './site-map.ts';
import { loadSynonyms, synonymSources, wordsOf } from '../search/index.ts';
import { unlinkedPvoMentions } from './pvo-mentions.ts';
import { loadRetiredSources, retiredSourceProblems } from './retired-sources.ts';

export interface EditionCheck {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  stale: StaleOverride[];
  /** Translations whose Dutch source changed in substance (also in `warnings`). */
  staleTranslations: StaleTranslation[];
  plans: Record<keyof typeof COLLECTION_FILES, CollectionPlan>;
  /** The errors (also in `errors`) found in Markdown bodies: links, anchors, images, headings. */
  bodyErrors: ContentProblem[];
  /** Every body as HTML, by file, when the check ran for the build (`render`); the loaders store it. */
  rendered: Map<string, RenderedBody>;
}

/** A body rendered by the build: its HTML and headings, as Astro's content layer stores them for a page. */
export interface RenderedBody {
  html: string;
  headings: MarkdownHeading[];
}

/** The build asks the check to render every body while it reads it: one parse per body. */
export interface RenderRequest {
  /** The deploy base path. */
  base: string;
}

function publicFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')}`);
}

export function checkEdition(edition: Edition, paths: EditionPaths, now = new Date(), render?: RenderRequest): EditionCheck {
  const plans = Object.fromEntries(
    (Object.keys(COLLECTION_FILES) as (keyof typeof COLLECTION_FILES)[]).map((collection) => [collection, planCollection(collection, edition, paths)]),
  ) as EditionCheck['plans'];
  const errors: ContentProblem[] = Object.values(plans).flatMap((plan) => plan.problems);
  const warnings: ContentProblem[] = [];
  const stale = Object.values(plans).flatMap((plan) => plan.stale);
  const staleTranslations = Object.values(plans).flatMap((plan) => plan.staleTranslations);
  // Out-of-date translations and translations without a fingerprint: the team is told, the build goes on.
  warnings.push(...staleTranslations.map(staleTranslationProblem), ...Object.values(plans).flatMap((plan) => plan.translationWarnings));

  // References and fixed slugs, on the entries that passed their schema.
  const parsedEntries = Object.entries(plans).flatMap(([collection, plan]) =>
    plan.entries.filter((entry) => entry.parsed).map((entry) => ({ collection, id: entry.id, filePath: entry.extension?.file ?? entry.file, data: entry.parsed! })),
  );
  const texts = new Map(Object.values(plans).flatMap((plan) => plan.entries.flatMap((entry) => [[entry.file, entry.text], ...(entry.extension ? [[entry.extension.file, entry.extensionText ?? '']] : [])] as [string, string][])));
  const unchecked = Object.entries(plans).flatMap(([collection, plan]) => plan.entries.filter((entry) => !entry.parsed).map((entry) => ({ collection, id: entry.id })));
  errors.push(...findIntegrityProblems(parsedEntries, { readSource: (file) => texts.get(file), unchecked }));

  // Bodies: links, anchors, images, headings.
  const bodies: CheckedBody[] = [];
  const mapped: MappedEntry[] = [];
  const rendered = new Map<string, RenderedBody>();
  // Numbers in texts get their opening hours from the organisations that passed their schema.
  // (`parsed` is the organisation schema's output, `phones` included.)
  const phoneLines: PhoneLines = plans.organisations.entries.flatMap((entry) => (entry.parsed ? [entry.parsed as PhoneLine] : []));
  const renderSettings = render ? bodyRenderer(plans.pages.entries, render.base, phoneLines) : undefined;
  // Each body is read with the build's own MDX pipeline: invalid MDX and refused code are errors here too.
  const read = (text: string, file: string, settings?: BodyRender) => {
    const { scan, problems, html } = readBody(text, file, file.endsWith('.mdx') ? settings : undefined);
    errors.push(...problems);
    if (html !== undefined && !problems.length) rendered.set(file, { html, headings: scan.headings.map((heading) => ({ depth: heading.level, slug: heading.id, text: heading.text })) });
    return scan;
  };
  for (const collection of ROUTED_COLLECTIONS) {
    for (const entry of plans[collection].entries) {
      const path = entryPath(collection, entry.slug, entry.lang);
      const placement = entry.extension?.after ? { after: entry.extension.after, extension: entry.extension.id } : undefined;
      const scans = [{ file: entry.file, scan: read(entry.text, entry.file, renderSettings?.(entry.lang, { frontmatter: entry.data, regionalSection: false, placement })), startLevel: 2 }];
      if (entry.extension) {
        const settings = renderSettings?.(entry.lang, { frontmatter: entry.extension.data, regionalSection: true });
        scans.push({ file: entry.extension.file, scan: read(entry.extensionText ?? '', entry.extension.file, settings), startLevel: 3 });
      }
      bodies.push(...scans.map(({ file, scan, startLevel }) => ({ file, path, scan, startLevel })));
      mapped.push({ collection, slug: entry.slug, lang: entry.lang, scans: [scans[0]!.scan], regionalScan: scans[1]?.scan, extended: Boolean(entry.extension) });
    }
  }
  // Warnings (/actueel/<slug>/): Dutch pages like the agenda's, which a region may extend with its own section.
  const warningPages: MappedWarning[] = [];
  for (const entry of plans.warnings.entries) {
    const path = warningPath(entry.slug);
    const placement = entry.extension?.after ? { after: entry.extension.after, extension: entry.extension.id } : undefined;
    const scan = read(entry.text, entry.file, renderSettings?.(entry.lang, { frontmatter: entry.data, regionalSection: false, placement }));
    bodies.push({ file: entry.file, path, scan, startLevel: 2 });
    let regionalScan;
    if (entry.extension) {
      const settings = renderSettings?.(entry.lang, { frontmatter: entry.extension.data, regionalSection: true });
      regionalScan = read(entry.extensionText ?? '', entry.extension.file, settings);
      bodies.push({ file: entry.extension.file, path, scan: regionalScan, startLevel: 3 });
    }
    warningPages.push({ slug: entry.slug, scan, regionalScan });
  }
  for (const entry of plans.events.entries) bodies.push({ file: entry.file, path: `/agenda/${entry.slug}/`, scan: read(entry.text, entry.file, renderSettings?.(entry.lang, { frontmatter: entry.data, regionalSection: false })) });
  // Hidden pages (scan questions are data: hiding one removes a question, not a route).
  const hiddenPaths = edition.hide.flatMap((key) => {
    const [collection, slug] = key.split('/') as [string, string];
    if (collection === 'warnings') return [warningPath(slug)];
    return (ROUTED_COLLECTIONS as readonly string[]).includes(collection) ? [entryPath(collection as RoutedCollection, slug)] : [];
  });
  const site = buildSiteMap({
    entries: mapped,
    locales: edition.locales,
    eventSlugs: plans.events.entries.map((entry) => entry.slug),
    warnings: warningPages,
    publicFiles: [...publicFiles(join(paths.root, 'public')), ...(edition.isNational ? [] : publicFiles(join(paths.root, 'regions', edition.id, 'public')))],
    hiddenPaths,
    hiddenBy: edition.isNational ? undefined : edition.id,
  });
  const bodyErrors = checkBodies(bodies, site);
  errors.push(...bodyErrors);
  // The self-scan's advice links: same site map, same verdicts.
  errors.push(...checkScanLinks(plans.scan.entries, site));

  // Phone numbers: every one in a text becomes a tel: link at build time; a number-like string that is no valid number cannot.
  const numberExpected = 'een volledig Nederlands telefoonnummer (112; 0800/0900 met 4 of 7 cijfers erachter; 10 cijfers vanaf 0; of +31 met 9 cijfers), zodat het een tel:-link wordt';
  const bodyStartLine = (text: string) => (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)?.[0].split('\n').length ?? 1);
  for (const plan of Object.values(plans)) {
    for (const entry of plan.entries) {
      const sources = [{ file: entry.file, text: entry.text, body: entry.body }, ...(entry.extension ? [{ file: entry.extension.file, text: entry.extensionText ?? '', body: entry.extension.body }] : [])];
      for (const source of sources) {
        for (const problem of unlinkableNumbers(source.body, bodyStartLine(source.text))) {
          errors.push({ file: source.file, field: 'tekst', line: problem.line, found: `"${problem.found}", lijkt een telefoonnummer maar is geen geldig nummer`, expected: numberExpected });
        }
      }
      for (const found of invalidNumberLikes(String(entry.data.summary ?? ''))) {
        errors.push({ file: entry.file, field: 'summary', line: lineOfKey(entry.text, 'summary'), found: `"${found}", lijkt een telefoonnummer maar is geen geldig nummer`, expected: numberExpected });
      }
    }
  }

  // "Het PVO in uw regio" must lead to the list of PVO's; a source or link must not point at a retired site.
  const retired = loadRetiredSources(paths.contentDir);
  errors.push(...retired.problems);
  for (const plan of Object.values(plans)) {
    for (const entry of plan.entries) {
      const files = [{ file: entry.file, text: entry.text, body: entry.body }, ...(entry.extension ? [{ file: entry.extension.file, text: entry.extensionText ?? '', body: entry.extension.body }] : [])];
      for (const source of files) {
        // The PVO list itself needs no link to itself.
        const mentions = entry.slug === PVO_DIRECTORY_SLUG ? [] : unlinkedPvoMentions(source.body);
        for (const mention of mentions) {
          errors.push({ file: source.file, field: 'tekst', line: bodyStartLine(source.text) + mention.line - 1, found: `"${mention.phrase}" zonder link naar de lijst van PVO's`, expected: 'een link naar "Vind uw PVO": zet <PvoLink>…</PvoLink> om de woorden (zie docs/redactie.md), zodat de lezer zijn PVO vindt' });
        }
        errors.push(...retiredSourceProblems(source.file, source.text, retired.retired));
      }
    }
  }

  // Duplicate titles confuse readers and search results.
  for (const collection of ROUTED_COLLECTIONS) {
    const seen = new Map<string, string>();
    for (const entry of plans[collection].entries) {
      const title = String(entry.data.title ?? '').trim().toLowerCase();
      const key = `${entry.lang}:${title}`;
      const file = entry.extension?.file ?? entry.file;
      if (title && seen.has(key)) {
        errors.push({ file, field: 'title', line: lineOfKey(entry.text, 'title'), found: `"${entry.data.title}", dezelfde titel als ${seen.get(key)}`, expected: 'een titel die nog niet bestaat in deze collectie' });
      } else seen.set(key, file);
    }
  }

  // Search synonyms: valid YAML, no duplicates or cycles, targets that occur on the edition's pages.
  const pageTexts = ROUTED_COLLECTIONS.flatMap((collection) => plans[collection].entries.flatMap((entry) => [entry.text, entry.extensionText ?? ''].map((text) => ({ lang: entry.lang, text }))));
  errors.push(...loadSynonyms(synonymSources(paths.root, paths.contentDir, edition.isNational ? undefined : edition.id), wordsOf(pageTexts)).problems);

  // Review dates.
  for (const [collection, plan] of Object.entries(plans)) {
    for (const entry of plan.entries) {
      const reviewed = entry.parsed?.reviewed;
      if (!(reviewed instanceof Date)) continue;
      const file = entry.extension?.file ?? entry.file;
      // An expired warning is archived as it was: nobody needs to re-check it.
      const archived = collection === 'warnings' && entry.parsed?.expires instanceof Date && entry.parsed.expires.getTime() < now.getTime();
      const state = reviewState(collection, reviewed, now);
      const line = lineOfKey(entry.extension ? (entry.extensionText ?? '') : entry.text, 'reviewed') ?? lineOfKey(entry.text, 'reviewed');
      if (state.status === 'future') errors.push({ file, field: 'reviewed', line, found: `${String(entry.data.reviewed)}, een datum in de toekomst`, expected: 'de datum waarop u de tekst controleerde (vandaag of eerder)' });
      const recheck = entry.parsed?.recheck as { date: Date; what: string } | undefined;
      if (recheck && recheck.date.getTime() <= now.getTime()) {
        const recheckLine = lineOfKey(entry.extension ? (entry.extensionText ?? '') : entry.text, 'recheck');
        warnings.push({ file, field: 'recheck', line: recheckLine, found: `opnieuw nakijken sinds ${recheck.date.toISOString().slice(0, 10)}: ${recheck.what}`, expected: 'kijk het na bij de bron, werk de tekst bij en zet recheck op een nieuwe datum (of haal recheck weg als het niet meer kan veranderen)' });
      }
      if (state.status === 'overdue' && !archived) {
        warnings.push({ file, field: 'reviewed', line, found: `${state.months} maanden geleden gecontroleerd`, expected: `een controle elke ${state.interval} maanden: lees de tekst na, werk bij wat niet klopt en zet reviewed op de datum van vandaag` });
      }
    }
  }
  return { errors, warnings, stale, staleTranslations, plans, bodyErrors, rendered };
}
