import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentCache } from '../../../src/lib/editions/content-cache.ts';
import { parseContentFile } from '../../../src/lib/model/front-matter.ts';

test('a saved cache serves the same text without parsing again, and never a changed text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-cache-'));
  try {
    const path = join(dir, 'cache.bin');
    const text = '---\ntitle: Overvallen\nreviewed: 2026-11-01\n---\n\n## Kop\n';
    let parses = 0;
    const parse = (body: string) => () => {
      parses++;
      return parseContentFile(body, 'content/themes/overvallen.mdx');
    };
    const first = new ContentCache(path);
    first.parsed('content/themes/overvallen.mdx', text, parse(text));
    first.validated('themes', { title: 'Overvallen' }, 'content/themes/overvallen.mdx', text, () => ({ data: { title: 'Overvallen', reviewed: new Date('2026-11-01') }, problems: [] }));
    first.save();

    const second = new ContentCache(path);
    const again = second.parsed('content/themes/overvallen.mdx', text, parse(text));
    assert.equal(parses, 1, 'the same text is not parsed twice');
    assert.equal(again.data.title, 'Overvallen');
    const validated = second.validated('themes', { title: 'Overvallen' }, 'content/themes/overvallen.mdx', text, () => assert.fail('validated again'));
    assert.ok(validated.data?.reviewed instanceof Date, 'dates survive the cache file');

    const changed = text.replace('Overvallen', 'Overvallen en geweld');
    assert.equal(second.parsed('content/themes/overvallen.mdx', changed, parse(changed)).data.title, 'Overvallen en geweld');
    assert.equal(parses, 2);
    let revalidated = false;
    second.validated('themes', { title: 'Overvallen en geweld' }, 'content/themes/overvallen.mdx', changed, () => ((revalidated = true), { data: undefined, problems: [] }));
    assert.ok(revalidated, 'changed data is validated again');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
