// Accessibility checks with axe-core (Deque's rules engine), run inside the
// page as a browser extension would: WCAG 2.1 levels A and AA.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './browser.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface Violation {
  rule: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements (the first few). */
  where: string[];
}

/** The page's WCAG 2.1 A/AA violations, as axe reports them (empty: none found). */
export async function accessibilityViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      where: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
}

/**
 * Fails the test when axe finds a violation at desktop or phone width, naming
 * `where` and the width; leaves the page at desktop width.
 */
export async function assertAccessibleAtBothSizes(page: Page, where: string): Promise<void> {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    assert.deepEqual(await accessibilityViolations(page), [], `${where} (${size})`);
  }
  await page.setViewportSize(DESKTOP);
}
