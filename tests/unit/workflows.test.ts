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

test('pull requests get a preview on Pages under pr-<number>/, one bot comment, and removal on close', () => {
  const preview = parse(readFileSync('.github/workflows/preview.yml', 'utf8'));
  const publish = parse(readFileSync('.github/workflows/preview-publish.yml', 'utf8'));
  const cleanup = parse(readFileSync('.github/workflows/preview-cleanup.yml', 'utf8'));
  const buildStep = preview.jobs.build.steps.find((step: { run?: string }) => step.run === 'npm run build:all');
  assert.match(buildStep.env.PAGES_BASE, /pr-\$\{\{ github\.event\.number \}\}\/$/);
  // The job that runs the pull request's code can only read; writing happens where no such code runs.
  assert.deepEqual(preview.permissions, { contents: 'read' });
  assert.equal(preview.jobs.build.permissions, undefined);
  assert.deepEqual(publish.jobs.publish.permissions, { contents: 'write', 'pull-requests': 'write', actions: 'read' });
  assert.ok(!JSON.stringify(publish).includes('npm'), 'the publishing workflow runs no project code');
  assert.match(JSON.stringify(publish), /kennisbank-preview/);
  assert.match(JSON.stringify(publish), /pull_request_template\.md/, 'CMS pull requests get the template');
  assert.deepEqual(cleanup.on, { pull_request_target: { types: ['closed'] } });
  assert.match(JSON.stringify(cleanup), /git rm -rq \\"pr-\$PR\\"/);
});

test('workflows keep write permissions in the jobs that need them; the preview workflows pin actions to a commit', () => {
  for (const file of workflows) assert.deepEqual(parse(readFileSync(`.github/workflows/${file}`, 'utf8')).permissions, { contents: 'read' }, `${file}: top-level permissions`);
  for (const file of ['preview.yml', 'preview-publish.yml', 'preview-cleanup.yml']) {
    for (const match of readFileSync(`.github/workflows/${file}`, 'utf8').matchAll(/uses:\s*(\S+)(.*)/g)) {
      assert.match(match[1]!, /@[0-9a-f]{40}$/, `${file}: ${match[1]} pinned to a full commit SHA`);
      assert.match(match[2]!, /# v\d/, `${file}: ${match[1]} names its tag in a comment`);
    }
  }
});
