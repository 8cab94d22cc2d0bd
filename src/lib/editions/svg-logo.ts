/**
 * A region's SVG logo is untrusted input: it is inlined in every page and
 * served as a file on the site's origin. svgo cleans it (scripts, event
 * handlers, foreign links and styles removed; comments and metadata dropped);
 * what is still unsafe after cleaning is refused with a Dutch message.
 */
import { createRequire } from 'node:module';

/**
 * svgo is loaded when a logo is cleaned, not when this module is imported: the build, the check and
 * Astro's config all import it, and most editions have no logo to clean (0.2 s CPU per process saved).
 */
const loadSvgo = () => createRequire(import.meta.url)('svgo') as typeof import('svgo');

export interface CleanedLogo {
  svg: string;
  /** What is still unsafe after cleaning (empty when the logo can be used). */
  problems: string[];
}

/** Left-overs that must never reach a page: code, embedded documents, styles, links elsewhere. */
const UNSAFE: [RegExp, string][] = [
  [/<script\b/i, 'een <script>'],
  [/<foreignObject\b/i, 'een <foreignObject> (HTML in de SVG)'],
  [/<(iframe|object|embed|use)\b[^>]*\bhref\s*=\s*["'](?!#)/i, 'een verwijzing naar een ander bestand'],
  [/\son[a-z]+\s*=/i, 'een event-handler (on…=)'],
  [/\b(?:xlink:)?href\s*=\s*["']\s*(?!#)/i, 'een link naar buiten de SVG (href)'],
  [/<style\b|\sstyle\s*=/i, 'CSS in de SVG (style), die het beveiligingsbeleid van de site tegenhoudt'],
  [/url\(\s*["']?\s*(?!#)/i, 'een externe url(…)'],
  [/<!ENTITY|<!DOCTYPE/i, 'een DOCTYPE of ENTITY'],
];

export function cleanLogo(svgText: string): CleanedLogo {
  let svg: string;
  try {
    svg = loadSvgo().optimize(svgText, {
      multipass: true,
      plugins: [
        'preset-default',
        'removeScripts',
        'convertStyleToAttrs',
        'removeStyleElement',
        'removeXlink',
        { name: 'removeAttrs', params: { attrs: ['on.*', 'style'] } },
      ],
    }).data;
  } catch (error) {
    return { svg: '', problems: [`geen geldige SVG (${(error as Error).message.split('\n')[0]})`] };
  }
  // <a> wrappers become their content; svgo keeps them otherwise.
  svg = svg.replace(/<a\b[^>]*>/gi, '').replace(/<\/a>/gi, '');
  const problems = UNSAFE.filter(([pattern]) => pattern.test(svg)).map(([, what]) => what);
  if (!/^<svg\b/i.test(svg.trim())) problems.push('geen <svg> als buitenste element');
  return { svg, problems };
}
