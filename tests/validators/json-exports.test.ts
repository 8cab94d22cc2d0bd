/**
 * The JSON exports of every built edition against the published
 * /api/schema.json with a second, independent JSON Schema validator
 * (@cfworker/json-schema, draft 2020-12, formats checked), besides the ajv
 * check in the e2e suite: two implementations must agree that what we
 * publish matches what we promise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Validator, type Schema } from '@cfworker/json-schema';
import { builtEditions, filesUnder } from './built.ts';

const editions = builtEditions();

test('@cfworker/json-schema: every /api/*.json export matches /api/schema.json', () => {
  const problems: string[] = [];
  for (const edition of editions) {
    const apiDir = join(edition.dir, 'api');
    const schema = JSON.parse(readFileSync(join(apiDir, 'schema.json'), 'utf8')) as Schema;
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    const validator = new Validator(schema, '2020-12', false);
    const exports = filesUnder(apiDir, '.json').filter((file) => basename(file) !== 'schema.json');
    assert.ok(exports.length >= 3, `${edition.id}: only ${exports.length} exports`);
    for (const file of exports) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { edition?: string; items?: unknown[] };
      const result = validator.validate(data);
      if (!result.valid) {
        const errors = result.errors.filter((error) => error.keyword !== 'properties' && error.keyword !== 'items').slice(0, 5);
        problems.push(...errors.map((error) => `${relative(process.cwd(), file)} ${error.instanceLocation}: ${error.error}`));
      }
      if (data.edition !== edition.id) problems.push(`${relative(process.cwd(), file)}: edition ${JSON.stringify(data.edition)}, expected ${edition.id}`);
      // warnings.json lists current warnings only: empty on a day without any is valid.
      if (!data.items?.length && basename(file) !== 'warnings.json') problems.push(`${relative(process.cwd(), file)}: no items`);
    }
  }
  assert.deepEqual(problems, []);
});

test('@cfworker/json-schema rejects an export that breaks the schema (the check can fail)', () => {
  const [edition] = editions;
  const apiDir = join(edition!.dir, 'api');
  const schema = JSON.parse(readFileSync(join(apiDir, 'schema.json'), 'utf8')) as Schema;
  const data = JSON.parse(readFileSync(join(apiDir, 'themes.json'), 'utf8')) as { items: Record<string, unknown>[] };
  const broken = { ...data, items: [{ ...data.items[0], url: 'geen url' }, ...data.items.slice(1)] };
  assert.equal(new Validator(schema, '2020-12', false).validate(broken).valid, false);
});
