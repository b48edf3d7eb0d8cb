// Reading the auction UI from a test, the way a person sees it.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { formatMoney } from '../../../web/src/format.ts';
import { eventually } from '../../support/api-client.ts';
import { DESKTOP, PHONE } from './browser.ts';

/** Money as the pt-BR UI shows it ("R$ 1.234,56", with its no-break space). */
export const brl = (cents: number) => formatMoney(cents, 'pt-BR');

/** The seqs of the bid history rows, top to bottom. */
export function historySeqs(page: Page): Promise<number[]> {
  return page
    .getByTestId('bid-row')
    .evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset.seq)));
}

/**
 * Each bid history row as it reads, top to bottom: its seq, its withdrawal
 * marks, whether its amount is struck through, its words.
 */
export function historyRows(page: Page) {
  return page.getByTestId('bid-row').evaluateAll((rows) =>
    rows.map((row) => {
      const { dataset } = row as HTMLElement;
      return {
        seq: Number(dataset.seq),
        cancelled: dataset.cancelled === 'true',
        retracted: dataset.retracted === 'true',
        cancelledBySeller: dataset.cancelledBySeller === 'true',
        struck: row.querySelector('.bid-row__amount s') !== null,
        text: (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      };
    }),
  );
}

/** Waits until the element's text contains `text` (default wait: 10 s). */
export async function waitForText(
  page: Page,
  testId: string,
  text: string,
  timeoutMs = 10_000,
): Promise<void> {
  await page.getByTestId(testId).filter({ hasText: text }).first().waitFor({ timeout: timeoutMs });
}

/** Waits until the history shows exactly `expected` seqs, newest first. */
export async function waitForHistory(
  page: Page,
  expected: number[],
  timeoutMs = 10_000,
): Promise<void> {
  let last: number[] = [];
  try {
    await eventually(
      async () => {
        last = await historySeqs(page);
        return JSON.stringify(last) === JSON.stringify(expected);
      },
      timeoutMs,
      50,
    );
  } catch {
    assert.deepEqual(last, expected, 'bid history (seqs, newest first)');
  }
}

const screenshotDir = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** Full-page screenshot under test-results/screenshots/ (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

/** The same page at desktop and phone widths: `<name>-desktop.png` and `<name>-phone.png`. */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [suffix, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${suffix}`);
  }
  if (original) await page.setViewportSize(original);
}

/** The page's whole document as HTML: text, attributes and all. */
export function documentHtml(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}
