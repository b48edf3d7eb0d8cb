// Browser end-to-end: the live connection drops (the API process restarts,
// gracefully or killed) or one event is lost on the way, and the page catches
// up through `auction:watch` with `sinceSeq`; a bid's answer is lost, and the
// retry with the same Idempotency-Key gets it back — no bid lost, none twice.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  call,
  createAuction,
  eventually,
  placeBid,
  register,
  type Session,
} from '../support/api-client.ts';
import { waitLive, waitWatching } from './support/browser.ts';
import { brl, historySeqs, waitForHistory, waitForText } from './support/page-helpers.ts';
import { filterSocketEvents, type SocketFilter } from './support/socket-filter.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('reconnection and catch-up in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();
  let seller: Session;
  let bidder: Session;

  before(async () => {
    [seller, bidder] = await Promise.all([
      register(suite.stack.url, 'Vendedor'),
      register(suite.stack.url, 'Dora'),
    ]);
  });

  const open = suite.open;

  /** Bids `amounts` in order through `base`; all must be accepted. */
  const bid = async (base: string, auctionId: string, amounts: number[]) => {
    for (const amount of amounts) {
      const reply = await placeBid(base, bidder.token, auctionId, amount);
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
    }
  };

  const connectionState = (page: Page) => page.locator('.connection').getAttribute('data-state');

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    test(`the page catches up after the API process restarts (${signal})`, async () => {
      const auction = await createAuction(suite.stack.url, seller.token, {
        startingPrice: 1_000,
        minIncrement: 100,
      });
      const { page } = await open(`/auctions/${auction.id}`);
      await waitLive(page);
      await bid(suite.stack.url, auction.id, [1_000, 1_100]);
      await waitForHistory(page, [2, 1]);

      await suite.stack.restartPrimary(signal, async () => {
        await page.locator('.connection[data-state="disconnected"]').waitFor();
        // While the page's server is down, bids keep arriving through another replica.
        await bid(suite.stack.spareUrl, auction.id, [1_200, 1_300, 1_400]);
      });

      await waitLive(page);
      await waitForHistory(page, [5, 4, 3, 2, 1]);
      await waitForText(page, 'current-price', brl(1_400));
      await waitForText(page, 'bid-count', '5');
      // Live again: a bid placed on the other replica arrives as an event.
      await bid(suite.stack.spareUrl, auction.id, [1_500]);
      await waitForHistory(page, [6, 5, 4, 3, 2, 1]);
      assert.equal(await connectionState(page), 'connected');
    });
  }

  test('an event lost on the way is noticed by the seq jump and filled in', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      startingPrice: 2_000,
      minIncrement: 100,
    });
    let dropNext = true;
    let filter: SocketFilter | undefined;
    const { page } = await open(`/auctions/${auction.id}`, {
      beforeLoad: async (page) => {
        filter = await filterSocketEvents(page, (event) => {
          if (event !== 'bid:placed' || !dropNext) return false;
          dropNext = false;
          return true;
        });
      },
    });
    await waitLive(page);
    await filter?.upgraded();
    await waitWatching(page);

    await bid(suite.stack.url, auction.id, [2_000]);
    await eventually(() => filter?.dropped.length === 1, 10_000);
    await page.waitForTimeout(300);
    assert.deepEqual(await historySeqs(page), [], 'the first event really was lost');

    await bid(suite.stack.url, auction.id, [2_100]);
    await waitForHistory(page, [2, 1]);
    await waitForText(page, 'current-price', brl(2_100));
  });

  test('a bid whose answer is lost is asked again with the same key and counted once', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      startingPrice: 4_000,
      minIncrement: 100,
    });
    const { page } = await open(`/auctions/${auction.id}`, { session: bidder });
    await waitLive(page);
    const keys: (string | undefined)[] = [];
    await page.route(`**/api/auctions/${auction.id}/bids`, async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      keys.push(route.request().headers()['idempotency-key']);
      if (keys.length > 1) return route.continue();
      // The server takes the bid, but its answer never reaches the page.
      await route.fetch();
      await route.abort('connectionreset');
    });

    await page.getByRole('button', { name: 'Dar lance' }).click();
    await waitForText(page, 'bid-feedback', 'Você está na frente');
    assert.equal(keys.length, 2, 'asked twice');
    assert.ok(keys[0] && keys[0] === keys[1], 'with the same Idempotency-Key');
    await waitForHistory(page, [1]);
    const stored = await call<{ items: unknown[] }>(
      suite.stack.url,
      'GET',
      `/api/auctions/${auction.id}/bids`,
    );
    assert.equal(stored.body.items.length, 1, 'one bid stored');
  });

  test('a bid on an auction that closed meanwhile says so, then shows the result', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      startingPrice: 3_000,
      // Long enough for the page to load and join the room on a busy machine.
      durationSeconds: 6,
    });
    let filter: SocketFilter | undefined;
    // The close event is held up in the network, so the page still offers the form.
    const { page } = await open(`/auctions/${auction.id}`, {
      session: bidder,
      beforeLoad: async (page) => {
        filter = await filterSocketEvents(page, (event) => event === 'auction:closed');
      },
    });
    await waitLive(page);
    await filter?.upgraded();
    await waitWatching(page);

    await eventually(async () => {
      const reply = await call<{ status: string }>(
        suite.stack.url,
        'GET',
        `/api/auctions/${auction.id}`,
      );
      return reply.body.status === 'closed';
    }, 10_000);
    await eventually(() => filter?.dropped.includes('auction:closed'));
    await page.getByRole('button', { name: 'Dar lance' }).click();
    await waitForText(page, 'late-bid-notice', 'Este leilão já foi encerrado');
    await waitForText(page, 'auction-result', 'terminou sem lances');
  });
});
