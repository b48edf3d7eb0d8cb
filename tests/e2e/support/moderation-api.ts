// Reports and the moderators' queue through the API, as the browser tests
// use them beside the pages under test (another person's device, another
// moderator), granting a moderator with the operators' real command, and
// where the moderation page shows an auction.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { FlagReason, ModerationQueue } from '../../../core/schemas.ts';
import { call, type Session } from '../../support/api-client.ts';
import { moderatorCli } from './moderator-cli.ts';
import type { E2EStack } from './stack.ts';

/** `who` reports the auction (from another device). */
export async function flagAuction(
  url: string,
  who: Session,
  auctionId: string,
  reason: FlagReason,
  details?: string,
): Promise<void> {
  const reply = await call(url, 'POST', `/api/auctions/${auctionId}/flags`, {
    token: who.token,
    body: details === undefined ? { reason } : { reason, details },
  });
  assert.equal(reply.status, 204, JSON.stringify(reply.body));
}

/** `moderator` keeps the reported auction, as *Manter anúncio* does: its reports count as reviewed. */
export async function keepAuction(
  url: string,
  moderator: Session,
  auctionId: string,
): Promise<void> {
  const reply = await call(url, 'POST', `/api/moderation/auctions/${auctionId}/dismiss`, {
    token: moderator.token,
  });
  assert.equal(reply.status, 204, JSON.stringify(reply.body));
}

/** Makes `who` a moderator with `node app/moderator.ts grant`. */
export async function grantModerator(stack: E2EStack, who: Session): Promise<void> {
  const run = await moderatorCli(stack, 'grant', who.user.email);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /is now a moderator/);
}

/** The ids of the whole queue, the longest waiting first. */
export async function queueIds(url: string, moderator: Session): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const query = `limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const reply = await call<ModerationQueue>(url, 'GET', `/api/moderation/queue?${query}`, {
      token: moderator.token,
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    ids.push(...reply.body.items.map((item) => item.auction.id));
    cursor = reply.body.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/** Keeps whatever earlier tests left reported, so the queue holds only this test's auctions. */
export async function emptyQueue(url: string, moderator: Session): Promise<void> {
  for (const id of await queueIds(url, moderator)) {
    const reply = await call(url, 'POST', `/api/moderation/auctions/${id}/dismiss`, {
      token: moderator.token,
    });
    assert.equal(reply.status, 204, JSON.stringify(reply.body));
  }
}

/** One auction's item on the moderation page. */
export const flaggedItem = (page: Page, auctionId: string) =>
  page.locator(`[data-testid="flagged-auction"][data-auction-id="${auctionId}"]`);

/** The ids of the auctions the moderation page lists, in its order. */
export const listedFlagged = (page: Page) =>
  page
    .getByTestId('flagged-auction')
    .evaluateAll((items) => items.map((each) => (each as HTMLElement).dataset.auctionId));
