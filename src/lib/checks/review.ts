/**
 * Review dates (as in GOV.UK's technical documentation): every entry records
 * when it was last checked; after its collection's interval it is overdue.
 */
import { monthsBetween } from '../model/index.ts';

/** Months after which an entry should be checked again, per collection. */
export const REVIEW_INTERVAL_MONTHS: Record<string, number> = {
  themes: 12,
  concepts: 12,
  toolkits: 12,
  pages: 24,
  organisations: 24,
  // A warning runs at most a year; halfway, someone checks the pattern and its sources still hold.
  warnings: 6,
};
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

export type ReviewState = { status: 'ok' } | { status: 'overdue'; months: number; interval: number } | { status: 'future' };

export function reviewState(collection: string, reviewed: Date, now: Date): ReviewState {
  if (reviewed.getTime() > now.getTime() + 24 * 60 * 60 * 1000) return { status: 'future' };
  const interval = REVIEW_INTERVAL_MONTHS[collection] ?? DEFAULT_REVIEW_INTERVAL_MONTHS;
  const months = monthsBetween(reviewed, now);
  return months >= interval ? { status: 'overdue', months, interval } : { status: 'ok' };
}
