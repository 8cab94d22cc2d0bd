/**
 * Dutch phone numbers in running text: found once, at build time, so every
 * number in content dials with one tap (`tel:`), and `npm run check` can name
 * a number-like string that is not a valid number (a typo, a missing digit).
 *
 * Recognised: 112; 0800/0900/0906/0909 numbers (4 or 7 digits after the
 * prefix); every other 0… number of exactly 10 digits (landlines such as
 * 070 414 20 00 or 010-1234567, 06 mobiles, 088 and 085 numbers); +31 with
 * 9 digits. Digits may be grouped by spaces or hyphens. Dates, years,
 * postcodes, amounts and KvK numbers never match: they do not start with
 * 0 + the right length, or they have a digit, dot, comma or euro sign next to them.
 */

export interface PhoneMatch {
  /** Offset of the number in the text, and of the character after it. */
  start: number;
  end: number;
  /** The number as written. */
  text: string;
  /** `tel:` URI: 112 as is, every other number E.164 (+31…). */
  href: string;
}

/** Turns a Dutch number as written into a `tel:` URI (E.164 for everything but short emergency numbers). */
export function telHref(display: string): string {
  const digits = withoutTrunkZero(display).replace(/\D/g, '');
  if (display.trim().startsWith('+')) return `tel:+${digits}`;
  if (digits.length <= 4) return `tel:${digits}`;
  return `tel:+31${digits.replace(/^0/, '')}`;
}

/** "+31 (0)70 …": the bracketed zero is not dialled from abroad. */
function withoutTrunkZero(written: string): string {
  return written.replace(/\(0\)/, '');
}

const SERVICE_PREFIX = /^0(800|900|906|909)/;

/** Whether the digits (of a number starting with 0 or +31) make a complete Dutch number. */
export function isDutchNumber(written: string): boolean {
  const digits = withoutTrunkZero(written).replace(/\D/g, '');
  if (written.trim().startsWith('+')) return /^31[1-9]\d{8}$/.test(digits);
  if (SERVICE_PREFIX.test(digits)) return digits.length === 8 || digits.length === 11;
  return /^0[1-9]\d{8}$/.test(digits);
}

/** 112 on its own; a number starting with 0 or +31 grouped by single spaces or hyphens. */
const CANDIDATE = /(?<![\w.,€/+-])(?<!€\s)(?:112(?![\w-]|[.,]\d|\s?(?:euro|%))|(?:\+31|0)(?:[ -]?\(0\))?(?:[ -]?\d){6,11}(?![\w-]|[.,]\d))/g;
/** Day-month-year dates look like numbers starting with 0: never phone numbers. */
const DATE = /^\d{1,2}-\d{1,2}-\d{2,4}$/;

function candidates(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(CANDIDATE)]
    .map((match) => {
      // A trailing space or hyphen is never part of the number.
      const written = match[0].replace(/[ -]+$/, '');
      return { start: match.index, end: match.index + written.length, text: written };
    })
    .filter((candidate) => !DATE.test(candidate.text));
}

/** Every Dutch phone number in a piece of text, in order. */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  return candidates(text)
    .filter((candidate) => candidate.text === '112' || isDutchNumber(candidate.text))
    .map((candidate) => ({ ...candidate, href: telHref(candidate.text) }));
}

/** Strings that look like a phone number (0… or +31… with 8 or more digits) but are not a valid one. */
export function invalidNumberLikes(text: string): string[] {
  return candidates(text)
    .filter((candidate) => candidate.text !== '112' && candidate.text.replace(/\D/g, '').length >= 8 && !isDutchNumber(candidate.text))
    .map((candidate) => candidate.text);
}

/** "Bel 112", "belt u 0900-8844", "call 112": the number is the action, shown as a call button in a step. */
export function isCallToAction(textBefore: string): boolean {
  return /\b(bel|belt|bellen|call|ring)\b(\s+(u|dan|direct|meteen|eerst|altijd|de politie( via| op)?|the police( on)?))*\s*[*_]*$/i.test(textBefore);
}

export interface NumberProblem {
  line: number;
  found: string;
}

/**
 * Number-like strings in a Markdown body that the build cannot turn into a
 * `tel:` link, with their file line. Code and link targets are left out.
 */
export function unlinkableNumbers(markdown: string, firstLine = 1): NumberProblem[] {
  const problems: NumberProblem[] = [];
  let inFence = false;
  markdown.split('\n').forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
    if (inFence) return;
    const text = raw.replace(/`[^`]*`/g, ' ').replace(/\]\([^)]*\)/g, '] ').replace(/<[^>]*>/g, ' ');
    for (const found of invalidNumberLikes(text)) problems.push({ line: firstLine + index, found });
  });
  return problems;
}
