import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { hasOwnContact, provinceName, pvosByProvince, websiteLabel } from '../../../src/lib/contact/pvos.ts';

const pvo = (id: string, provinces: string[]) => ({ id, data: { title: id.toUpperCase(), area: { provinces } } });

test('the province index lists each province once, A–Z, with every platform working there', () => {
  const index = pvosByProvince([pvo('zwb', ['Zeeland', 'Noord-Brabant (west)']), pvo('ob', ['Noord-Brabant (oost)']), pvo('mn', ['Utrecht', 'Flevoland'])]);
  assert.deepEqual(
    index.map(({ province, pvos }) => [province, pvos.map((entry) => entry.id)]),
    [['Flevoland', ['mn']], ['Noord-Brabant', ['zwb', 'ob']], ['Utrecht', ['mn']], ['Zeeland', ['zwb']]],
  );
  assert.equal(provinceName('Noord-Holland (Gooi en Vechtstreek)'), 'Noord-Holland');
});

test('website labels drop the scheme and www, and keep a path', () => {
  assert.equal(websiteLabel('https://www.pvonh.nl/'), 'pvonh.nl');
  assert.equal(websiteLabel('https://veiligheidsalliantie.nl/pvo/'), 'veiligheidsalliantie.nl/pvo');
});

test('the PVO directory covers the ten police units, each once, and every province of the Netherlands', () => {
  const dir = 'content/pvos';
  const entries = readdirSync(dir).filter((name) => name.endsWith('.yaml')).map((name) => parse(readFileSync(`${dir}/${name}`, 'utf8')) as { area: { policeUnits: string[]; provinces: string[] } });
  const units = entries.flatMap((entry) => entry.area.policeUnits).sort();
  assert.deepEqual(units, ['Amsterdam', 'Den Haag', 'Limburg', 'Midden-Nederland', 'Noord-Holland', 'Noord-Nederland', 'Oost-Brabant', 'Oost-Nederland', 'Rotterdam', 'Zeeland-West-Brabant']);
  const provinces = new Set(entries.flatMap((entry) => entry.area.provinces.map(provinceName)));
  for (const province of ['Groningen', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg']) {
    assert.ok(provinces.has(province), province);
  }
});

test('only a regional edition with contact details has its own contact first', () => {
  assert.equal(hasOwnContact({ isNational: true, contact: { email: 'a@b.nl' } }), false);
  assert.equal(hasOwnContact({ isNational: false, contact: {} }), false);
  assert.equal(hasOwnContact({ isNational: false, contact: { phone: '050-0000000' } }), true);
});
