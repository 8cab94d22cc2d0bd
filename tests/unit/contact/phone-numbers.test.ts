import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPhoneNumbers, invalidNumberLikes, isCallToAction, isDutchNumber, telHref, unlinkableNumbers } from '../../../src/lib/contact/phone-numbers.ts';

const found = (text: string) => findPhoneNumbers(text).map((match) => [match.text, match.href]);

test('the numbers in our content become tel: links', () => {
  assert.deepEqual(found('Bel 112 en daarna de politie via 0900-8844.'), [
    ['112', 'tel:112'],
    ['0900-8844', 'tel:+319008844'],
  ]);
  assert.deepEqual(found('Vertrouwenslijn Afpersing: 0800-2800200'), [['0800-2800200', 'tel:+318002800200']]);
  assert.deepEqual(found('Fraudehelpdesk (088-7867372) of Slachtofferhulp (0900-0101)'), [
    ['088-7867372', 'tel:+31887867372'],
    ['0900-0101', 'tel:+319000101'],
  ]);
  assert.deepEqual(found('per telefoon (070 414 20 00) of e-mail'), [['070 414 20 00', 'tel:+31704142000']]);
  assert.deepEqual(found('mobiel 06-12345678, landlijn 0512 123456'), [
    ['06-12345678', 'tel:+31612345678'],
    ['0512 123456', 'tel:+31512123456'],
  ]);
  assert.deepEqual(found('Uit het buitenland: +31 70 414 20 00.'), [['+31 70 414 20 00', 'tel:+31704142000']]);
  assert.deepEqual(found('Bel **112**.'), [['112', 'tel:112']]);
});

test('dates, years, postcodes, amounts and KvK numbers are not phone numbers', () => {
  for (const text of [
    'op 01-12-2026 om 10:00',
    'in 2026 en 1112 en 11200',
    'Postcode 1012 AB Amsterdam',
    '€ 112 per jaar, € 0,50 per stuk, 112,50 euro, 1.112 winkels',
    'KvK-nummer 12345678, KvK 01234567',
    'artikel 112a Wetboek',
    'BSN 012345678 is geen nummer om te bellen',
    'versie 0.112',
    'https://example.nl/0900-8844',
    '0900-88441',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});

test('a number-like string that is not a valid number is named for the check', () => {
  assert.deepEqual(invalidNumberLikes('Bel 0900-884 of 0900-8844'), []);
  assert.deepEqual(invalidNumberLikes('of 010-123456'), ['010-123456']);
  assert.deepEqual(invalidNumberLikes('Bel 020-123456789 of 0800-28002000'), ['020-123456789', '0800-28002000']);
  assert.deepEqual(invalidNumberLikes('op 01-12-2026, KvK 12345678'), []);
});

test('validity and E.164 links', () => {
  assert.equal(isDutchNumber('0900-8844'), true);
  assert.equal(isDutchNumber('0900-884'), false);
  assert.equal(isDutchNumber('+31 6 12345678'), true);
  assert.equal(isDutchNumber('+31 6 1234567'), false);
  assert.equal(telHref('112'), 'tel:112');
  assert.equal(telHref('010 - 123 45 67'), 'tel:+31101234567');
  assert.equal(telHref('+31 (0)70 414 20 00'), 'tel:+31704142000');
  assert.deepEqual(found('+31 (0)70 414 20 00'), [['+31 (0)70 414 20 00', 'tel:+31704142000']]);
});

test('"bel 112" is a call to action', () => {
  assert.equal(isCallToAction('1. Bel '), true);
  assert.equal(isCallToAction('Bel dan de politie via '), true);
  assert.equal(isCallToAction('Then call '), true);
  assert.equal(isCallToAction('Bel direct **'), true);
  assert.equal(isCallToAction('Het nummer is '), false);
});

test('the check names a broken number with its line; code and link targets are skipped', () => {
  const body = ['Bel 0900-8844.', '', 'Of bel 010-123456 voor hulp.', '`020-123456789` en [site](https://x.nl/0800-28002000)', '```', '0800-28002000', '```'].join('\n');
  assert.deepEqual(unlinkableNumbers(body, 10), [{ line: 12, found: '010-123456' }]);
});
