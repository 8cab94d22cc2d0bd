import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkUrls } from '../../../scripts/lib/links/check-urls.ts';
import { collectExternalLinks, extractExternalLinks, formatReport, ISSUE_LABEL, ISSUE_TITLE, linkListHtml, MAX_BODY_LENGTH, verdictOf } from '../../../scripts/lib/links/link-rot.ts';

test('external links are found in Markdown, front matter and bare text, with their line', () => {
  const text = [
    '---',
    'sources:',
    '  - title: "Bron"',
    '    url: "https://www.politie.nl/themas/aangifte-doen.html"',
    '---',
    'Lees [de gids](https://hetccv.nl/onderwerpen/x/) en kijk op https://www.justis.nl/Producten/bibob/.',
    'Intern: [melden](/over/melden/) en een voorbeeld: https://pvo-noord.example/ of mailto:info@x.nl',
  ].join('\n');
  assert.deepEqual(extractExternalLinks(text, 'content/a.mdx'), [
    { url: 'https://www.politie.nl/themas/aangifte-doen.html', file: 'content/a.mdx', line: 4 },
    { url: 'https://hetccv.nl/onderwerpen/x/', file: 'content/a.mdx', line: 6 },
    { url: 'https://www.justis.nl/Producten/bibob/', file: 'content/a.mdx', line: 6 },
  ]);
});

test('verdicts: gone or unknown host is broken; refusals and timeouts are listed to check by hand', () => {
  assert.equal(verdictOf(200, 'OK'), 'ok');
  assert.equal(verdictOf(404, 'BROKEN'), 'broken');
  assert.equal(verdictOf(410, 'BROKEN'), 'broken');
  assert.equal(verdictOf(0, 'BROKEN', 'ENOTFOUND'), 'broken');
  assert.equal(verdictOf(403, 'BROKEN'), 'unchecked');
  assert.equal(verdictOf(429, 'BROKEN'), 'unchecked');
  assert.equal(verdictOf(0, 'BROKEN', 'UND_ERR_CONNECT_TIMEOUT'), 'unchecked');
});

test('the report lists broken links by file and line, then the ones to check by hand', () => {
  const occurrences = [
    { url: 'https://a.nl/weg', file: 'content/themes/b.mdx', line: 12 },
    { url: 'https://a.nl/weg', file: 'content/concepts/a.mdx', line: 3 },
    { url: 'https://b.nl/', file: 'content/concepts/a.mdx', line: 4 },
    { url: 'https://c.nl/', file: 'regions/noord/region.yaml', line: 9 },
  ];
  const { body, broken, unchecked } = formatReport(
    occurrences,
    [
      { url: 'https://a.nl/weg', status: 404, verdict: 'broken' },
      { url: 'https://b.nl/', status: 200, verdict: 'ok' },
      { url: 'https://c.nl/', status: 403, verdict: 'unchecked' },
    ],
    new Date('2026-11-30T04:00:00Z'),
  );
  assert.equal(broken, 1);
  assert.equal(unchecked, 1);
  assert.match(body, /\(2026-11-30\): 3 adressen, 1 kapot, 1 niet te controleren/);
  const brokenPart = body.slice(body.indexOf('## Kapot'), body.indexOf('## Niet te controleren'));
  assert.match(brokenPart, /### `content\/concepts\/a\.mdx`\n\n- \[ \] regel 3: https:\/\/a\.nl\/weg — HTTP 404\n\n### `content\/themes\/b\.mdx`\n\n- \[ \] regel 12: https:\/\/a\.nl\/weg — HTTP 404/);
  assert.doesNotMatch(brokenPart, /b\.nl/);
  assert.match(body.slice(body.indexOf('## Niet te controleren')), /### `regions\/noord\/region\.yaml`\n\n- \[ \] regel 9: https:\/\/c\.nl\/ — HTTP 403/);
});

test('a very long report stays under GitHub’s limit for an issue body', () => {
  const occurrences = Array.from({ length: 2000 }, (_, i) => ({ url: `https://a.nl/${i}/${'x'.repeat(40)}`, file: `content/f${i}.mdx`, line: 1 }));
  const { body } = formatReport(occurrences, occurrences.map(({ url }) => ({ url, status: 404, verdict: 'broken' as const })), new Date());
  assert.ok(body.length <= MAX_BODY_LENGTH + 200, String(body.length));
  assert.match(body, /ingekort/);
});

test('the link page escapes URLs and lists each once', () => {
  const html = linkListHtml(['https://a.nl/?a=1&b="2"', 'https://a.nl/?a=1&b="2"']);
  assert.equal(html.match(/<li>/g)?.length, 1);
  assert.match(html, /href="https:\/\/a\.nl\/\?a=1&amp;b=&quot;2&quot;"/);
});

test('offline: linkinator against a local server reports the dead link with file and line, not the live one', async () => {
  const server = createServer((request, response) => {
    response.writeHead(request.url === '/levend' ? 200 : 404, { 'content-type': 'text/html' });
    response.end(request.method === 'HEAD' ? undefined : '<!doctype html><title>t</title>');
  });
  // TEST_PORT keeps the server in a known range on shared machines; 0 lets the system choose.
  await new Promise<void>((resolve) => server.listen(Number(process.env.TEST_PORT ?? 0), '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const root = mkdtempSync(join(tmpdir(), 'kvo-linkrot-'));
  try {
    mkdirSync(join(root, 'content', 'themes'), { recursive: true });
    writeFileSync(join(root, 'content', 'themes', 'a.mdx'), `---\ntitle: A\n---\nZie [levend](http://127.0.0.1:${port}/levend).\n\nEn [dood](http://127.0.0.1:${port}/dood).\n`);
    const occurrences = collectExternalLinks(root);
    assert.equal(occurrences.length, 2);
    const results = await checkUrls(
      occurrences.map(({ url }) => url),
      { port: process.env.TEST_PORT ? Number(process.env.TEST_PORT) + 1 : undefined, timeout: 5_000 },
    );
    assert.deepEqual(
      results.map(({ url, status, verdict }) => [new URL(url).pathname, status, verdict]),
      [['/levend', 200, 'ok'], ['/dood', 404, 'broken']],
    );
    const { body, broken } = formatReport(occurrences, results, new Date());
    assert.equal(broken, 1);
    assert.match(body, new RegExp(`### \`content/themes/a\\.mdx\`\\n\\n- \\[ \\] regel 6: http://127\\.0\\.0\\.1:${port}/dood — HTTP 404`));
    assert.doesNotMatch(body, /levend/);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('the weekly workflow checks with least privilege and keeps one issue', () => {
  const text = readFileSync('.github/workflows/link-rot.yml', 'utf8');
  const flow = parse(text) as {
    on: { schedule: { cron: string }[] };
    permissions: Record<string, string>;
    jobs: Record<string, { permissions: Record<string, string>; steps: { uses?: string; run?: string }[] }>;
  };
  assert.ok(flow.on.schedule[0]!.cron.split(' ')[4] !== '*', 'runs once a week');
  assert.deepEqual(flow.permissions, { contents: 'read' });
  assert.deepEqual(flow.jobs.check!.permissions, { contents: 'read' });
  assert.deepEqual(flow.jobs.report!.permissions, { issues: 'write' });
  for (const step of Object.values(flow.jobs).flatMap((job) => job.steps)) {
    if (step.uses) assert.match(step.uses, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, step.uses);
  }
  assert.match(text, /@[0-9a-f]{40} # v\d/);
  assert.ok(flow.jobs.check!.steps.some((step) => step.run?.includes('npm run links:external')));
  const report = flow.jobs.report!.steps.map((step) => step.run ?? '').join('\n');
  assert.ok(report.includes(`--label ${ISSUE_LABEL}`) && report.includes(`--title "${ISSUE_TITLE}"`));
});
