/**
 * Emergency and report numbers, checked against the owners' own pages
 * (politie.nl, meldmisdaadanoniem.nl). Shown on every page; never retype them.
 * Their labels are UI strings (`report.<key>.label` / `.when`).
 */
import { telHref } from './phone-numbers.ts';

export interface ReportNumber {
  key: 'emergency' | 'police' | 'anonymous';
  /** As people dial it, with the usual Dutch grouping. */
  display: string;
  /** `tel:` URI (E.164 for non-emergency numbers), so phones dial it in one tap. */
  href: string;
}

export { telHref };

export const REPORT_NUMBERS: readonly ReportNumber[] = (
  [
    { key: 'emergency', display: '112' },
    { key: 'police', display: '0900-8844' },
    { key: 'anonymous', display: '0800-7000' },
  ] as const
).map((number) => ({ ...number, href: telHref(number.display) }));
