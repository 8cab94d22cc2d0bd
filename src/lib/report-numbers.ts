/**
 * Emergency and report numbers, checked against the owners' own pages
 * (politie.nl, meldmisdaadanoniem.nl). Shown on every page; never retype them.
 * Their labels are UI strings (`report.<key>.label` / `.when`).
 */
export interface ReportNumber {
  key: 'emergency' | 'police' | 'anonymous';
  /** As people dial it, with the usual Dutch grouping. */
  display: string;
  /** `tel:` URI (E.164 for non-emergency numbers), so phones dial it in one tap. */
  href: string;
}

/** Turns a Dutch display number into a `tel:` URI (E.164 for non-emergency numbers). */
export function telHref(display: string): string {
  const digits = display.replace(/\D/g, '');
  if (digits.length <= 4) return `tel:${digits}`;
  return `tel:+31${digits.replace(/^0/, '')}`;
}

export const REPORT_NUMBERS: readonly ReportNumber[] = (
  [
    { key: 'emergency', display: '112' },
    { key: 'police', display: '0900-8844' },
    { key: 'anonymous', display: '0800-7000' },
  ] as const
).map((number) => ({ ...number, href: telHref(number.display) }));
