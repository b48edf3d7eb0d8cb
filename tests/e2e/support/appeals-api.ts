// Moderators' decisions and the appeals against them through the API, as the
// browser tests use them beside the pages under test (another moderator's
// device, the appellant's other device), and where the moderation page shows
// an appeal.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type {
  Appeal,
  AppealQueue,
  AppealToReview,
  Auction,
  FlagReason,
} from '../../../core/schemas.ts';
import { call, type Session } from '../../support/api-client.ts';

/** `moderator` takes the open auction down, as *Remover anúncio* does. */
export async function removeAuction(
  url: string,
  moderator: Session,
  auctionId: string,
  reason: FlagReason,
): Promise<void> {
  const reply = await call(url, 'POST', `/api/moderation/auctions/${auctionId}/remove`, {
    token: moderator.token,
    body: { reason },
  });
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
}

/** `moderator` suspends the account, its open auctions left alone. */
export async function suspendAccount(
  url: string,
  moderator: Session,
  userId: string,
  reason: FlagReason,
  options: { cancelBids?: boolean } = {},
): Promise<void> {
  const reply = await call(url, 'POST', `/api/moderation/users/${userId}/suspend`, {
    token: moderator.token,
    body: { reason, removeOpenAuctions: false, ...options },
  });
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
}

/** `moderator` reinstates the account: it may sign in again. */
export async function reinstateAccount(
  url: string,
  moderator: Session,
  userId: string,
): Promise<void> {
  const reply = await call(url, 'POST', `/api/moderation/users/${userId}/reinstate`, {
    token: moderator.token,
  });
  assert.equal(reply.status, 204, JSON.stringify(reply.body));
}

/** The seller's appeal of the auction's removal, as the API keeps it (null: none). */
export async function removalAppeal(
  url: string,
  seller: Session,
  auctionId: string,
): Promise<Appeal | null> {
  const reply = await call<{ appeal: Appeal | null }>(
    url,
    'GET',
    `/api/auctions/${auctionId}/appeal`,
    { token: seller.token },
  );
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  return reply.body.appeal;
}

/** The reporter's appeal of keeping the auction, as the API keeps it (null: none). */
export async function keepAppeal(
  url: string,
  reporter: Session,
  auctionId: string,
): Promise<Appeal | null> {
  const reply = await call<{ appeal: Appeal | null }>(
    url,
    'GET',
    `/api/auctions/${auctionId}/flags/appeal`,
    { token: reporter.token },
  );
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  return reply.body.appeal;
}

/** The reporter appeals a moderator's keeping the auction they reported (from another device). */
export async function appealKeep(
  url: string,
  reporter: Session,
  auctionId: string,
  text: string,
): Promise<Appeal> {
  const reply = await call<{ appeal: Appeal }>(
    url,
    'POST',
    `/api/auctions/${auctionId}/flags/appeal`,
    { token: reporter.token, body: { text } },
  );
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body.appeal;
}

/** `moderator` decides the appeal, with the reasons (from another moderator's device). */
export async function decideAppeal(
  url: string,
  moderator: Session,
  appealId: string,
  outcome: 'upheld' | 'reversed',
  reply: string,
): Promise<void> {
  const decided = await call(url, 'POST', `/api/moderation/appeals/${appealId}/decide`, {
    token: moderator.token,
    body: { outcome, reply },
  });
  assert.equal(decided.status, 200, JSON.stringify(decided.body));
}

/** The auction as anyone reads it. */
export async function auctionOf(url: string, auctionId: string): Promise<Auction> {
  const reply = await call<Auction>(url, 'GET', `/api/auctions/${auctionId}`);
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  return reply.body;
}

/** Every appeal waiting, the longest waiting first. */
export async function openAppeals(url: string, moderator: Session): Promise<AppealToReview[]> {
  const items: AppealToReview[] = [];
  let cursor: string | undefined;
  do {
    const query = `limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const reply = await call<AppealQueue>(url, 'GET', `/api/moderation/appeals?${query}`, {
      token: moderator.token,
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    items.push(...reply.body.items);
    cursor = reply.body.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** The id of `appellant`'s appeal waiting (one per test), failing when there is none. */
export async function openAppealOf(
  url: string,
  moderator: Session,
  appellant: Session,
): Promise<string> {
  const found = (await openAppeals(url, moderator)).find(
    (item) => item.appellant.id === appellant.user.id,
  );
  assert.ok(found, `no appeal of ${appellant.user.name} waits`);
  return found.id;
}

/** Whether the auction, as anyone reads it, says its removal was reversed. */
export async function removalReversed(url: string, auctionId: string): Promise<boolean> {
  const reply = await call<Auction>(url, 'GET', `/api/auctions/${auctionId}`);
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  return reply.body.removalReversed === true;
}

/** One appeal's item on the moderation page. */
export const appealItem = (page: Page, appealId: string) =>
  page.locator(`[data-testid="appeal-to-review"][data-appeal-id="${appealId}"]`);
