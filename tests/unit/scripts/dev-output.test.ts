import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devOutputFilter } from '../../../scripts/lib/build/dev-output.ts';

const reference = (owner: string, collection: string, field: string) =>
  `08:37:26 \u001b[31m[ERROR]\u001b[39m [content] Invalid content reference: entry "${owner}" in collection "${collection}" (field: ${field}) references "overvallen" in collection "themes", but that entry does not exist.\n`;

test('Astro\'s English reference errors after a broken file become one Dutch line per missing entry', () => {
  let out = '';
  const filter = devOutputFilter((text) => (out += text));
  filter.push('08:37:26 [WARN] [edition-loader-themes] 1 fout in de inhoud\n');
  filter.push(reference('burgernet', 'concepts', 'themes[0]') + reference('camera-in-beeld', 'concepts', 'themes[1]'));
  filter.push(reference('checklist-overvalpreventie', 'toolkits', 'themes[0]') + '08:37:26 [content] Synced content\n');
  filter.flush();
  assert.doesNotMatch(out, /Invalid content reference/);
  assert.equal(
    out,
    '08:37:26 [WARN] [edition-loader-themes] 1 fout in de inhoud\n' +
      '  ✗ 3 teksten verwijzen naar themes/overvallen (concepts/burgernet, concepts/camera-in-beeld, toolkits/checklist-overvalpreventie), dat door de fout hierboven ontbreekt. Hun pagina’s tonen de foutpagina tot u die fout verbetert.\n' +
      '08:37:26 [content] Synced content\n',
  );
});

test('other output passes unchanged, also a line that arrives in pieces', async () => {
  let out = '';
  const filter = devOutputFilter((text) => (out += text), 10);
  filter.push(' astro  v7.3.5 ready in 2529 ms\n┃ Local    http://127.0.0.1:4321/\nwatching for ');
  filter.push('file changes...\n');
  assert.equal(out, ' astro  v7.3.5 ready in 2529 ms\n┃ Local    http://127.0.0.1:4321/\nwatching for file changes...\n');
  filter.push('Druk op een toets');
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(out.endsWith('Druk op een toets'), true);
});
