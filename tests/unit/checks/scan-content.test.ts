/**
 * The national self-scan as issue 23 asks for it: at least 40 questions, every theme covered, every
 * question sourced, and enough priority-1 advice for a "do this first" list.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEdition } from '../../../src/lib/editions/edition.ts';
import { editionPaths, planCollection } from '../../../src/lib/editions/edition-plan.ts';
import { THEME_SLUGS } from '../../../src/lib/model/taxonomy.ts';

const plan = planCollection('scan', resolveEdition({}, process.cwd()), editionPaths(process.cwd(), {}));
const questions = plan.entries.filter((entry) => entry.lang === 'nl').map((entry) => entry.parsed!);

test('the national scan has at least 40 valid questions over every theme', () => {
  assert.deepEqual(plan.problems, []);
  assert.ok(questions.length >= 40, `${questions.length} vragen`);
  for (const theme of THEME_SLUGS) assert.ok(questions.some((question) => (question.theme as { id: string }).id === theme), theme);
});

test('every question is sourced and at least five give priority-1 advice', () => {
  for (const question of questions) assert.ok((question.sources as unknown[]).length > 0, String(question.title));
  assert.ok(questions.filter((question) => question.priority === 1).length >= 5);
});
