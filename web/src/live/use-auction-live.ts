// Keeps one auction page live: loads it over REST, joins its room, applies
// its events, and after a reconnection (or a hole in the bid sequence that
// shows an event was lost) re-watches with `sinceSeq` to catch up. A
// cancellation of bids it missed (the auction counts more than the page
// holds marks of) has it read its bids again, from the oldest it holds.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type {
  Auction,
  Bid,
  BidResult,
  BidsCancelled,
  CompactAuction,
  EditAuctionBody,
  MaximumResult,
  RetractionResult,
  SellerCancelReason,
  SellerCancelResult,
} from '../../../core/schemas.ts';
import { categoryOf } from '../categories.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { newIdempotencyKey, withRetries } from '../api/retry.ts';
import { sessionStore } from '../session/session-store.ts';
import {
  auctionLiveReducer,
  initialAuctionLiveState,
  missesBids,
  unmarkedCancellations,
  type AuctionLiveAction,
  type AuctionLiveState,
} from './auction-state.ts';
import { lastBidSeq } from './bid-numbering.ts';
import { readBidWindow } from './bid-window.ts';
import { serialTask } from './serial-task.ts';
import { getSocket, watchAuction } from './socket.ts';

/** Bids shown at first; older ones load on request. */
export const HISTORY_PAGE = 50;
/**
 * How long a hole in the bid sequence, or a cancellation without its marks,
 * may last before we ask for what is missing: the event may be on its way
 * behind an answer that already counts it (the viewer's bid, an ack).
 */
const HOLE_GRACE_MS = 300;

type WatchAck =
  { ok: true; auction: Auction; missed: Bid[] } | { ok: false; error: { code: string } };
export type LoadStatus = 'loading' | 'ready' | 'notFound' | 'failed';

export interface AuctionLive extends AuctionLiveState {
  status: LoadStatus;
  /**
   * True once the room has answered our latest `auction:watch`: from then on
   * every bid reaches this page as an event. False while (re)connecting.
   */
  watching: boolean;
  /** Bumped whenever `auction:report` arrives, so the report is fetched again. */
  reportVersion: number;
  /** The end announced by the latest `auction:extended` (soft close) seen on this page. */
  extendedTo: string | null;
  /** The seller corrected the title, description or category while this page was open. */
  corrected: boolean;
  placeBid(amount: number, maxAmount?: number): Promise<BidResult>;
  buyNow(): Promise<BidResult>;
  /** The leader raises their secret maximum without bidding. */
  raiseMaximum(maxAmount: number): Promise<MaximumResult>;
  /** The viewer's own maximum while they lead, as the server keeps it (null otherwise). */
  fetchOwnMaximum(): Promise<number | null>;
  /** The viewer takes their bid back; taken in as the `bids:cancelled` it sends. */
  retract(): Promise<RetractionResult>;
  /**
   * While this page's retraction is on its way: the withdrawal heard meanwhile
   * (its event may come before its answer) is this page's own, told by the answer.
   */
  retracting: boolean;
  /** The seller cancels one bidder's bids; taken in as the `bids:cancelled` it sends. */
  cancelBidderBids(bidderId: string, reason: SellerCancelReason): Promise<SellerCancelResult>;
  /** The seller cancels (before the first bid, or once every bid was cancelled). */
  cancel(): Promise<void>;
  /** The seller corrects the title, description or category (before the first bid). */
  edit(changes: EditAuctionBody): Promise<void>;
  /** The seller adds a photo; resolves with the auction as it now is. */
  addPhoto(file: File): Promise<Auction>;
  /** The seller removes a photo (before the first bid). */
  removePhoto(photoId: string): Promise<void>;
  /** The seller puts the photos in a new order (the first is the cover). */
  reorderPhotos(photoIds: string[]): Promise<void>;
  loadOlder(): Promise<void>;
  /** Re-reads the auction, e.g. after the API said it is closed. */
  refresh(): Promise<void>;
  dismissOutbid(): void;
}

export function useAuctionLive(auctionId: string): AuctionLive {
  const [state, dispatch] = useReducer(auctionLiveReducer, initialAuctionLiveState);
  const [status, setStatus] = useState<LoadStatus>('loading');
  const [reportVersion, setReportVersion] = useState(0);
  const [extendedTo, setExtendedTo] = useState<string | null>(null);
  const [corrected, setCorrected] = useState(false);
  const [watching, setWatching] = useState(false);
  const [retracting, setRetracting] = useState(false);
  // The socket handlers read the latest state without re-subscribing.
  const latest = useRef(state);
  latest.current = state;
  const watchRef = useRef<() => Promise<void>>(async () => {});

  const apply = useCallback((auction: CompactAuction, bids: Bid[]) => {
    dispatch({ type: 'bids', auction, bids, viewerId: viewerIdNow() });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setStatus('loading');
    api
      .getAuction(auctionId, controller.signal)
      .then(async (auction) => {
        const afterSeq = Math.max(0, lastBidSeq(auction) - HISTORY_PAGE);
        const { items } = await api.listBids(auctionId, afterSeq, HISTORY_PAGE);
        if (controller.signal.aborted) return;
        dispatch({ type: 'loaded', auction, bids: items, afterSeq });
        setStatus('ready');
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setStatus(error instanceof ApiError && error.status === 404 ? 'notFound' : 'failed');
      });
    return () => controller.abort();
  }, [auctionId]);

  useEffect(() => {
    if (status !== 'ready') return;
    const socket = getSocket();
    // Joins the room and asks for every bid after the last one we hold in
    // sequence. Also how a reconnection or a detected hole is filled.
    const watch = serialTask(async () => {
      try {
        const ack = (await watchAuction(auctionId, latest.current.coveredSeq)) as WatchAck;
        if (!ack.ok) return;
        apply(ack.auction, ack.missed);
        setWatching(socket.connected);
      } catch {
        // Timed out: the next connection or detected hole watches again.
      }
    });
    watchRef.current = watch;
    const onAuction = (event: { auctionId: string; auction: CompactAuction }) => {
      if (event.auctionId === auctionId) apply(event.auction, []);
    };
    const onExtended = (event: { auctionId: string; endsAt: string; auction: CompactAuction }) => {
      if (event.auctionId !== auctionId) return;
      apply(event.auction, []);
      setExtendedTo(event.endsAt);
    };
    const onBid = (event: { auctionId: string; auction: CompactAuction; bid: Bid }) => {
      if (event.auctionId === auctionId) apply(event.auction, [event.bid]);
    };
    const onBidsCancelled = (event: BidsCancelled<CompactAuction>) => {
      if (event.auctionId !== auctionId) return;
      const { auction, cancelledBidIds, bids, reason } = event;
      const viewerId = viewerIdNow();
      dispatch({ type: 'bidsCancelled', auction, cancelledBidIds, bids, reason, viewerId });
    };
    const onReport = (event: { auctionId: string }) => {
      if (event.auctionId === auctionId) setReportVersion((version) => version + 1);
    };
    const onConnect = () => {
      void watch();
      setReportVersion((version) => version + 1);
    };
    const onDisconnect = () => setWatching(false);
    const onResync = () => {
      void watch();
      setReportVersion((version) => version + 1);
    };
    // Photos added or removed come as this event too: only a changed text or
    // category is a correction.
    const onEdited = (event: { auctionId: string; auction: Auction }) => {
      if (event.auctionId !== auctionId) return;
      const before = latest.current.auction;
      apply(event.auction, []);
      if (before && correctionOf(before, event.auction)) setCorrected(true);
    };
    const auctionEvents = ['auction:closed', 'auction:cancelled'] as const;
    socket.on('bid:placed', onBid);
    socket.on('bids:cancelled', onBidsCancelled);
    socket.on('auction:extended', onExtended);
    socket.on('auction:edited', onEdited);
    for (const event of auctionEvents) socket.on(event, onAuction);
    socket.on('auction:report', onReport);
    // The server lost events for a moment: ask for every bid after ours.
    socket.on('events:resync', onResync);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    if (socket.connected) void watch();
    return () => {
      socket.off('bid:placed', onBid);
      socket.off('bids:cancelled', onBidsCancelled);
      socket.off('auction:extended', onExtended);
      socket.off('auction:edited', onEdited);
      for (const event of auctionEvents) socket.off(event, onAuction);
      socket.off('auction:report', onReport);
      socket.off('events:resync', onResync);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      setWatching(false);
      if (socket.connected) socket.emit('auction:unwatch', { auctionId });
    };
  }, [auctionId, status, apply]);

  // A hole (the auction counts more bids than we hold in sequence) that
  // persists past the grace period means an event was lost: catch up. The
  // grace lets the bids of one request, sent as consecutive events, arrive.
  const incomplete = status === 'ready' && missesBids(state);
  useEffect(() => {
    if (!incomplete) return;
    const timer = setTimeout(() => {
      if (missesBids(latest.current)) void watchRef.current();
    }, HOLE_GRACE_MS);
    return () => clearTimeout(timer);
  }, [incomplete]);

  // A cancellation the page heard of only by the count (its event lost, or
  // sent while it was away): read every bid it holds again, so those
  // cancelled read so. Again at the next cancellation, or connection, while
  // the marks are still missing.
  const unmarked = status === 'ready' ? unmarkedCancellations(state) : 0;
  useEffect(() => {
    if (unmarked === 0) return;
    let active = true;
    const timer = setTimeout(() => {
      if (unmarkedCancellations(latest.current) === 0) return;
      const afterSeq = Math.max(0, (latest.current.bids.at(-1)?.seq ?? 1) - 1);
      withRetries(() => readBidWindow(auctionId, afterSeq)).then(
        ({ auction, bids }) => {
          if (active) dispatch({ type: 'reread', auction, bids, viewerId: viewerIdNow() });
        },
        () => undefined, // Failed: tried again at the next cancellation or connection.
      );
    }, HOLE_GRACE_MS);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [auctionId, unmarked, watching]);

  const placeBid = useCallback(
    async (amount: number, maxAmount?: number) => {
      // A lost answer (network, 5xx) is asked again with the same key: the
      // API returns the first result rather than bidding twice.
      const key = newIdempotencyKey();
      const result = await withRetries(() => api.placeBid(auctionId, amount, maxAmount, key));
      apply(result.auction, result.bids);
      return result;
    },
    [auctionId, apply],
  );

  const buyNow = useCallback(async () => {
    const result = await api.buyNow(auctionId);
    apply(result.auction, result.bids);
    return result;
  }, [auctionId, apply]);

  const raiseMaximum = useCallback(
    async (maxAmount: number) => {
      const result = await api.raiseMaximum(auctionId, maxAmount);
      apply(result.auction, result.bids);
      return result;
    },
    [auctionId, apply],
  );

  const fetchOwnMaximum = useCallback(
    async () => (await api.ownMaximum(auctionId)).maxAmount,
    [auctionId],
  );

  // Not retried: after a lost answer, a second retraction could take back an earlier bid.
  const retract = useCallback(async () => {
    setRetracting(true);
    try {
      return takeInWithdrawal(dispatch, await api.retractBid(auctionId), 'retraction');
    } finally {
      setRetracting(false);
    }
  }, [auctionId]);

  // Not retried either: a lost answer may have cancelled them (the seller is asked to look).
  const cancelBidderBids = useCallback(
    async (bidderId: string, reason: SellerCancelReason) => {
      const result = await api.cancelBidderBids(auctionId, { bidderId, reason });
      return takeInWithdrawal(dispatch, result, 'seller');
    },
    [auctionId],
  );

  const cancel = useCallback(async () => {
    apply(await api.cancelAuction(auctionId), []);
  }, [auctionId, apply]);

  const edit = useCallback(
    async (changes: EditAuctionBody) => {
      apply(await api.editAuction(auctionId, changes), []);
    },
    [auctionId, apply],
  );

  const addPhoto = useCallback(
    async (file: File) => {
      const auction = await api.addPhoto(auctionId, file);
      apply(auction, []);
      return auction;
    },
    [auctionId, apply],
  );

  const reorderPhotos = useCallback(
    async (photoIds: string[]) => {
      apply(await api.reorderPhotos(auctionId, photoIds), []);
    },
    [auctionId, apply],
  );

  const removePhoto = useCallback(
    async (photoId: string) => {
      apply(await api.removePhoto(auctionId, photoId), []);
    },
    [auctionId, apply],
  );

  const oldestSeq = state.bids.at(-1)?.seq ?? 1;
  const loadOlder = useCallback(async () => {
    const afterSeq = Math.max(0, oldestSeq - 1 - HISTORY_PAGE);
    const { items } = await api.listBids(auctionId, afterSeq, oldestSeq - 1 - afterSeq);
    dispatch({ type: 'olderBids', bids: items });
  }, [auctionId, oldestSeq]);

  const refresh = useCallback(async () => {
    apply(await api.getAuction(auctionId), []);
  }, [auctionId, apply]);

  const dismissOutbid = useCallback(() => dispatch({ type: 'dismissOutbid' }), []);

  return {
    ...state,
    status,
    watching,
    reportVersion,
    extendedTo,
    corrected,
    placeBid,
    buyNow,
    raiseMaximum,
    fetchOwnMaximum,
    retract,
    retracting,
    cancelBidderBids,
    cancel,
    edit,
    addPhoto,
    removePhoto,
    reorderPhotos,
    loadOlder,
    refresh,
    dismissOutbid,
  };
}

const viewerIdNow = () => sessionStore.get()?.user.id ?? null;

/** This page's own withdrawal (a retraction, a seller's cancellation), taken in as the `bids:cancelled` it sends. */
function takeInWithdrawal<R extends Pick<BidsCancelled, 'auction' | 'cancelledBidIds' | 'bids'>>(
  dispatch: (action: AuctionLiveAction) => void,
  result: R,
  reason: 'retraction' | 'seller',
): R {
  const { auction, cancelledBidIds, bids } = result;
  dispatch({
    type: 'bidsCancelled',
    auction,
    cancelledBidIds,
    bids,
    reason,
    viewerId: viewerIdNow(),
  });
  return result;
}

/** Whether the seller changed what the listing says (not only its photos). */
function correctionOf(before: Auction, after: Auction): boolean {
  return (
    before.title !== after.title ||
    before.description !== after.description ||
    categoryOf(before) !== categoryOf(after)
  );
}
