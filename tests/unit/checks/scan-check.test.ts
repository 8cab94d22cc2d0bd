import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkScanLinks } from '../../../src/lib/checks/scan-check.ts';
import type { SiteMap } from '../../../src/lib/checks/link-check.ts';

const site: SiteMap = {
  routes: new Set(['/toolkits/checklist-cyberbasis/', '/themas/overvallen/']),
  anchors: new Map([
    ['/toolkits/checklist-cyberbasis/', new Set(['hoofdinhoud', 'back-ups', 'regio-in-onze-regio'])],
    ['/themas/overvallen/', new Set(['hoofdinhoud'])],
  ]),
  hidden: new Set(['/concepten/borg-certificering/']),
  hiddenBy: 'voorbeeld-noord',
};
const text = (link: string, anchor?: string) => `title: "Vraag?"\nsummary: "Uitleg"\nlink: ${link}\n${anchor ? `anchor: ${anchor}\n` : ''}`;
const entry = (link: string, anchor?: string) => ({ file: 'content/scan/vraag.yaml', text: text(link, anchor), parsed: { link, ...(anchor ? { anchor } : {}) } });

test('existing targets and headings pass', () => {
  assert.deepEqual(checkScanLinks([entry('toolkits/checklist-cyberbasis', 'back-ups'), entry('themes/overvallen')], site), []);
});

test('a missing page, a hidden page and a missing heading name file, field and line', () => {
  const [missing, hidden, anchor, regional] = [
    entry('toolkits/bestaat-niet'),
    entry('concepts/borg-certificering'),
    entry('toolkits/checklist-cyberbasis', 'bestaat-niet'),
    entry('toolkits/checklist-cyberbasis', 'in-onze-regio'),
  ].map((one) => checkScanLinks([one], site));
  assert.equal(missing!.length, 1);
  assert.deepEqual([missing![0]!.file, missing![0]!.field, missing![0]!.line], ['content/scan/vraag.yaml', 'link', 3]);
  assert.match(missing![0]!.found, /"toolkits\/bestaat-niet", een pagina die niet bestaat \(\/toolkits\/bestaat-niet\/\)/);
  assert.match(hidden![0]!.found, /verbergt \(hide in regions\/voorbeeld-noord\/region\.yaml\)/);
  assert.deepEqual([anchor![0]!.field, anchor![0]!.line], ['anchor', 4]);
  assert.match(anchor![0]!.expected, /zoals back-ups/);
  assert.doesNotMatch(anchor![0]!.expected, /hoofdinhoud/);
  assert.match(regional![0]!.expected, /bedoelt u regio-in-onze-regio/);
});

test('entries that failed their schema are not checked twice', () => {
  assert.deepEqual(checkScanLinks([{ file: 'content/scan/x.yaml', text: '', parsed: undefined }], site), []);
});
