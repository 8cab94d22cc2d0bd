import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { listRegions } from '../../src/lib/region-config.ts';

const workflows = readdirSync('.github/workflows').filter((file) => file.endsWith('.yml'));

test('every workflow validates against the GitHub Actions workflow schema', () => {
  assert.ok(workflows.length >= 2);
  for (const file of workflows) {
    const state = validateWorkflow(readFileSync(`.github/workflows/${file}`, 'utf8'));
    assert.deepEqual(state.errors, [], `${file}: ${JSON.stringify(state.errors)}`);
  }
});

test('deploy runs only after the tests passed', () => {
  const deploy = parse(readFileSync('.github/workflows/deploy.yml', 'utf8'));
  assert.equal(deploy.jobs.build.needs, 'test');
  assert.equal(deploy.jobs.deploy.needs, 'build');
  assert.ok(deploy.jobs.test.steps.some((step: { run?: string }) => step.run === 'npm test'));
});

test('pull requests get the content check and a preview artefact', () => {
  const testFlow = parse(readFileSync('.github/workflows/test.yml', 'utf8'));
  const steps = testFlow.jobs.test.steps as { run?: string; uses?: string }[];
  assert.ok(steps.some((step) => step.run === 'npm run check'));
  assert.ok(steps.some((step) => step.uses?.startsWith('actions/upload-artifact')));
});

test('CODEOWNERS gives national editors content/ and each PVO its own regions folder', () => {
  const owners = readFileSync('.github/CODEOWNERS', 'utf8');
  assert.match(owners, /^\/content\/\s+@\S+/m);
  for (const region of listRegions('.')) assert.match(owners, new RegExp(`^/regions/${region}/\\s+@\\S+`, 'm'));
});
