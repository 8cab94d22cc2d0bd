import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { localAdminPage, localConfig } from '../../../scripts/lib/cms-server.ts';

test('the local configuration points at this server and hides "Publiceer" in every collection', () => {
  const config = parse(localConfig('backend: {name: github}\ncollections:\n  - name: concepts\n  - name: voorbeeld-noord-events\n', 'http://127.0.0.1:5800')) as {
    local_backend: { url: string };
    collections: { name: string; publish: boolean }[];
  };
  assert.equal(config.local_backend.url, 'http://127.0.0.1:5800/api/v1');
  assert.deepEqual(
    config.collections.map((collection) => collection.publish),
    [false, false],
  );
});

test('the local admin page says in Dutch where publishing happens instead', () => {
  const page = localAdminPage('<html><body><script src="x.js"></script></body></html>');
  assert.match(page, /<p id="lokale-cms" role="note"[^>]*><strong>Lokale CMS: hier publiceert u niet\.<\/strong>.*git push origin cms\/&lt;soort&gt;\/&lt;naam&gt;.*<\/p><\/body>/);
});
