// Keeps one auction page live: loads it over REST, joins its room, applies
// `bid:placed` / `auction:closed`, and after a reconnect (or a seq jump that
// shows an event was missed) re-watches with `sinceSeq` to catch up.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Auction, Bid } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { sessionStore } from '../session/session-store.ts';
import {
  auctionLiveReducer,
  initialAuctionLiveState,
  missedEvents,
  type AuctionLiveState,
} from './auction-state.ts';
import { serialTask } from './serial-task.ts';
import { getSocket, watchAuction } from './socket.ts';

/** Bids shown at first; older ones load on request. */
export const HISTORY_PAGE = 50;

type WatchAck =
  { ok: true; auction: Auction; missed: Bid[] } | { ok: false; error: { code: string } };
export type LoadStatus = 'loading' | 'ready' | 'notFound' | 'failed';

export interface AuctionLive extends AuctionLiveState {
  status: LoadStatus;
  /** Bumped whenever `auction:report` arrives, so the report is fetched again. */
  reportVersion: number;
  placeBid(amount: number): Promise<{ bid: Bid; auction: Auction }>;
  loadOlder(): Promise<void>;
  /** Re-reads the auction, e.g. after the API said it is closed. */
  refresh(): Promise<void>;
  dismissOutbid(): void;
}

export function useAuctionLive(auctionId: string): AuctionLive {
  const [state, dispatch] = useReducer(auctionLiveReducer, initialAuctionLiveState);
  const [status, setStatus] = useState<LoadStatus>('loading');
  const [reportVersion, setReportVersion] = useState(0);
  const knownSeq = useRef(-1);

  const apply = useCallback((auction: Auction, bids: Bid[]) => {
    knownSeq.current = Math.max(knownSeq.current, auction.seq);
    dispatch({ type: 'bids', auction, bids, viewerId: sessionStore.get()?.user.id ?? null });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    knownSeq.current = -1;
    setStatus('loading');
    api
      .getAuction(auctionId, controller.signal)
      .then(async (auction) => {
        const afterSeq = Math.max(0, auction.bidCount - HISTORY_PAGE);
        const { items } = await api.listBids(auctionId, afterSeq, HISTORY_PAGE);
        if (controller.signal.aborted) return;
        knownSeq.current = auction.seq;
        dispatch({ type: 'loaded', auction, bids: items });
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
    const watch = serialTask(async () => {
      try {
        const ack = (await watchAuction(auctionId, Math.max(0, knownSeq.current))) as WatchAck;
        if (ack.ok) apply(ack.auction, ack.missed);
      } catch {
        // Timed out: the next connect or event gap triggers another watch.
      }
    });
    const onEvent = (auction: Auction, bids: Bid[]) => {
      if (auction.id !== auctionId) return;
      if (missedEvents(knownSeq.current, auction.seq)) void watch();
      apply(auction, bids);
    };
    const onBid = (event: { auction: Auction; bid: Bid }) => onEvent(event.auction, [event.bid]);
    const onClosed = (event: { auction: Auction }) => onEvent(event.auction, []);
    const onReport = (event: { auctionId: string }) => {
      if (event.auctionId === auctionId) setReportVersion((version) => version + 1);
    };
    const onConnect = () => {
      void watch();
      setReportVersion((version) => version + 1);
    };
    socket.on('bid:placed', onBid);
    socket.on('auction:closed', onClosed);
    socket.on('auction:report', onReport);
    socket.on('connect', onConnect);
    if (socket.connected) void watch();
    return () => {
      socket.off('bid:placed', onBid);
      socket.off('auction:closed', onClosed);
      socket.off('auction:report', onReport);
      socket.off('connect', onConnect);
      if (socket.connected) socket.emit('auction:unwatch', { auctionId });
    };
  }, [auctionId, status, apply]);

  const placeBid = useCallback(
    async (amount: number) => {
      const result = await api.placeBid(auctionId, amount);
      apply(result.auction, [result.bid]);
      return result;
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

  return { ...state, status, reportVersion, placeBid, loadOlder, refresh, dismissOutbid };
}
