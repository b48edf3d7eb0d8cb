// An API replica dies (kill -9) in the middle of a bidding burst. Three
// replicas run as real processes; bidders (REST and Socket.IO) and watchers
// are spread over them. The dead replica's clients move to a survivor, as a
// load balancer would send them, and re-watch with sinceSeq: they catch up
// without a gap, every acknowledged bid is in the history, and auctions
// ending after the crash are closed on time by the survivors' monitors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Socket } from 'socket.io-client';
import type { Auction, Bid } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  register,
  sleep,
  type Session,
} from '../support/api-client.ts';
import { assertAuctionInvariants, finishedCounts } from '../support/auction-invariants.ts';
import { runNode, waitForReady, type RunningProcess } from '../support/processes.ts';
import { freePort, startRedis, type TestRedis } from '../support/redis-server.ts';
import { connectClient } from '../support/replicas.ts';

/** Acknowledged bids wanted before the crash and again after it. */
const BIDS_PER_PHASE = 40;
/** Upper bound of each phase, so a broken replica cannot hang the test. */
const PHASE_LIMIT_MS = 20_000;

interface ApiProcess {
  url: string;
  process: RunningProcess;
}

let redis: TestRedis;
let apis: ApiProcess[];
let seller: Session;
let bidders: Session[];
const sockets: Socket[] = [];

async function socketTo(url: string, token?: string): Promise<Socket> {
  const socket = await connectClient(url, token);
  sockets.push(socket);
  return socket;
}

before(async () => {
  redis = await startRedis();
  apis = await Promise.all(
    [0, 1, 2].map(async () => {
      const port = await freePort();
      const process = runNode('app/main.ts', {
        ...redis.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        RATE_LIMIT_ENABLED: 'false',
      });
      return { url: `http://127.0.0.1:${port}`, process };
    }),
  );
  await Promise.all(apis.map((api) => waitForReady(api.url, 30_000)));
  seller = await register(apis[0]!.url, 'Seller');
  bidders = await Promise.all(
    Array.from({ length: 6 }, (_, i) => register(apis[i % 3]!.url, `Bidder ${i}`)),
  );
});
after(async () => {
  for (const socket of sockets) socket.close();
  for (const api of apis) api.process.child.kill('SIGKILL');
  await Promise.all(apis.map((api) => api.process.exited));
  await redis.stop();
});

type BidAck = { ok: boolean; bid?: Bid; error?: { code: string; minimumBid?: number } };

/**
 * The bidding side: bidders in bounded loops, half over REST and half over a
 * socket, each starting on replica i % 3 and moving to the next live one
 * when theirs stops answering.
 */
function startBidding(auctionId: string, dead: Set<string>) {
  const acknowledged: Bid[] = [];
  let minimum = 1000;
  let running = true;
  const deadline = Date.now() + 3 * PHASE_LIMIT_MS;
  const live = (from: number) => {
    for (let step = 0; step < apis.length; step++) {
      const api = apis[(from + step) % apis.length]!;
      if (!dead.has(api.url)) return api.url;
    }
    throw new Error('no replica left');
  };
  const learn = (answer: BidAck | { bid: Bid } | undefined) => {
    const reply = answer as BidAck | undefined;
    if (reply?.bid) {
      acknowledged.push(reply.bid);
      minimum = Math.max(minimum, reply.bid.amount + 1);
    } else if (reply?.error?.minimumBid) minimum = Math.max(minimum, reply.error.minimumBid);
  };
  const amount = () => minimum + Math.floor(Math.random() * 50);

  const loops = bidders.map(async (bidder, i) => {
    let home = i % 3;
    let url = live(home);
    let socket: Socket | null = null;
    while (running && Date.now() < deadline) {
      try {
        if (i % 2 === 0) {
          const reply = await call<BidAck & { bid: Bid }>(
            url,
            'POST',
            `/api/auctions/${auctionId}/bids`,
            { token: bidder.token, body: { amount: amount() } },
          );
          learn(reply.status === 201 ? { bid: reply.body.bid } : reply.body);
        } else {
          socket ??= await socketTo(url, bidder.token);
          learn(
            (await socket
              .timeout(5000)
              .emitWithAck('bid:place', { auctionId, amount: amount() })) as BidAck,
          );
        }
      } catch {
        // Refused, reset or no ack: this replica is gone; go where the
        // load balancer would send us next.
        socket?.close();
        socket = null;
        url = live(++home);
      }
      await sleep(5);
    }
    socket?.close();
  });
  return {
    acknowledged,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** A watcher's view: every bid:placed it received, in arrival order. */
async function watch(url: string, auctionId: string, sinceSeq?: number) {
  const socket = await socketTo(url);
  const live: Bid[] = [];
  socket.on('bid:placed', (event: { bid: Bid }) => live.push(event.bid));
  const ack = (await socket.timeout(5000).emitWithAck('auction:watch', {
    auctionId,
    ...(sinceSeq === undefined ? {} : { sinceSeq }),
  })) as { ok: boolean; missed: Bid[] };
  assert.equal(ack.ok, true);
  return { socket, live, missed: ack.missed };
}

const seqs = (bids: Bid[]) => bids.map((bid) => bid.seq);

describe('an API replica killed mid-burst', () => {
  it('moves its clients to the survivors, loses no acknowledged bid and misses no close', async () => {
    const [doomed, survivor] = apis as [ApiProcess, ApiProcess, ApiProcess];
    const auction = await createAuction(doomed.url, seller.token, { durationSeconds: 600 });
    const watchers = await Promise.all(apis.map((api) => watch(api.url, auction.id)));
    const dead = new Set<string>();
    const bidding = startBidding(auction.id, dead);

    let crashedAt = 0;
    let ending: Auction[] = [];
    try {
      await eventually(() => bidding.acknowledged.length >= BIDS_PER_PHASE, PHASE_LIMIT_MS, 10);
      // Auctions due to end during and just after the crash, created on the
      // replica about to die; only the survivors' monitors can close them.
      const now = Date.now();
      ending = await Promise.all(
        [300, 800, 1500, 2500].map((ms) =>
          createAuction(doomed.url, seller.token, {
            durationSeconds: undefined,
            endsAt: new Date(now + ms).toISOString(),
          }),
        ),
      );
      const beforeCrash = bidding.acknowledged.length;
      doomed.process.child.kill('SIGKILL');
      dead.add(doomed.url);
      crashedAt = Date.now();
      assert.equal((await doomed.process.exited).signal, 'SIGKILL');

      // The dead replica's watcher notices, reconnects to a survivor and
      // asks for what it missed since the last seq it saw.
      const orphan = watchers[0]!;
      await eventually(() => !orphan.socket.connected, 5000, 10);
      const lastSeen = orphan.live.at(-1)?.seq ?? 0;
      const resumed = await watch(survivor.url, auction.id, lastSeen);

      await eventually(
        () =>
          bidding.acknowledged.length >= beforeCrash + BIDS_PER_PHASE &&
          Date.now() - crashedAt > 1500,
        PHASE_LIMIT_MS,
        10,
      );
      await bidding.stop();

      // One chain (seq 1..n, rising price) whichever replica took each bid.
      const finished = await finishedCounts(redis.client());
      const stored = await assertAuctionInvariants(survivor.url, auction.id, finished);
      const byId = new Map(stored.map((bid) => [bid.id, bid]));
      const lost = bidding.acknowledged.filter((bid) => byId.get(bid.id)?.seq !== bid.seq);
      assert.deepEqual(
        lost,
        [],
        `${lost.length} of ${bidding.acknowledged.length} acknowledged bids lost`,
      );

      // Survivors' watchers never left: each saw the whole history, in order, once.
      const last = stored.length;
      for (const watcher of watchers.slice(1)) {
        await eventually(() => watcher.live.at(-1)?.seq === last, 5000, 10);
        assert.deepEqual(watcher.live, stored);
      }
      // The moved watcher: what it saw live before the crash, the missed bids
      // and what it saw live after make up the history — no gap, no stranger,
      // each stream in seq order (a bid racing the re-watch may come both as
      // missed and live; clients keep one per seq).
      await eventually(() => resumed.live.at(-1)?.seq === last, 5000, 10);
      for (const stream of [orphan.live, resumed.missed, resumed.live]) {
        seqs(stream).forEach((seq, i, all) => i === 0 || assert.ok(seq > all[i - 1]!));
      }
      assert.deepEqual(seqs(orphan.live), seqs(stored).slice(0, orphan.live.length));
      const merged = new Map<number, Bid>();
      for (const bid of [...orphan.live, ...resumed.missed, ...resumed.live]) {
        assert.deepEqual(bid, byId.get(bid.id), 'every event is a stored bid');
        merged.set(bid.seq, bid);
      }
      assert.deepEqual(
        [...merged.keys()].sort((a, b) => a - b),
        seqs(stored),
      );
      assert.ok(resumed.missed.length > 0 || lastSeen === last, 'it had something to catch up');
    } finally {
      await bidding.stop();
    }

    // Closes: each auction ending during or after the crash is closed once,
    // within a second of its end, though its creator is gone.
    let closed: Auction[] = [];
    await eventually(
      async () => {
        closed = await Promise.all(
          ending.map(
            async (a) => (await call<Auction>(survivor.url, 'GET', `/api/auctions/${a.id}`)).body,
          ),
        );
        return closed.every((a) => a.status === 'closed');
      },
      10_000,
      50,
    );
    for (const a of closed) {
      const lag = Date.parse(a.closedAt as string) - Date.parse(a.endsAt);
      assert.ok(lag >= 0 && lag < 1000, `auction ${a.id} closed ${lag} ms after its end`);
    }
    const finished = await finishedCounts(redis.client());
    for (const a of ending) await assertAuctionInvariants(survivor.url, a.id, finished);
    assert.ok(
      ending.some((a) => Date.parse(a.endsAt) > crashedAt),
      'at least one auction ended after the crash',
    );
  });
});
