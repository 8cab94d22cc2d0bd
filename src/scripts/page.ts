/**
 * The one script on every page (budget: 1 KiB gzip, DESIGN §6). It
 * - registers the offline worker (`<base>sw.js`, scope: the edition's own folder), so
 *   the crisis pages keep working without a connection after one visit;
 * - next to a phone number with limited opening hours (`data-hours`, written by the
 *   build) says whether the line is open now, in Dutch time (src/lib/contact/opening-hours.ts).
 * Without JavaScript the hours still show as text; nothing else depends on it.
 */
import { decodeHours, isOpenAt } from '../lib/contact/opening-hours.ts';

export function showOpeningHints(doc: Document = document, now = new Date()): void {
  for (const hours of doc.querySelectorAll<HTMLElement>('[data-hours]')) {
    const open = isOpenAt(decodeHours(hours.dataset.hours ?? ''), now);
    const hint = doc.createElement('span');
    hint.className = `hours-now hours-now--${open ? 'open' : 'closed'}`;
    // "Closed now — in an emergency call 112": that 112 dials too, like every number on the page.
    const [before, after] = ((open ? hours.dataset.open : hours.dataset.closed) ?? '').split('112');
    hint.append(before!);
    if (after !== undefined) {
      const call = doc.createElement('a');
      call.href = 'tel:112';
      call.textContent = '112';
      hint.append(call, after);
    }
    hours.nextElementSibling?.classList.contains('hours-now') ? hours.nextElementSibling.replaceWith(hint) : hours.after(' ', hint);
  }
}

/** The edition's base path with a trailing slash (Vite writes it in at build). */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function registerWorker(): void {
  // A failed registration only means no offline copies: the page itself works.
  if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined));
}
