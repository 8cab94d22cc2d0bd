/**
 * The one accessibility check of the end-to-end specs: axe-core with the WCAG 2.2 AA rule tags, run in
 * the page itself. Our pages contain no frames, so axe-core's own `axe.run` is all a check needs.
 * (@axe-core/playwright, used before, injects axe twice per check and by default opens a blank page per
 * check to merge frame results: 437 ms a page against 211 ms here, measured over 40 pages — most of
 * the time of the page sweep, issue 19.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type Axe from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The violations on the page as it is now, one readable line each (`label: rule (impact) help — selectors`);
 * `rules` narrows the check to those rules. Injected through the DevTools protocol, so the page's strict
 * CSP does not apply to it.
 */
export async function axeViolations(page: Page, label = new URL(page.url()).pathname, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: Axe.RunOptions = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS },
    // Only the violations in full: passes would be every node of the page, serialised.
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: typeof Axe };
    const results = await axe.run(document, options);
    return results.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  }, options);
  return violations.map((violation) => `${label}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.targets.join(', ')}`);
}
