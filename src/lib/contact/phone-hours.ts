/**
 * Which phone numbers have known opening hours: the organisations' `phones`
 * (schemas.ts), keyed by `tel:` link, so every place that shows a number —
 * a text, the "Direct hulp" box, the footer — finds its hours the same way.
 */
import type { OpeningHours } from './opening-hours.ts';
import { encodeHours, formatHours } from './opening-hours.ts';
import { telHref } from './phone-numbers.ts';

export interface PhoneHours {
  hours: OpeningHours;
  /** The hours as text in the page's language, e.g. "ma–vr 09:00–17:00" or "24/7". */
  text: string;
  /** Limited hours: the page script adds "nu bereikbaar" / "nu gesloten". */
  limited: boolean;
}

interface WithPhones {
  phones?: readonly { number: string; hours: OpeningHours }[] | undefined;
}

/** The hours of every number the organisations name, in one language; the first organisation to name a number wins. */
export function phoneHoursByHref(organisations: Iterable<WithPhones>, lang: string): Map<string, PhoneHours> {
  const lines = new Map<string, PhoneHours>();
  for (const organisation of organisations) {
    for (const phone of organisation.phones ?? []) {
      const href = telHref(phone.number);
      if (!lines.has(href)) lines.set(href, { hours: phone.hours, text: formatHours(phone.hours, lang), limited: !('alwaysOpen' in phone.hours) });
    }
  }
  return lines;
}

/** What the page script reads from `data-hours` (opening-hours.ts, encodeHours); empty for a line that is always open. */
export function hoursData(hours: OpeningHours): string {
  return 'alwaysOpen' in hours ? '' : encodeHours(hours.weekly);
}

/** What follows a number with known hours: the text, and for limited hours what the page script needs. */
export interface HoursMark {
  text: string;
  /** `data-hours` (limited hours only), and the hint texts for open and closed. */
  hint?: { data: string; open: string; closed: string } | undefined;
}

/** The words around the hours in one language (UI strings `hours.*`). */
export interface HoursLabels {
  text: (hours: string) => string;
  open: string;
  closed: string;
}

/** Each number with known hours → what follows it on a page in this language. */
export function hoursMarks(organisations: Iterable<WithPhones>, lang: string, labels: HoursLabels): Map<string, HoursMark> {
  return new Map(
    [...phoneHoursByHref(organisations, lang)].map(([href, line]) => [
      href,
      { text: labels.text(line.text), hint: line.limited ? { data: hoursData(line.hours), open: labels.open, closed: labels.closed } : undefined },
    ]),
  );
}
