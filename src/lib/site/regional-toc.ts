/** "Op deze pagina" with the regional section in its place: after the section of heading `after`, or at the end. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export const REGIONAL_SECTION_ID = 'in-de-regio';

export function withRegionalHeading<T extends TocHeading>(headings: readonly T[], after: string | undefined, text: string): TocHeading[] {
  const regional: TocHeading = { depth: 2, slug: REGIONAL_SECTION_ID, text };
  const target = after === undefined ? -1 : headings.findIndex((heading) => heading.slug === after);
  if (target === -1) return [...headings, regional];
  const depth = headings[target]!.depth;
  let end = target + 1;
  while (end < headings.length && headings[end]!.depth > depth) end++;
  return [...headings.slice(0, end), regional, ...headings.slice(end)];
}
