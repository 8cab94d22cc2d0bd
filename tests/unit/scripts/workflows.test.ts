/**
 * CI holds least privilege (OpenSSF Scorecard's practices), checked on the
 * parsed YAML of EVERY workflow in .github/workflows/, including ones added
 * later (link checks, …):
 * - top-level `permissions: contents: read`; write scopes only in jobs that
 *   run no project or pull-request code (no npm), and `pages`/`id-token` only
 *   where actions/deploy-pages runs;
 * - every action pinned to a full commit SHA with its version tag in a comment;
 * - checkout keeps no token in the git config, except in a job that must push;
 * - `pull_request_target` never checks out or runs the pull request's code;
 * - Dependabot proposes updates for npm and for the actions;
 * - a push to main runs the test suite once, and every job that writes
 *   (publishes) waits for it;
 * - what a push to main publishes is the artefact the job that ran the suite
 *   uploaded: the folder the tests read, uploaded right after them, with no
 *   build (no project code) in between and none in the publishing job.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { listRegions } from '../../../src/lib/editions/region-config.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  env?: Record<string, string>;
  steps?: Step[];
  uses?: string;
}
interface Workflow {
  on: string | string[] | Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((file) => /\.ya?ml$/.test(file));
const workflows = files.map((file) => ({ file, text: readFileSync(`${DIR}/${file}`, 'utf8'), flow: parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Workflow }));

/** Write scopes only these actions need; no other job may hold them. */
const SCOPES_ONLY_FOR: Record<string, string[]> = {
  'actions/deploy-pages': ['pages', 'id-token'],
};

function triggers(flow: Workflow): string[] {
  return typeof flow.on === 'string' ? [flow.on] : Array.isArray(flow.on) ? flow.on : Object.keys(flow.on);
}

const writeScopes = (job: Job) => (typeof job.permissions === 'object' ? Object.entries(job.permissions).filter(([, level]) => level === 'write').map(([scope]) => scope) : []);
/** A step runs project (or pull request) code when it runs npm/npx/node. */
const isProjectCode = (step: Step) => /\b(npm|npx|node)\b/.test(step.run ?? '');
const runsProjectCode = (job: Job) => (job.steps ?? []).some(isProjectCode);
const isSuite = (step: Step) => step.run === 'npm test';
const action = (step: Step) => step.uses?.split('@')[0];

function onPushToMain(flow: Workflow): boolean {
  if (typeof flow.on !== 'object' || Array.isArray(flow.on)) return triggers(flow).includes('push');
  const push = (flow.on as Record<string, { branches?: string[] } | null>).push;
  return push !== undefined && (!push?.branches || push.branches.includes('main'));
}

/** The artefact an upload step stores (actions/upload-pages-artifact stores `github-pages` unless named). */
function uploaded(step: Step): string | undefined {
  if (action(step) === 'actions/upload-artifact') return String(step.with?.name ?? 'artifact');
  if (action(step) === 'actions/upload-pages-artifact') return String(step.with?.name ?? 'github-pages');
  return undefined;
}

/** The artefacts a step takes to publish, as a glob (actions/deploy-pages fetches `github-pages` itself). */
function downloaded(step: Step): string | undefined {
  if (action(step) === 'actions/download-artifact') return String(step.with?.name ?? step.with?.pattern ?? '*');
  if (action(step) === 'actions/deploy-pages') return String(step.with?.artifact_name ?? 'github-pages');
  return undefined;
}

/** Every path an upload takes (exclusions, `!…`, aside) is the folder `outRoot` or lies in it. */
function uploadsFrom(paths: string, outRoot: string): boolean {
  const included = paths.split('\n').map((path) => path.trim()).filter((path) => path && !path.startsWith('!'));
  return included.length > 0 && included.every((path) => path.replace(/\/$/, '') === outRoot || path.startsWith(`${outRoot}/`));
}

/** A glob of download-artifact (`site-*`) as a regular expression. */
const globRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);

/**
 * Problems with "publish what was tested" in a workflow that runs on a push to main: every job that
 * writes publishes only artefacts it downloads, and every artefact it downloads was uploaded by a job
 * that ran `npm test`, straight after it (no step in between runs project code), from the folder the
 * suite built and read (OUT_ROOT, default dist).
 */
function publishProblems(file: string, flow: Workflow): string[] {
  const problems: string[] = [];
  const uploads = Object.entries(flow.jobs).flatMap(([job, { steps = [], env = {} }]) =>
    steps.flatMap((step, index) => {
      const name = uploaded(step);
      if (name === undefined) return [];
      const suite = steps.findIndex(isSuite);
      const between = suite < 0 ? [] : steps.slice(suite + 1, index);
      return [{ job, name, path: String(step.with?.path ?? ''), tested: suite >= 0 && suite < index && !between.some(isProjectCode), outRoot: env.OUT_ROOT ?? 'dist' }];
    }),
  );
  for (const [name, job] of Object.entries(flow.jobs)) {
    if (!writeScopes(job).length) continue;
    const downloads = (job.steps ?? []).flatMap((step) => downloaded(step) ?? []);
    if (!downloads.length) problems.push(`${file}: job ${name} publishes without downloading a tested artefact`);
    for (const download of downloads) {
      const wanted = globRegExp(download);
      // An upload name with an expression (`site-${{ matrix.edition }}`) stands for every name it can give.
      const sources = uploads.filter((upload) => wanted.test(upload.name.replace(/\$\{\{[^}]*\}\}/g, 'x')));
      if (!sources.length) problems.push(`${file}: job ${name} publishes artefact ${download}, which no job of this workflow uploads`);
      for (const source of sources) {
        if (!source.tested) problems.push(`${file}: job ${name} publishes artefact ${source.name} from job ${source.job}, which did not upload it straight after npm test: publish the build the tests passed, do not rebuild`);
        else if (!uploadsFrom(source.path, source.outRoot)) problems.push(`${file}: job ${source.job} uploads ${source.path}, not from the folder the suite built and tested (${source.outRoot})`);
      }
    }
  }
  return problems;
}

/** Problems with least privilege in one workflow. */
function permissionProblems(file: string, flow: Workflow): string[] {
  const problems: string[] = [];
  if (JSON.stringify(flow.permissions) !== JSON.stringify({ contents: 'read' })) problems.push(`${file}: top-level permissions must be exactly "contents: read", found ${JSON.stringify(flow.permissions)}`);
  for (const [name, job] of Object.entries(flow.jobs)) {
    if (typeof job.permissions === 'string') {
      problems.push(`${file}: job ${name} uses "permissions: ${job.permissions}"; list scopes one by one`);
      continue;
    }
    const writes = writeScopes(job);
    if (writes.length && runsProjectCode(job)) problems.push(`${file}: job ${name} runs project code with ${writes.join(', ')}: write; build in a read-only job and publish its artefact`);
    const uses = new Set((job.steps ?? []).map((step) => step.uses?.split('@')[0] ?? ''));
    for (const [action, scopes] of Object.entries(SCOPES_ONLY_FOR)) {
      for (const scope of writes.filter((write) => scopes.includes(write))) {
        if (!uses.has(action)) problems.push(`${file}: job ${name} gets ${scope}: write without running ${action}`);
      }
    }
  }
  return problems;
}

/** Problems with action pinning: `owner/repo@<40 hex> # vX` on the same line. */
function pinningProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    const match = /^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!match) continue;
    const [, target = '', rest = ''] = match;
    if (target.startsWith('../') || target.startsWith('docker://')) continue;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(target)) problems.push(`${file}:${index + 1}: ${target} is not pinned to a full commit SHA`);
    else if (!/^\s+#\s*v\d+(\.\d+)*\s*$/.test(rest)) problems.push(`${file}:${index + 1}: ${target} needs its version tag in a comment (# vX.Y.Z)`);
  }
  return problems;
}

test('every workflow validates against the GitHub Actions workflow schema', () => {
  assert.ok(workflows.length >= 2);
  for (const { file, text } of workflows) {
    const state = validateWorkflow(text);
    assert.deepEqual(state.errors, [], `${file}: ${JSON.stringify(state.errors)}`);
  }
});

test('every workflow reads only by default; write scopes only in the job that needs them', () => {
  assert.deepEqual(workflows.flatMap(({ file, flow }) => permissionProblems(file, flow)), []);
  // The rule bites: the old deploy.yml (pages/id-token for every job) and a stray write are refused.
  assert.equal(permissionProblems('x.yml', { on: 'push', permissions: { contents: 'read', pages: 'write', 'id-token': 'write' }, jobs: {} }).length, 1);
  assert.equal(permissionProblems('x.yml', { on: 'push', permissions: { contents: 'read' }, jobs: { build: { permissions: { contents: 'write' }, steps: [{ run: 'npm ci' }, { run: 'npm test' }] } } }).length, 1);
  assert.equal(permissionProblems('x.yml', { on: 'push', permissions: { contents: 'read' }, jobs: { publish: { permissions: { pages: 'write' }, steps: [{ run: 'git push' }] } } }).length, 1);
  assert.equal(permissionProblems('x.yml', { on: 'push', permissions: 'write-all', jobs: {} }).length, 1);
});

test('every action is pinned to a full commit SHA with its tag in a comment', () => {
  assert.deepEqual(workflows.flatMap(({ file, text }) => pinningProblems(file, text)), []);
  assert.equal(pinningProblems('x.yml', '      - uses: actions/checkout@v4\n').length, 1);
  assert.equal(pinningProblems('x.yml', '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1\n').length, 1);
  assert.equal(pinningProblems('x.yml', '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n').length, 0);
});

test('checkout keeps no token except where a job must push, and pull_request_target never touches pull request code', () => {
  for (const { file, flow, text } of workflows) {
    for (const [name, job] of Object.entries(flow.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith('actions/checkout@')) continue;
        const pushes = writeScopes(job).includes('contents');
        if (!pushes) assert.equal(step.with?.['persist-credentials'], false, `${file}: job ${name}: checkout needs persist-credentials: false`);
      }
    }
    if (triggers(flow).includes('pull_request_target')) {
      assert.doesNotMatch(text, /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref/, `${file}: pull_request_target must not check out the pull request`);
      assert.ok(!Object.values(flow.jobs).some(runsProjectCode), `${file}: pull_request_target must not run project code`);
    }
  }
});

test('Dependabot proposes updates for npm and for the pinned actions', () => {
  const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { version: number; updates: { 'package-ecosystem': string; directory: string }[] };
  assert.equal(config.version, 2);
  assert.deepEqual(config.updates.map((update) => update['package-ecosystem']).sort(), ['github-actions', 'npm']);
});

test('a push to main runs the test suite once, and publishing waits for it', () => {
  const pushed = workflows.filter(({ flow }) => onPushToMain(flow));
  const suiteRuns = pushed.flatMap(({ file, flow }) => Object.entries(flow.jobs).filter(([, job]) => (job.steps ?? []).some(isSuite)).map(([name]) => `${file}:${name}`));
  assert.equal(suiteRuns.length, 1, `the suite runs in ${suiteRuns.join(', ')}`);
  for (const { file, flow } of pushed) {
    for (const [name, job] of Object.entries(flow.jobs)) {
      if (!writeScopes(job).length) continue;
      // publish → build → test: what a push to main publishes comes from a run whose tests passed.
      const chain: string[] = [];
      let current: string | undefined = name;
      while (current && !chain.includes(current)) {
        chain.push(current);
        const needs: string | string[] | undefined = flow.jobs[current]?.needs;
        current = Array.isArray(needs) ? needs[0] : needs;
      }
      assert.ok(chain.some((step) => (flow.jobs[step]?.steps ?? []).some(isSuite)), `${file}: ${chain.join(' → ')} must include the test job`);
    }
  }
});

test('a push to main publishes the artefact the tests passed, with no rebuild between test and publish', () => {
  const pushed = workflows.filter(({ flow }) => onPushToMain(flow));
  assert.ok(pushed.some(({ flow }) => Object.values(flow.jobs).some((job) => writeScopes(job).length)), 'some workflow publishes on a push to main');
  assert.deepEqual(pushed.flatMap(({ file, flow }) => publishProblems(file, flow)), []);

  // The rule bites: the old shape (test, then a build job whose upload is published) and its variants are refused.
  const checkout = { uses: 'actions/checkout@x' };
  const publish = { needs: 'build', permissions: { contents: 'write' }, steps: [{ uses: 'actions/download-artifact@x', with: { pattern: 'edition-*', 'merge-multiple': true } }, { run: 'git push' }] };
  const upload = (name: string, path = 'dist') => ({ uses: 'actions/upload-artifact@x', with: { name, path } });
  const flow = (jobs: Record<string, Job>): Workflow => ({ on: { push: { branches: ['main'] } }, permissions: { contents: 'read' }, jobs });
  const tested = { steps: [checkout, { run: 'npm ci' }, { run: 'npm test' }, upload('edition-${{ matrix.edition }}')] };
  assert.deepEqual(publishProblems('x.yml', flow({ test: tested, deploy: publish })), []);
  assert.equal(publishProblems('x.yml', flow({ test: { steps: [{ run: 'npm test' }] }, build: { needs: 'test', steps: [{ run: 'npm run build:all' }, upload('edition-${{ matrix.edition }}')] }, deploy: publish })).length, 1, 'a rebuild after the tests');
  assert.equal(publishProblems('x.yml', flow({ test: { steps: [{ run: 'npm test' }, { run: 'npm run build:all' }, upload('edition-a')] }, deploy: publish })).length, 1, 'a rebuild in the test job');
  assert.equal(publishProblems('x.yml', flow({ test: tested, root: { steps: [{ run: 'node scripts/build-all.ts --index-only' }, upload('edition--root')] }, deploy: publish })).length, 1, 'an untested upload among the published ones');
  assert.equal(publishProblems('x.yml', flow({ test: { steps: [{ run: 'npm test' }, upload('edition-a', 'somewhere-else')] }, deploy: publish })).length, 1, 'another folder than the tested one');
  assert.equal(publishProblems('x.yml', flow({ test: { steps: [{ run: 'npm test' }, upload('edition-a', 'dist/a\n../elsewhere\n!dist/x')] }, deploy: publish })).length, 1, 'partly another folder');
  assert.deepEqual(publishProblems('x.yml', flow({ test: { steps: [{ run: 'npm test' }, upload('edition-a', 'dist\n!dist/index.html'), upload('edition--root', 'dist/index.html')] }, deploy: publish })), []);
  assert.equal(publishProblems('x.yml', flow({ test: tested, deploy: { ...publish, steps: [checkout, { run: 'git push' }] } })).length, 1, 'publishing without the artefact');
  // GitHub's own Pages deployment (upload-pages-artifact, then deploy-pages) follows the same rule.
  const pages = { permissions: { pages: 'write', 'id-token': 'write' }, steps: [{ uses: 'actions/deploy-pages@x' }] };
  assert.deepEqual(publishProblems('x.yml', flow({ test: { env: { OUT_ROOT: '_site' }, steps: [{ run: 'npm test' }, { uses: 'actions/upload-pages-artifact@x', with: { path: '_site/' } }] }, deploy: pages })), []);
  assert.equal(publishProblems('x.yml', flow({ test: { steps: [{ run: 'npm test' }] }, build: { steps: [{ run: 'npm run build' }, { uses: 'actions/upload-pages-artifact@x', with: { path: 'dist' } }] }, deploy: pages })).length, 1, 'Pages from a rebuild');
});

test('pull requests get the content check and a preview artefact', () => {
  const testFlow = parse(readFileSync(`${DIR}/test.yml`, 'utf8')) as Workflow;
  const steps = testFlow.jobs.test!.steps ?? [];
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

test('previews run and publish only for branches of this repository, never for forks, and build without an offline worker', () => {
  const preview = parse(readFileSync('.github/workflows/preview.yml', 'utf8'));
  const publish = parse(readFileSync('.github/workflows/preview-publish.yml', 'utf8'));
  // A preview is published on the production origin: code from a fork must never run there (issue 21, item 9).
  assert.equal(preview.on.pull_request_target, undefined, 'pull_request_target would hand a fork write access');
  assert.equal(preview.jobs.build.if, 'github.event.pull_request.head.repo.full_name == github.repository');
  assert.match(publish.jobs.publish.if, /github\.event\.workflow_run\.head_repository\.full_name == github\.repository/);
  assert.match(publish.jobs.publish.if, /github\.event\.workflow_run\.event == 'pull_request'/);
  const buildStep = preview.jobs.build.steps.find((step: { run?: string }) => step.run === 'npm run build:all');
  assert.equal(buildStep.env.PREVIEW, '1', 'a preview build emits no worker that would outlive it');
  // Every action stays pinned to a commit.
  for (const flow of [preview, publish]) {
    for (const job of Object.values(flow.jobs) as { steps: { uses?: string }[] }[]) {
      for (const step of job.steps) if (step.uses) assert.match(step.uses, /@[0-9a-f]{40}$/, step.uses);
    }
  }
});
