import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDay, isCalendarDay, isoDay, monthsBetween } from '../../../src/lib/model/dates.ts';

test('formatDay writes Dutch dates without shifting the day', () => {
  assert.equal(formatDay(new Date('2026-11-29')), '29 november 2026');
  assert.equal(formatDay(new Date('2026-01-01T00:00:00Z')), '1 januari 2026');
  assert.equal(formatDay(new Date('2026-03-05'), 'en'), 'March 5, 2026');
});

test('isoDay gives YYYY-MM-DD', () => {
  assert.equal(isoDay(new Date('2026-02-03T23:59:00Z')), '2026-02-03');
});

test('monthsBetween counts whole months only', () => {
  assert.equal(monthsBetween(new Date('2025-11-29'), new Date('2026-11-29')), 12);
  assert.equal(monthsBetween(new Date('2025-11-30'), new Date('2026-11-29')), 11);
  assert.equal(monthsBetween(new Date('2026-11-01'), new Date('2026-11-29')), 0);
});

test('isCalendarDay accepts real days only, as written', () => {
  assert.equal(isCalendarDay('2026-11-29'), true);
  assert.equal(isCalendarDay("'2024-02-29'"), true);
  assert.equal(isCalendarDay('2026-13-45'), false);
  assert.equal(isCalendarDay('2025-02-29'), false);
  assert.equal(isCalendarDay('29-11-2026'), false);
  assert.equal(isCalendarDay('2026-11-29T10:00'), false);
});
