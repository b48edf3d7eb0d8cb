// The moderators' queue for the page (moderation-queue-store.ts), live: the
// socket brings `moderation:queue` to moderators only (the API's room for
// them), and after a reconnection or `events:resync` — events may have been
// missed — the pages shown are read again.
import { useEffect, useMemo, useRef } from 'react';
import type { Auction, FlagReason, SuspendResult } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import type { Pager } from '../components/load-more.tsx';
import type { SuspendChoices } from '../forms/suspension.ts';
import { useStore } from '../store.ts';
import {
  createModerationQueue,
  type QueueChanges,
  type QueueView,
} from './moderation-queue-store.ts';
import { getSocket } from './socket.ts';

export interface ModerationQueueState extends QueueView, Pager {
  /** Reads the queue again from its first page; rejects when it cannot. */
  refresh(): Promise<void>;
  /** Takes the open auction down with `reason`; rejects with the API's error. */
  remove(auctionId: string, reason: FlagReason): Promise<Auction>;
  /** Keeps the auction: its reports count as reviewed. */
  keep(auctionId: string): Promise<void>;
  /** Suspends the seller's account; removes their open auctions, and cancels their bids, when asked. */
  suspendSeller(
    sellerId: string,
    reason: FlagReason,
    choices: SuspendChoices,
  ): Promise<SuspendResult>;
  /** Lets the seller sign in again. */
  reinstateSeller(sellerId: string): Promise<void>;
}

/**
 * `token`: the signed-in session's; a new session reads the queue again.
 * `onChanges`: told what a reading changed, before the list shows it.
 */
export function useModerationQueue(
  token: string,
  onChanges: (changes: QueueChanges) => void,
): ModerationQueueState {
  const latestOnChanges = useRef(onChanges);
  useEffect(() => {
    latestOnChanges.current = onChanges;
  });
  const queue = useMemo(
    () => createModerationQueue(api, { onChanges: (changes) => latestOnChanges.current(changes) }),
    [token],
  );

  useEffect(() => {
    const stop = queue.start();
    const socket = getSocket();
    const onQueue = ({ auctionId }: { auctionId: string }) => queue.heard(auctionId);
    const onCaughtUp = () => queue.caughtUp();
    socket.on('moderation:queue', onQueue);
    socket.on('connect', onCaughtUp);
    socket.on('events:resync', onCaughtUp);
    return () => {
      stop();
      socket.off('moderation:queue', onQueue);
      socket.off('connect', onCaughtUp);
      socket.off('events:resync', onCaughtUp);
    };
  }, [queue]);

  const { loadMore, refresh, remove, keep, suspendSeller, reinstateSeller } = queue;
  return {
    ...useStore(queue.view),
    loadMore,
    refresh,
    remove,
    keep,
    suspendSeller,
    reinstateSeller,
  };
}
