/**
 * Contact: how a reader reaches help. Owns Dutch phone numbers in running text (found once, so every
 * number dials), the emergency and report numbers, opening hours of phone lines and the "nu bereikbaar"
 * logic (also run in the browser), and the helpers of the PVO directory. Imports nothing else from
 * src/lib: the content model and every other concern may use it.
 *
 * This index names what the concern offers the rest of src/; inside the folder modules import each
 * other directly. Command-line scripts, unit tests and browser code may import a single module.
 */
export { findPhoneNumbers, invalidNumberLikes, isCallToAction, unlinkableNumbers } from './phone-numbers.ts';
export { WEEKDAYS, decodeHours, encodeHours, formatHours, isOpenAt } from './opening-hours.ts';
export type { OpeningHours, Weekday } from './opening-hours.ts';
export { hoursData, hoursMarks, phoneHoursByHref } from './phone-hours.ts';
export type { HoursLabels, HoursMark, PhoneHours } from './phone-hours.ts';
export { hasOwnContact, pvosByProvince, websiteLabel } from './pvos.ts';
export { REPORT_NUMBERS } from './report-numbers.ts';
