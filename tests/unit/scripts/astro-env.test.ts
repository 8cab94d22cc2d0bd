/**
 * The switches scripts/lib/build/astro.ts gives every Astro it starts: no telemetry, and no update check (its
 * English "New version of Astro available … Run npx @astrojs/upgrade" is harmful advice for an editor).
 * The variable's name is read from Astro's own source, so an Astro upgrade that renames it fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { astroEnv } from '../../../scripts/lib/build/astro.ts';

test('astroEnv switches off telemetry and the update check, as Astro reads them', () => {
  const env = astroEnv({ PATH: '/bin' });
  assert.equal(env.ASTRO_TELEMETRY_DISABLED, '1');
  assert.equal(env.PATH, '/bin');
  const updateCheck = readFileSync('node_modules/astro/dist/core/dev/update-check.js', 'utf8');
  const compared = /process\.env\.ASTRO_DISABLE_UPDATE_CHECK !== "(\w+)"/.exec(updateCheck);
  assert.ok(compared, 'Astro no longer reads ASTRO_DISABLE_UPDATE_CHECK: find its new switch');
  assert.equal(env.ASTRO_DISABLE_UPDATE_CHECK, compared[1]);
});
