/**
 * The strict Content-Security-Policy holds where it matters most: a real
 * search (Pagefind: WebAssembly, a worker, fetched index chunks) runs under the
 * search page's policy without one violation, and /admin/ (Decap CMS) starts
 * under its own, wider policy without violations, while no other page gets it.
 * (pages.spec.ts checks the policy and listens for violations on every page.)
 */
import { expect, test } from '@playwright/test';
import { cspOf, sitePath, trackCspViolations } from './support/site.ts';

test('a search runs under the policy without violations', async ({ page }) => {
  const violations = await trackCspViolations(page);
  await page.goto(sitePath('/zoeken/?q=overval'));
  await expect(page.getByRole('status').filter({ hasText: /\d+ resulta(at|ten)/ })).toBeVisible({ timeout: 20_000 });
  expect(await page.locator('[data-search-results] h2 a').count()).toBeGreaterThan(0);
  // Typing runs Pagefind again, in the same page.
  await page.getByRole('searchbox').fill('inbraak');
  await expect(page.locator('[data-search-results] h2 a').first()).toBeVisible();
  expect(violations).toEqual([]);
  const csp = await cspOf(page);
  expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
  expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
});

test('/admin/ gets the policy Decap needs and loads without violations', async ({ page }) => {
  const violations = await trackCspViolations(page);
  await page.goto(sitePath('/admin/'));
  await expect(page.getByRole('button', { name: /Inloggen/ })).toBeVisible({ timeout: 30_000 });
  const csp = await cspOf(page);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toContain('https://api.github.com');
  expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  expect(violations).toEqual([]);
});
