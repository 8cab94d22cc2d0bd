import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unlinkedPvoMentions } from '../../../src/lib/checks/pvo-mentions.ts';

test('a regional PVO mentioned without a link to the list is found, on its line', () => {
  const body = 'Eerste alinea.\n\n- Vraag het Platform Veilig Ondernemen in uw regio om advies.\n- Bel de politie.\n';
  assert.deepEqual(unlinkedPvoMentions(body), [{ line: 3, phrase: 'Platform Veilig Ondernemen in uw regio' }]);
});

test('<PvoLink> or a link to the PVO list in the same paragraph is enough', () => {
  assert.deepEqual(unlinkedPvoMentions('Neem contact op met <PvoLink>het PVO in uw regio</PvoLink>.'), []);
  assert.deepEqual(unlinkedPvoMentions('Neem contact op met het PVO in uw regio ([lijst](/over/vind-uw-pvo/)).'), []);
  assert.deepEqual(unlinkedPvoMentions('Contact the PVO in your region ([list](/en/over/vind-uw-pvo/)).'), []);
});

test('a link to another page around the words does not count', () => {
  assert.equal(unlinkedPvoMentions('Vraag het [PVO](/over/wat-is-een-pvo/) in uw regio.').length, 1);
  assert.equal(unlinkedPvoMentions('Contact the Platform Veilig Ondernemen (PVO) in your region.').length, 1);
});

test('code blocks and other PVO sentences are left alone', () => {
  assert.deepEqual(unlinkedPvoMentions('```\nhet PVO in uw regio\n```\n\nPVO Noord helpt u graag.'), []);
});
