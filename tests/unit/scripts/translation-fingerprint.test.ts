import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTranslationBasedOn } from '../../../scripts/lib/editing/translation-fingerprint.ts';

const file = '---\ntitle: "Soygundan sonra"\ntranslationOf: "toolkits/stappenplan-na-een-overval"\ntranslationReviewed: false\n---\n\n## Başlık\n';

test('the fingerprint goes right after translationOf, the rest of the file unchanged', () => {
  assert.equal(withTranslationBasedOn(file, '0123456789ab'), '---\ntitle: "Soygundan sonra"\ntranslationOf: "toolkits/stappenplan-na-een-overval"\ntranslationBasedOn: 0123456789ab\ntranslationReviewed: false\n---\n\n## Başlık\n');
});

test('an existing fingerprint is replaced, not doubled', () => {
  const once = withTranslationBasedOn(file, '0123456789ab');
  assert.equal(withTranslationBasedOn(once, 'ba9876543210'), once.replace('0123456789ab', 'ba9876543210'));
});

test('a file without translationOf is refused with what to add', () => {
  assert.throws(() => withTranslationBasedOn('---\ntitle: "x"\n---\n', '0123456789ab'), /translationOf/);
});
