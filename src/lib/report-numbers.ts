/**
 * Emergency and report numbers, checked against the owners' own pages
 * (politie.nl, meldmisdaadanoniem.nl). Shown on every page; never retype them.
 */
export interface ReportNumber {
  /** As people dial it, with the usual Dutch grouping. */
  display: string;
  /** E.164 `tel:` URI, so phones dial it in one tap. */
  href: string;
  label: string;
  when: string;
}

export const REPORT_NUMBERS: readonly ReportNumber[] = [
  { display: '112', label: 'Alarmnummer', when: 'Spoed: gevaar, letsel of een misdrijf dat nu gebeurt.' },
  { display: '0900-8844', label: 'Politie, geen spoed', when: 'Aangifte doen, een tip geven of een vraag stellen.' },
  { display: '0800-7000', label: 'Meld Misdaad Anoniem', when: 'U weet iets van een misdrijf en wilt anoniem blijven.' },
].map((number) => ({ ...number, href: telHref(number.display) }));

/** Turns a Dutch display number into a `tel:` URI (E.164 for non-emergency numbers). */
export function telHref(display: string): string {
  const digits = display.replace(/\D/g, '');
  if (digits.length <= 4) return `tel:${digits}`;
  return `tel:+31${digits.replace(/^0/, '')}`;
}
