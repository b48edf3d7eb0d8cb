// The moderators' queue as the page holds it: read a page at a time, not
// live (nothing tells a moderator of a new report; reading the page again
// does), and each auction removed or kept here leaves the list at once — so
// do those removed with their seller's suspension. A seller suspended or
// reinstated here reads so on every item of theirs (seller-suspension.ts).
import { useCallback, useState } from 'react';
import type { Auction, FlaggedAuction, FlagReason, SuspendResult } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { pendingItems } from './moderation-queue.ts';
import type { SellerStanding } from './seller-suspension.ts';
import { usePages, type Pages } from './use-pages.ts';

export interface ModerationQueueState extends Pages<FlaggedAuction> {
  /** Takes the open auction down with `reason`; rejects with the API's error. */
  remove(auctionId: string, reason: FlagReason): Promise<Auction>;
  /** Keeps the auction: its reports count as reviewed. */
  keep(auctionId: string): Promise<void>;
  /** Suspends the seller's account, and removes their open auctions when asked. */
  suspendSeller(
    sellerId: string,
    reason: FlagReason,
    removeOpenAuctions: boolean,
  ): Promise<SuspendResult>;
  /** Lets the seller sign in again. */
  reinstateSeller(sellerId: string): Promise<void>;
  /** What this page did to each seller's account, by seller id (see sellerStanding). */
  sellers: ReadonlyMap<string, SellerStanding>;
}

/** `token`: the signed-in session's; a new session reads the queue again. */
export function useModerationQueue(token: string): ModerationQueueState {
  const pages = usePages(api.moderationQueue, token);
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set());
  const [sellers, setSellers] = useState<ReadonlyMap<string, SellerStanding>>(() => new Map());
  const settle = (...auctionIds: string[]) =>
    setDone((known) => new Set([...known, ...auctionIds]));
  const record = (sellerId: string, standing: SellerStanding) =>
    setSellers((known) => new Map(known).set(sellerId, standing));

  const remove = useCallback(async (auctionId: string, reason: FlagReason) => {
    const { auction } = await api.removeAuction(auctionId, reason);
    settle(auctionId);
    return auction;
  }, []);

  const keep = useCallback(async (auctionId: string) => {
    await api.dismissFlags(auctionId);
    settle(auctionId);
  }, []);

  const suspendSeller = useCallback(
    async (sellerId: string, reason: FlagReason, removeOpenAuctions: boolean) => {
      const result = await api.suspendUser(sellerId, { reason, removeOpenAuctions });
      settle(...result.removed);
      record(sellerId, {
        suspended: true,
        removed: removeOpenAuctions ? result.removed.length : null,
      });
      return result;
    },
    [],
  );

  const reinstateSeller = useCallback(async (sellerId: string) => {
    await api.reinstateUser(sellerId);
    record(sellerId, { suspended: false, removed: null });
  }, []);

  return {
    ...pages,
    items: pendingItems(pages.items, done),
    remove,
    keep,
    suspendSeller,
    reinstateSeller,
    sellers,
  };
}
