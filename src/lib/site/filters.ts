/**
 * Filters for the overview pages that need no JavaScript: radio buttons plus
 * generated CSS (`:has()`) that hides the cards that do not match.
 */
export interface FilterGroup {
  /** Which data attribute of the cards the group filters on. */
  attribute: 'themes' | 'kind' | 'sectors';
  legend: string;
  options: { value: string; label: string }[];
}

/** `themes` and `sectors` hold a space-separated list (match one word); `kind` a single value. */
const SELECTORS: Record<FilterGroup['attribute'], (value: string) => string> = {
  themes: (value) => `[data-themes~="${value}"]`,
  kind: (value) => `[data-kind="${value}"]`,
  sectors: (value) => `[data-sectors~="${value}"]`,
};

export function optionId(listId: string, attribute: FilterGroup['attribute'], value: string): string {
  return `${listId}-${attribute}-${value}`;
}

/** One rule per option: when it is checked, cards without that value are hidden. */
export function filterCss(listId: string, groups: readonly FilterGroup[]): string {
  const safe = /^[a-z0-9-]+$/;
  return groups
    .flatMap((group) =>
      group.options.map((option) => {
        if (!safe.test(option.value) || !safe.test(listId)) throw new Error(`filter value "${option.value}" must be a lower-case slug`);
        return `#${listId}:has(#${optionId(listId, group.attribute, option.value)}:checked) .card-list>li:not(${SELECTORS[group.attribute](option.value)}){display:none}`;
      }),
    )
    .join('\n');
}
