/**
 * The deploy workflow tests each edition in its own job (a matrix over the
 * editions build:all selects), under the path it is published at, and
 * publishes those jobs' artefacts in one job; a fork that sets the EDITIONS
 * variable tests and publishes only its own edition. (workflows.test.ts checks
 * the general rule: what is published is the artefact the tests passed.)
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

test('deploy: one test job per edition, under its published path, then one publishing job with every edition', () => {
  const { editions, test: tested, deploy: publish } = deploy.jobs;
  assert.ok(editions && tested && publish);
  assert.ok(editions.steps.some((step) => /build-all\.ts --list/.test(step.run ?? '')), 'the editions job lists the editions');
  assert.equal(tested.strategy?.matrix.edition, '${{ fromJSON(needs.editions.outputs.list) }}');
  // Each job tests one edition, built for the shared host (PAGES_URL, PAGES_BASE) exactly as it is published.
  assert.equal(tested.env?.EDITIONS, '${{ matrix.edition }}');
  assert.equal(tested.env?.PAGES_URL, '${{ needs.editions.outputs.url }}');
  assert.equal(tested.env?.PAGES_BASE, '${{ needs.editions.outputs.base }}');
  assert.equal(tested.env?.PAGES_EDITIONS, "${{ join(fromJSON(needs.editions.outputs.list), ' ') }}");
  // merge-multiple can garble a file that several artefacts hold: the root pages come from one job only.
  const uploads = tested.steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@')) as (Step & { if?: string })[];
  const edition = uploads.find((step) => step.with?.name === 'site-${{ matrix.edition }}');
  assert.deepEqual(String(edition?.with?.path).trim().split('\n'), ['_site', '!_site/index.html', '!_site/404.html']);
  const root = uploads.find((step) => step.with?.name === 'site--root');
  assert.equal(root?.if, 'matrix.edition == fromJSON(needs.editions.outputs.list)[0]');
  assert.deepEqual(String(root?.with?.path).trim().split('\n'), ['_site/index.html', '_site/404.html']);
  const download = publish.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'));
  assert.equal(download?.with?.pattern, 'site-*');
  assert.equal(download?.with?.['merge-multiple'], true);
  assert.ok(!publish.steps.some((step) => step.uses?.startsWith('actions/setup-node@')), 'the publishing job builds nothing');
});

test('the Pages address does not depend on github.event, which a scheduled run lacks', () => {
  assert.doesNotMatch(readFileSync('.github/workflows/deploy.yml', 'utf8'), /github\.event\.repository/);
});

test('a fork selects its own edition with the EDITIONS variable, in tests and in deploys', () => {
  for (const job of [deploy.jobs.editions!, testFlow.jobs.test!]) assert.equal(job.env?.EDITIONS, '${{ vars.EDITIONS }}');
});
