import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionList, appliesTo, readState, type ScanQuestion } from '../../../src/lib/model/scan-actions.ts';

const THEMES = ['cybercriminaliteit', 'overvallen', 'inbraak'];
const q = (id: string, theme: string, priority: number, order: number, risk: 'ja' | 'nee' = 'nee', sectors: string[] = []): ScanQuestion => ({ id, theme, priority, order, risk, sectors });
const questions = [
  q('alarm', 'inbraak', 1, 10),
  q('backup', 'cybercriminaliteit', 2, 10),
  q('kluis', 'overvallen', 1, 20, 'nee', ['detailhandel']),
  q('kassa', 'overvallen', 1, 10, 'ja'),
  q('updates', 'cybercriminaliteit', 1, 20),
  q('wachtwoord', 'cybercriminaliteit', 1, 10),
  q('terras', 'inbraak', 3, 5, 'nee', ['horeca']),
];

test('risky answers come priority first, then in the theme order, then by order within the theme', () => {
  const answers = Object.fromEntries(questions.map((question) => [question.id, question.risk] as const));
  const ids = actionList(questions, { sector: '', answers }, THEMES).map((action) => action.id);
  assert.deepEqual(ids, ['wachtwoord', 'updates', 'kassa', 'kluis', 'alarm', 'backup', 'terras']);
});

test('only the risky answer and "weet niet" count; "weet niet" is marked as something to find out', () => {
  const actions = actionList(questions, { sector: '', answers: { alarm: 'ja', kassa: 'nee', backup: 'weet-niet', updates: 'nee' } }, THEMES);
  assert.deepEqual(actions, [
    { id: 'updates', unsure: false },
    { id: 'backup', unsure: true },
  ]);
});

test('the order of the input does not matter, and equal keys fall back to the id', () => {
  const twins = [q('b', 'inbraak', 2, 10), q('a', 'inbraak', 2, 10)];
  const answers = { a: 'nee', b: 'nee' } as const;
  assert.deepEqual(actionList(twins, { sector: '', answers }, THEMES).map((action) => action.id), ['a', 'b']);
  assert.deepEqual(actionList([...questions].reverse(), { sector: '', answers: { alarm: 'nee', wachtwoord: 'nee' } }, THEMES).map((action) => action.id), ['wachtwoord', 'alarm']);
});

test('a chosen sector drops questions for other sectors only; a theme outside the order goes last', () => {
  assert.equal(appliesTo({ sectors: [] }, 'horeca'), true);
  assert.equal(appliesTo({ sectors: ['detailhandel'] }, 'horeca'), false);
  assert.equal(appliesTo({ sectors: ['detailhandel'] }, ''), true);
  const answers = { kluis: 'nee', terras: 'nee', alarm: 'nee' } as const;
  assert.deepEqual(actionList(questions, { sector: 'horeca', answers }, THEMES).map((action) => action.id), ['alarm', 'terras']);
  const extra = [q('regionaal', 'onbekend', 1, 1), q('alarm', 'inbraak', 1, 10)];
  assert.deepEqual(actionList(extra, { sector: '', answers: { regionaal: 'nee', alarm: 'nee' } }, THEMES).map((action) => action.id), ['alarm', 'regionaal']);
});

test('stored state is read defensively', () => {
  assert.deepEqual(readState(null), { sector: '', answers: {} });
  assert.deepEqual(readState('niet json'), { sector: '', answers: {} });
  assert.deepEqual(readState('[1,2]'), { sector: '', answers: {} });
  assert.deepEqual(readState(JSON.stringify({ sector: 'horeca', answers: { a: 'ja', b: 'misschien', c: 'weet-niet', d: 3 } })), { sector: 'horeca', answers: { a: 'ja', c: 'weet-niet' } });
});
