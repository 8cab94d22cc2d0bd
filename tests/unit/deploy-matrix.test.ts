/**
 * The deploy workflow builds each edition in its own job (a matrix over the
 * editions build:all selects) and publishes them in one job; a fork that sets
 * the EDITIONS variable builds, tests and publishes only its own edition.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  env?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown> };
  steps: Step[];
}
const deploy = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as { jobs: Record<string, Job> };
const testFlow = parse(readFileSync('.github/workflows/test.yml', 'utf8')) as { jobs: Record<string, Job> };

test('deploy: one build job per edition, then one publishing job with every edition', () => {
  const { editions, build, deploy: publish } = deploy.jobs;
  assert.ok(editions && build && publish);
  assert.ok(editions.steps.some((step) => /build-all\.ts --list/.test(step.run ?? '')), 'the editions job lists the editions');
  assert.ok(editions.steps.some((step) => /build-all\.ts --index-only/.test(step.run ?? '')), 'the editions job writes the root page');
  assert.equal(build.strategy?.matrix.edition, '${{ fromJSON(needs.editions.outputs.list) }}');
  assert.ok(build.steps.some((step) => step.run === 'npm run build:all -- --no-index ${{ matrix.edition }}'));
  const download = publish.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'));
  assert.equal(download?.with?.pattern, 'edition-*');
  assert.equal(download?.with?.['merge-multiple'], true);
});

test('a fork selects its own edition with the EDITIONS variable, in tests and in deploys', () => {
  for (const job of [deploy.jobs.test!, deploy.jobs.editions!, testFlow.jobs.test!]) assert.equal(job.env?.EDITIONS, '${{ vars.EDITIONS }}');
});
