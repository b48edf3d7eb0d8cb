// The moderators' queue as the page holds it: read a page at a time, not
// live (nothing tells a moderator of a new report; reading the page again
// does), and each auction removed or kept here leaves the list at once.
import { useCallback, useState } from 'react';
import type { Auction, FlaggedAuction, FlagReason } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { pendingItems } from './moderation-queue.ts';
import { usePages, type Pages } from './use-pages.ts';

export interface ModerationQueueState extends Pages<FlaggedAuction> {
  /** Takes the open auction down with `reason`; rejects with the API's error. */
  remove(auctionId: string, reason: FlagReason): Promise<Auction>;
  /** Keeps the auction: its reports count as reviewed. */
  keep(auctionId: string): Promise<void>;
}

/** `token`: the signed-in session's; a new session reads the queue again. */
export function useModerationQueue(token: string): ModerationQueueState {
  const pages = usePages(api.moderationQueue, token);
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set());
  const settle = (auctionId: string) => setDone((known) => new Set(known).add(auctionId));

  const remove = useCallback(async (auctionId: string, reason: FlagReason) => {
    const { auction } = await api.removeAuction(auctionId, reason);
    settle(auctionId);
    return auction;
  }, []);

  const keep = useCallback(async (auctionId: string) => {
    await api.dismissFlags(auctionId);
    settle(auctionId);
  }, []);

  return { ...pages, items: pendingItems(pages.items, done), remove, keep };
}
