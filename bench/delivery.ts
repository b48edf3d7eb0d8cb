// Bid → watcher delivery: watchers spread over the replicas watch one
// auction; bidders (one socket per replica) place bids at a fixed rate.
// The sender stamps each bid (by its unique amount) when it sends it; each
// watcher stamps each `bid:placed` when it arrives. All clients live in this
// process, so both stamps come from the same clock. Every watcher must get
// every accepted bid exactly once and in seq order (checks.ts).
import type { Socket } from 'socket.io-client';
import { deliveryProblems } from './checks.ts';
import { latencyRecorder, type LatencySummary } from './histogram.ts';
import { isUnknownOutcome, type BidAck } from './socket-load.ts';

const DRAIN_TIMEOUT_MS = 5000;
const ACK_TIMEOUT_MS = 5000;

interface Arrival {
  seq: number;
  amount: number;
  at: number;
}

export interface DeliveryResult {
  rate: number;
  watchers: number;
  sent: number;
  accepted: number;
  /**
   * Bids not acknowledged as accepted, by error code (BID_TOO_LOW: overtaken
   * on the way) or TIMEOUT. `accepted` includes those of unknown outcome that
   * the watchers saw.
   */
  refused: Record<string, number>;
  latency: LatencySummary;
  /** p99 of bids sent in the first and the second half of the run: stability. */
  firstHalfP99: number;
  secondHalfP99: number;
  /** From the last send until every watcher had every accepted bid. */
  drainMs: number;
  watchersWithProblems: number;
  problems: string[];
}

export interface Audience {
  watchers: Socket[];
  inboxes: Arrival[][];
  reset(): void;
}

/** Makes every socket watch the auction and record its `bid:placed` events. */
export async function watchAuction(watchers: Socket[], auctionId: string): Promise<Audience> {
  const inboxes: Arrival[][] = watchers.map(() => []);
  await Promise.all(
    watchers.map(async (socket, i) => {
      socket.on('bid:placed', (event: { bid: { seq: number; amount: number } }) =>
        inboxes[i]?.push({ seq: event.bid.seq, amount: event.bid.amount, at: performance.now() }),
      );
      const ack = (await socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('auction:watch', { auctionId })) as {
        ok: boolean;
      };
      if (!ack.ok) throw new Error(`auction:watch refused: ${JSON.stringify(ack)}`);
    }),
  );
  return { watchers, inboxes, reset: () => inboxes.forEach((inbox) => (inbox.length = 0)) };
}

export async function measureDelivery(
  audience: Audience,
  bidders: readonly Socket[],
  options: { auctionId: string; rate: number; seconds: number; nextAmount: () => number },
): Promise<DeliveryResult> {
  audience.reset();
  const { rate, auctionId } = options;
  const total = Math.round(rate * options.seconds);
  const sentAt = new Map<number, number>();
  const accepted: number[] = [];
  const refused: Record<string, number> = {};
  const unknownAmounts = new Set<number>();
  const refuse = (code: string, amount: number) => {
    refused[code] = (refused[code] ?? 0) + 1;
    if (isUnknownOutcome(code)) unknownAmounts.add(amount);
  };
  const acks: Promise<void>[] = [];
  const started = performance.now();
  for (let k = 0; k < total; k++) {
    const wait = started + (k / rate) * 1000 - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const amount = options.nextAmount();
    sentAt.set(amount, performance.now());
    const ack = (bidders[k % bidders.length] as Socket)
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('bid:place', { auctionId, amount }) as Promise<BidAck>;
    acks.push(
      ack.then(
        (reply) =>
          void (reply.ok ? accepted.push(reply.bid.seq) : refuse(reply.error.code, amount)),
        () => refuse('TIMEOUT', amount),
      ),
    );
  }
  const lastSent = performance.now();
  await Promise.all(acks);
  // A bid whose outcome the bidder never learned may have been accepted:
  // then every watcher must get it like the others.
  const expected = () => {
    if (unknownAmounts.size === 0) return [...accepted].sort((a, b) => a - b);
    const seqs = new Set(accepted);
    for (const inbox of audience.inboxes)
      for (const arrival of inbox) if (unknownAmounts.has(arrival.amount)) seqs.add(arrival.seq);
    return [...seqs].sort((a, b) => a - b);
  };
  const drainDeadline = lastSent + DRAIN_TIMEOUT_MS;
  for (;;) {
    const count = expected().length;
    if (!audience.inboxes.some((inbox) => inbox.length < count)) break;
    if (performance.now() > drainDeadline) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const drainMs = performance.now() - lastSent;
  const delivered = expected();

  const all = latencyRecorder();
  const halves = [latencyRecorder(), latencyRecorder()];
  const middle = started + options.seconds * 500;
  const problems: string[] = [];
  let watchersWithProblems = 0;
  audience.inboxes.forEach((inbox, i) => {
    for (const arrival of inbox) {
      const sent = sentAt.get(arrival.amount);
      if (sent === undefined) continue; // not ours: reported as unexpected below
      all.record(arrival.at - sent);
      halves[sent < middle ? 0 : 1]?.record(arrival.at - sent);
    }
    const found = deliveryProblems(
      delivered,
      inbox.map((arrival) => arrival.seq),
    );
    if (found.length === 0) return;
    watchersWithProblems++;
    if (problems.length < 10) problems.push(`watcher ${i}: ${found.join('; ')}`);
  });
  return {
    rate,
    watchers: audience.watchers.length,
    sent: total,
    accepted: delivered.length,
    refused,
    latency: all.summary(),
    firstHalfP99: halves[0]?.summary().p99 ?? 0,
    secondHalfP99: halves[1]?.summary().p99 ?? 0,
    drainMs: Math.round(drainMs),
    watchersWithProblems,
    problems,
  };
}
