// Browser end-to-end: a lobby with more open auctions than one page shows
// the soonest-ending page first and the rest on request, staying live, and
// keeps every page it showed across a reconnection.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createAuction, register, type Session } from '../support/api-client.ts';
import { waitLive } from './support/browser.ts';
import { useBrowserSuite } from './support/suite.ts';

const PAGE = 100;
const EXTRA = 5;

describe('lobby paging in the browser', { timeout: 180_000 }, () => {
  // One seller creates many auctions quickly: no rate limits in this stack.
  const suite = useBrowserSuite({ apiEnv: { RATE_LIMIT_ENABLED: 'false' } });
  let seller: Session;

  before(async () => {
    seller = await register(suite.stack.url, 'Vendedora');
    const durations = Array.from({ length: PAGE + EXTRA }, (_, i) => 3_600 + i * 10);
    for (let i = 0; i < durations.length; i += 25) {
      await Promise.all(
        durations.slice(i, i + 25).map((durationSeconds, j) =>
          createAuction(suite.stack.url, seller.token, {
            title: `Lote ${i + j + 1}`,
            durationSeconds,
          }),
        ),
      );
    }
  });

  test('shows the first page, the rest on request, and new auctions where they belong', async () => {
    const { page } = await suite.open('/');
    await waitLive(page);
    const cards = page.getByTestId('open-auction');
    const titles = () => cards.locator('.card__title').allTextContents();
    await page.getByRole('button', { name: 'Mostrar mais leilões' }).waitFor();
    assert.equal(await cards.count(), PAGE);
    assert.equal((await titles())[0], 'Lote 1', 'soonest-ending first');

    // Created while pages remain: one ending after everything shown waits for
    // its page; one ending sooner appears at once, in its place.
    const late = await createAuction(suite.stack.url, seller.token, {
      title: 'Lote tardio',
      durationSeconds: 7_200,
    });
    const soon = await createAuction(suite.stack.url, seller.token, {
      title: 'Lote relâmpago',
      durationSeconds: 600,
    });
    await page.locator(`[data-testid="open-auction"][data-auction-id="${soon.id}"]`).waitFor();
    assert.equal((await titles())[0], 'Lote relâmpago');
    assert.equal(
      await page.locator(`[data-testid="open-auction"][data-auction-id="${late.id}"]`).count(),
      0,
    );

    await page.getByRole('button', { name: 'Mostrar mais leilões' }).click();
    await page.locator(`[data-testid="open-auction"][data-auction-id="${late.id}"]`).waitFor();
    assert.equal(await cards.count(), PAGE + EXTRA + 2);
    assert.equal((await titles()).at(-1), 'Lote tardio');
    assert.equal(await page.getByRole('button', { name: 'Mostrar mais leilões' }).count(), 0);

    // The API restarts: the reconnected lobby reads both pages again, not
    // just the first, and an auction created meanwhile is in its place.
    let whileDown: { id: string } | undefined;
    await suite.stack.restartPrimary('SIGTERM', async () => {
      await page.locator('.connection[data-state="disconnected"]').waitFor();
      whileDown = await createAuction(suite.stack.spareUrl, seller.token, {
        title: 'Lote da reconexão',
        durationSeconds: 7_100,
      });
    });
    await waitLive(page);
    await page
      .locator(`[data-testid="open-auction"][data-auction-id="${whileDown?.id}"]`)
      .waitFor();
    assert.equal(await cards.count(), PAGE + EXTRA + 3);
    assert.equal((await titles()).at(-1), 'Lote tardio');
    assert.equal(await page.getByRole('button', { name: 'Mostrar mais leilões' }).count(), 0);
  });
});
