// Browser end-to-end: a lobby with more open auctions than one page shows
// the soonest-ending page first and the rest on request, staying live, and
// keeps every page it showed across a reconnection; the other order (newest
// listed first) pages and stays live the same way; "Minha atividade" pages
// the same way.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { MY_PAGE } from '../../web/src/api/endpoints.ts';
import { call, createAuction, eventually, register, type Session } from '../support/api-client.ts';
import { waitLive } from './support/browser.ts';
import { screenshotBoth } from './support/page-helpers.ts';
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

  test('my activity shows a page of my sales and the rest on request', async () => {
    // The seller's auctions: the lobby's, plus those the test above created.
    const total = (
      await call<{ items: unknown[] }>(suite.stack.url, 'GET', '/api/me/selling', {
        token: seller.token,
      })
    ).body.items.length;
    assert.ok(total > 2 * MY_PAGE, String(total));
    const { page } = await suite.open('/activity', { session: seller });
    const sales = page.getByTestId('selling').getByTestId('open-auction');
    const more = page.getByTestId('selling').getByRole('button', { name: 'Mostrar mais' });
    await more.waitFor();
    assert.equal(await sales.count(), MY_PAGE);
    await more.click();
    await eventually(async () => (await sales.count()) === 2 * MY_PAGE);
    await more.click();
    await eventually(async () => (await sales.count()) === Math.min(total, 3 * MY_PAGE));
    if (total <= 3 * MY_PAGE) assert.equal(await more.count(), 0);
  });

  test('orders the open auctions newest listed first on request, paged and live', async () => {
    /** Every open auction's id in the API's order, following the cursors. */
    async function apiOrder(sort: string): Promise<string[]> {
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const reply: { body: { items: { id: string }[]; nextCursor: string | null } } = await call(
          suite.stack.url,
          'GET',
          `/api/auctions?sort=${sort}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        );
        all.push(...reply.body.items.map((auction) => auction.id));
        cursor = reply.body.nextCursor;
      } while (cursor);
      return all;
    }
    const { page } = await suite.open('/');
    await waitLive(page);
    const cards = page.getByTestId('open-auction');
    const shown = () => cards.evaluateAll((els) => els.map((el) => el.dataset.auctionId));
    await page.getByRole('radio', { name: 'Mais recentes' }).check();
    await page.waitForURL((url) => url.search === '?sort=newest');
    const newest = await apiOrder('newest');
    await eventually(async () => (await shown())[0] === newest[0]);
    assert.deepEqual(await shown(), newest.slice(0, PAGE), 'the first page, newest first');
    // Each card says when it was listed, in this order only.
    const firstCard = cards.first();
    assert.match(
      (await firstCard.getByTestId('card-listed').textContent()) ?? '',
      /^Anunciado em \d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}$/,
    );
    await screenshotBoth(page, 'lobby-newest');

    // Listed while pages remain: on top at once.
    const fresh = await createAuction(suite.stack.url, seller.token, {
      title: 'Lote recém-chegado',
      durationSeconds: 7_000,
    });
    await eventually(async () => (await shown())[0] === fresh.id);
    await page.getByRole('button', { name: 'Mostrar mais leilões' }).click();
    await eventually(async () => (await cards.count()) === newest.length + 1);
    assert.deepEqual(await shown(), await apiOrder('newest'), 'every page, in the API’s order');

    // The order is in the address: a reload keeps it; the default takes it away.
    await page.reload();
    await waitLive(page);
    assert.equal(await page.getByRole('radio', { name: 'Mais recentes' }).isChecked(), true);
    await eventually(async () => (await shown())[0] === fresh.id);
    // A search and back keeps the order.
    const search = page.getByRole('searchbox', { name: 'Buscar leilões abertos' });
    await search.fill('recém');
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'recém');
    assert.equal(new URL(page.url()).searchParams.get('sort'), 'newest');
    await search.fill('');
    await search.press('Enter');
    await page.waitForURL((url) => url.search === '?sort=newest');
    await eventually(async () => (await shown())[0] === fresh.id);
    await page.getByRole('radio', { name: 'Terminam antes' }).check();
    await page.waitForURL((url) => url.search === '');
    const ending = await apiOrder('ending');
    await eventually(async () => (await shown())[0] === ending[0]);
    assert.notEqual(ending[0], fresh.id);
    assert.equal(await page.getByTestId('card-listed').count(), 0);
  });
});
