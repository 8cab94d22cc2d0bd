import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REPORT_NUMBERS, telHref } from '../../../src/lib/contact/report-numbers.ts';

test('the three report numbers are exactly right', () => {
  assert.deepEqual(
    REPORT_NUMBERS.map((number) => [number.display, number.href]),
    [
      ['112', 'tel:112'],
      ['0900-8844', 'tel:+319008844'],
      ['0800-7000', 'tel:+318007000'],
    ],
  );
  assert.deepEqual(REPORT_NUMBERS.map((number) => number.key), ['emergency', 'police', 'anonymous']);
});

test('telHref keeps short emergency numbers and makes others E.164', () => {
  assert.equal(telHref('112'), 'tel:112');
  assert.equal(telHref('010 - 123 45 67'), 'tel:+31101234567');
});
