import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { branchProblem, localAdminPage, localConfig } from '../../../scripts/lib/cms/cms-server.ts';

test('the local configuration points at this server and hides "Publiceer" in every collection', () => {
  const config = parse(localConfig('backend: {name: github}\ncollections:\n  - name: concepts\n  - name: voorbeeld-noord-events\n', 'http://127.0.0.1:5800', 'mijn-wijziging')) as {
    backend: { name: string; branch: string };
    local_backend: { url: string };
    collections: { name: string; publish: boolean }[];
  };
  assert.equal(config.local_backend.url, 'http://127.0.0.1:5800/api/v1');
  // The checked-out branch, not the published configuration's main: decap-server reads and saves there.
  assert.deepEqual(config.backend, { name: 'github', branch: 'mijn-wijziging' });
  assert.deepEqual(
    config.collections.map((collection) => collection.publish),
    [false, false],
  );
});

test('the local admin page says in Dutch where publishing happens instead', () => {
  const page = localAdminPage('<html><body><script src="x.js"></script></body></html>');
  assert.match(page, /<p id="lokale-cms" role="note"[^>]*><strong>Lokale CMS: hier publiceert u niet\.<\/strong>.*git push origin cms\/&lt;soort&gt;\/&lt;naam&gt;.*<\/p><\/body>/);
});

test('the CMS starts on a branch of the editor, not on a detached HEAD or one of its own cms/ branches', () => {
  assert.equal(branchProblem('main'), undefined);
  assert.equal(branchProblem('gelderland-zuid-agenda'), undefined);
  assert.match(branchProblem('HEAD')!, /geen branch uitgecheckt.*git checkout -b mijn-wijziging/);
  assert.match(branchProblem('cms/concepts/keurmerk')!, /U staat op cms\/concepts\/keurmerk.*git checkout main/);
});
