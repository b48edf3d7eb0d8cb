// Socket.IO clients for the scenarios: connecting many, and placing bids
// with `bid:place` acks, either closed-loop (each socket sends its next bid
// when the last is acknowledged: the ceiling) or open-loop at a fixed rate
// (latency measured from the moment each bid was due, so a server falling
// behind shows up in p99 instead of silently lowering the rate).
//
// Bids go through a `Bidder`: by default the wire-level client of
// bench/wire-socket.ts (as light as autocannon is for HTTP), or
// socket.io-client itself (`asBidder`), whose cost the bench also reports.
import { io, type Socket } from 'socket.io-client';
import { inBatches } from './fixtures.ts';
import { latencyRecorder, type LatencySummary } from './histogram.ts';
import { connectWireSocket, type WireSocket } from './wire-socket.ts';

/** A connected, signed-in socket placing bids: resolves with the outcome, 'OK' or an error code. */
export interface Bidder {
  placeBid(order: BidOrder, timeoutMs: number): Promise<string>;
  close(): void;
}

const outcome = (ack: BidAck) => (ack.ok ? 'OK' : ack.error.code);

/** The ack's arguments as JSON text: decoded only when the bid was refused. */
const ACCEPTED_PREFIX = '[{"ok":true';
const outcomeOfText = (args: string) =>
  args.startsWith(ACCEPTED_PREFIX) ? 'OK' : outcome((JSON.parse(args) as [BidAck])[0]);

/** socket.io-client's socket as a Bidder. */
export const asBidder = (socket: Socket): Bidder => ({
  placeBid: async (order, timeoutMs) =>
    outcome((await socket.timeout(timeoutMs).emitWithAck('bid:place', order)) as BidAck),
  close: () => socket.close(),
});

const wireBidder = (socket: WireSocket): Bidder => ({
  placeBid: async (order, timeoutMs) =>
    outcomeOfText(await socket.emitWithAck('bid:place', order, timeoutMs)),
  close: () => socket.close(),
});

const ACK_TIMEOUT_MS = 5000;
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The handshake's auth object. Bench sockets ask for compact events, as the
 * web UI does (auctions in events without their description); bench/event-size.ts
 * compares the two forms.
 */
const handshake = (token: string | undefined, compact = true) => ({
  ...(token ? { token } : {}),
  ...(compact ? { compact: true } : {}),
});

export function connectSocket(url: string, token?: string, compact = true): Promise<Socket> {
  const socket = io(url, {
    auth: handshake(token, compact),
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: CONNECT_TIMEOUT_MS,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** `count` wire-level bidders, bidder i on urls[i % urls.length] with tokens[i % tokens.length]. */
export function connectBidders(
  urls: readonly string[],
  count: number,
  tokens: readonly string[],
): Promise<Bidder[]> {
  return inBatches(count, 100, async (i) =>
    wireBidder(
      await connectWireSocket(
        urls[i % urls.length] as string,
        handshake(tokens[i % tokens.length]),
        CONNECT_TIMEOUT_MS,
      ),
    ),
  );
}

/** `count` sockets, socket i on urls[i % urls.length] with tokens[i % tokens.length]. */
export function connectSockets(
  urls: readonly string[],
  count: number,
  tokens: readonly string[] = [],
  compact = true,
): Promise<Socket[]> {
  return inBatches(count, 100, (i) =>
    connectSocket(
      urls[i % urls.length] as string,
      tokens.length ? tokens[i % tokens.length] : undefined,
      compact,
    ),
  );
}

export interface BidOrder {
  auctionId: string;
  amount: number;
}

/**
 * Answers that do not say whether the bid happened: no ack in time, or the
 * replica gave up waiting for Redis (its 1 s command timeout; the script may
 * still have run). Clients retry these with an idempotency key.
 */
export const isUnknownOutcome = (code: string) =>
  code === 'TIMEOUT' || code === 'REDIS_UNAVAILABLE' || code === 'INTERNAL_ERROR';

/** How many of a run's bids got an answer of unknown outcome. */
export const unknownOutcomes = (result: SocketBidResult) =>
  Object.entries(result.byOutcome).reduce(
    (sum, [code, n]) => sum + (isUnknownOutcome(code) ? n : 0),
    0,
  );

export type BidAck = { ok: true; bid: { seq: number } } | { ok: false; error: { code: string } };

export interface SocketBidResult {
  seconds: number;
  sent: number;
  perSecond: number;
  accepted: number;
  acceptedPerSecond: number;
  /** Acks by outcome: OK, BID_TOO_LOW, …, TIMEOUT. */
  byOutcome: Record<string, number>;
  latency: LatencySummary;
  /** Open loop only: bids not sent because too many were already waiting. */
  skipped: number;
}

function tally() {
  const latency = latencyRecorder();
  const byOutcome: Record<string, number> = {};
  return {
    latency,
    async place(bidder: Bidder, order: BidOrder, since: number): Promise<void> {
      const told = await bidder.placeBid(order, ACK_TIMEOUT_MS).catch(() => 'TIMEOUT');
      latency.record(performance.now() - since);
      byOutcome[told] = (byOutcome[told] ?? 0) + 1;
    },
    result(seconds: number, skipped = 0): SocketBidResult {
      const sent = Object.values(byOutcome).reduce((sum, n) => sum + n, 0);
      const accepted = byOutcome.OK ?? 0;
      return {
        seconds,
        sent,
        perSecond: Math.round(sent / seconds),
        accepted,
        acceptedPerSecond: Math.round(accepted / seconds),
        byOutcome,
        latency: latency.summary(),
        skipped,
      };
    },
  };
}

export async function closedLoopBids(
  sockets: readonly Bidder[],
  seconds: number,
  next: () => BidOrder,
): Promise<SocketBidResult> {
  const counts = tally();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    sockets.map(async (socket) => {
      while (performance.now() < deadline) await counts.place(socket, next(), performance.now());
    }),
  );
  return counts.result((performance.now() - started) / 1000);
}

export async function openLoopBids(
  sockets: readonly Bidder[],
  options: { rate: number; seconds: number; maxWaiting: number },
  next: () => BidOrder,
): Promise<SocketBidResult> {
  const counts = tally();
  const total = Math.round(options.rate * options.seconds);
  const started = performance.now();
  const pending = new Set<Promise<void>>();
  let due = 0;
  let skipped = 0;
  while (due < total) {
    const dueNow = Math.min(
      total,
      Math.floor(((performance.now() - started) / 1000) * options.rate),
    );
    for (; due < dueNow; due++) {
      if (pending.size >= options.maxWaiting) {
        skipped++;
        continue;
      }
      const dueAt = started + (due / options.rate) * 1000;
      const placed = counts.place(sockets[due % sockets.length] as Bidder, next(), dueAt);
      pending.add(placed);
      void placed.finally(() => pending.delete(placed));
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await Promise.all(pending);
  return counts.result(options.seconds, skipped);
}
