// The Lua scripts against a real Redis: the atomic heart of the platform.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { fieldOf, hashToRecord, toAuction } from '../../core/auction-view.ts';
import { AppError } from '../../core/errors.ts';
import { createAuctionStore, type AuctionStore } from '../../core/redis/auction-store.ts';
import { FINISHED_CHANNEL, redisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type { FinishedAuction, PublicUser } from '../../core/schemas.ts';
import { sleep } from '../support/api-client.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';

const seller: PublicUser = { id: 'seller-1', name: 'Sara' };
const bidders: PublicUser[] = Array.from({ length: 20 }, (_, i) => ({
  id: `bidder-${i}`,
  name: `Bidder ${i}`,
}));

let redis: TestRedis;
let stores: AuctionStore[];
let raw: Redis;
const keys = redisKeys('scripts-test:');

const auctionInput = {
  seller,
  title: 'Relógio antigo',
  description: 'Funciona',
  startingPrice: 1000,
  minIncrement: 100,
  softCloseSeconds: 0,
  durationMs: 60_000,
  endingSoonMs: 0,
};

function newAuction(
  store: AuctionStore,
  extra: Partial<Parameters<AuctionStore['create']>[0]> = {},
) {
  return store.create({ ...auctionInput, ...extra });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    return error.code;
  }
}

before(async () => {
  redis = await startRedis();
  raw = redis.client();
  // Three connections, as three replicas would have.
  stores = [0, 1, 2].map(() => createAuctionStore(loadScripts(redis.client()), keys));
  // The scripts act only for accounts that exist.
  for (const { id, name } of [seller, ...bidders]) await raw.hset(keys.user(id), 'name', name);
});
after(() => redis.stop());

describe('placeBid script', () => {
  it('keeps a strictly increasing chain under hundreds of concurrent bids from three connections', async () => {
    const auction = await newAuction(stores[0]!);
    const attempts = Array.from({ length: 400 }, (_, i) => {
      const store = stores[i % 3]!;
      const bidder = bidders[i % bidders.length]!;
      // Rising amounts with jitter: many are accepted, many collide and lose.
      const amount = 1000 + i * 60 + Math.floor(Math.random() * 300);
      return store.placeBid(auction.id, bidder, amount).then(
        (result) => ({ ok: true as const, result }),
        (error: AppError) => ({ ok: false as const, code: error.code }),
      );
    });
    const outcomes = await Promise.all(attempts);
    const accepted = outcomes.flatMap((o) => (o.ok ? [o.result.bid] : []));
    assert.ok(accepted.length > 50, `only ${accepted.length} accepted`);
    assert.ok(accepted.length < 400, 'some bids must have collided');
    assert.ok(outcomes.every((o) => o.ok || o.code === 'BID_TOO_LOW'));

    const history = await stores[1]!.bids(auction.id, 0, 1000);
    assert.deepEqual(
      history.map((b) => b.seq),
      accepted.map((_, i) => i + 1),
      'seq 1..n without gaps',
    );
    assert.deepEqual(
      new Set(history.map((b) => b.id)),
      new Set(accepted.map((b) => b.id)),
      'history = accepted',
    );
    for (let i = 1; i < history.length; i++) {
      assert.ok(
        history[i]!.amount >= history[i - 1]!.amount + 100,
        'each bid beats the last by the increment',
      );
    }
    const final = await stores[2]!.get(auction.id);
    assert.equal(final?.currentPrice, Math.max(...accepted.map((b) => b.amount)));
    assert.equal(final?.bidCount, accepted.length);
    assert.equal(final?.seq, accepted.length);
    assert.equal(final?.minimumBid, (final?.currentPrice ?? 0) + 100);
  });

  it('refuses with the right code: unknown auction, own auction, too low (with the minimum)', async () => {
    const auction = await newAuction(stores[0]!);
    assert.equal(
      await codeOf(stores[0]!.placeBid('no-such-auction', bidders[0]!, 5000)),
      'AUCTION_NOT_FOUND',
    );
    assert.equal(await codeOf(stores[0]!.placeBid(auction.id, seller, 5000)), 'OWN_AUCTION');
    assert.equal(await codeOf(stores[0]!.placeBid(auction.id, bidders[0]!, 999)), 'BID_TOO_LOW');
    await stores[0]!.placeBid(auction.id, bidders[0]!, 1000);
    const tooLow = await stores[0]!
      .placeBid(auction.id, bidders[1]!, 1099)
      .catch((e: AppError) => e);
    assert.ok(tooLow instanceof AppError);
    assert.equal(tooLow.details.minimumBid, 1100);
  });

  it('refuses a bid after endsAt even when no monitor has closed the auction', async () => {
    const auction = await newAuction(stores[0]!, { durationMs: 50 });
    await sleep(80);
    assert.equal(
      await codeOf(stores[0]!.placeBid(auction.id, bidders[0]!, 5000)),
      'AUCTION_CLOSED',
    );
    assert.equal((await stores[0]!.get(auction.id))?.status, 'open', 'nothing closed it yet');
  });

  it('soft close: an accepted late bid extends the end; a rejected one does not', async () => {
    const auction = await newAuction(stores[0]!, { durationMs: 1_000, softCloseSeconds: 30 });
    const endsAt = Date.parse(auction.endsAt);
    assert.equal(await codeOf(stores[0]!.placeBid(auction.id, bidders[0]!, 1)), 'BID_TOO_LOW');
    assert.equal(
      (await stores[0]!.get(auction.id))?.endsAt,
      auction.endsAt,
      'rejected bid kept the end',
    );

    const { auction: after, bid } = await stores[0]!.placeBid(auction.id, bidders[0]!, 1000);
    assert.equal(Date.parse(after.endsAt), Date.parse(bid.placedAt) + 30_000);
    assert.ok(Date.parse(after.endsAt) > endsAt);
    const score = await raw.zscore(keys.openAuctions, auction.id);
    assert.equal(Number(score), Date.parse(after.endsAt), 'the monitor queue follows the new end');
  });

  it('soft close does not move an end that is further away than the window', async () => {
    const auction = await newAuction(stores[0]!, { durationMs: 60_000, softCloseSeconds: 10 });
    const { auction: after } = await stores[0]!.placeBid(auction.id, bidders[0]!, 1000);
    assert.equal(after.endsAt, auction.endsAt);
  });
});

describe('outbid notices', () => {
  it('are queued for the worker only by a store told the platform sends e-mail', async () => {
    const auction = await newAuction(stores[0]!);
    await stores[0]!.placeBid(auction.id, bidders[0]!, 1000);
    await stores[1]!.placeBid(auction.id, bidders[1]!, 1100);
    assert.equal(await raw.xlen(keys.outbidStream), 0, 'without a relay, no notice');
    const mailing = createAuctionStore(loadScripts(redis.client()), keys, { mailNotices: true });
    await mailing.placeBid(auction.id, bidders[0]!, 1200);
    const [[, fields] = ['', []]] = await raw.xrange(keys.outbidStream, '-', '+');
    assert.deepEqual(fields, ['auctionId', auction.id, 'userId', bidders[1]!.id, 'seq', '3']);
  });
});

describe('ending-soon e-mail notices', () => {
  const windowMs = 60_000;
  const mailing = () =>
    createAuctionStore(loadScripts(redis.client()), keys, { mailNotices: true });
  const queued = async () =>
    (await raw.xrange(keys.endingSoonStream, '-', '+')).map(([, fields]) => fields);

  it('are scheduled at listing, the window before the end, and never for a shorter auction', async () => {
    const long = await newAuction(stores[0]!, {
      durationMs: windowMs + 1000,
      endingSoonEmailMs: windowMs,
    });
    const short = await newAuction(stores[0]!, {
      durationMs: windowMs - 1000,
      endingSoonEmailMs: windowMs,
    });
    const none = await newAuction(stores[0]!);
    assert.equal(
      Number(await raw.zscore(keys.endingSoonMail, long.id)),
      Date.parse(long.endsAt) - windowMs,
    );
    assert.equal(await raw.zscore(keys.endingSoonMail, short.id), null);
    assert.equal(await raw.zscore(keys.endingSoonMail, none.id), null);
  });

  it('stream each watched auction still open when due, once, only where e-mail is sent', async () => {
    const dueSoon = { durationMs: windowMs + 300, endingSoonEmailMs: windowMs };
    // A replica without SMTP_URL takes what is due off the schedule and queues nothing.
    const dropped = await newAuction(stores[0]!, dueSoon);
    await stores[0]!.watch(bidders[0]!.id, dropped.id);
    await sleep(400);
    await stores[0]!.closeDue(100);
    assert.equal(await raw.exists(keys.endingSoonStream), 0, 'nothing ever added');
    assert.equal(await raw.zscore(keys.endingSoonMail, dropped.id), null);

    const store = mailing();
    const [watched, unwatched, cancelled, bidOn] = await Promise.all(
      [0, 1, 2, 3].map(() => newAuction(store, dueSoon)),
    );
    for (const auction of [watched!, cancelled!]) await store.watch(bidders[0]!.id, auction.id);
    await store.watch(bidders[1]!.id, watched!.id);
    await store.cancel(cancelled!.id, seller);
    await store.placeBid(bidOn!.id, bidders[2]!, 1000);
    await sleep(400);
    await store.closeDue(100);
    assert.deepEqual(
      (await queued()).sort(),
      [
        ['auctionId', watched!.id],
        ['auctionId', bidOn!.id],
      ].sort(),
      'one entry for two watchers, one for a bidder; none with nobody to tell, nor cancelled',
    );
    for (const auction of [watched!, unwatched!, cancelled!, bidOn!])
      assert.equal(await raw.zscore(keys.endingSoonMail, auction.id), null);
    await store.closeDue(100);
    assert.equal((await queued()).length, 2, 'streamed once');
  });
});

describe('createAuction script', () => {
  it('refuses an end in the past or beyond 30 days by the server clock', async () => {
    assert.equal(
      await codeOf(newAuction(stores[0]!, { durationMs: undefined, endsAtMs: Date.now() - 1000 })),
      'VALIDATION_FAILED',
    );
    const tooFar = Date.now() + 31 * 24 * 3600 * 1000;
    assert.equal(
      await codeOf(newAuction(stores[0]!, { durationMs: undefined, endsAtMs: tooFar })),
      'VALIDATION_FAILED',
    );
  });
});

describe('closeDueAuctions script', () => {
  it('closes many auctions ending together exactly once while three monitors race', async () => {
    const subscriber = redis.client();
    const published: FinishedAuction[] = [];
    subscriber.on('message', (_channel: string, message: string) =>
      published.push(JSON.parse(message) as FinishedAuction),
    );
    await subscriber.subscribe(FINISHED_CHANNEL);

    const created = await Promise.all(
      Array.from({ length: 300 }, (_, i) => newAuction(stores[i % 3]!, { durationMs: 150 })),
    );
    await Promise.all(
      created.slice(0, 100).map((a, i) => stores[0]!.placeBid(a.id, bidders[i % 20]!, 2000)),
    );
    await sleep(200);
    const closedBy = await Promise.all(
      stores.map(async (store) => {
        let total = 0;
        for (let i = 0; i < 20; i++) total += (await store.closeDue(25)).closed;
        return total;
      }),
    );
    const ids = new Set(created.map((a) => a.id));
    // Earlier tests' auctions may be due too, so at least 300 closed in all…
    assert.ok(closedBy.reduce((a, b) => a + b, 0) >= 300, `closed ${closedBy.join('+')}`);
    const statuses = await Promise.all(created.map((a) => stores[1]!.get(a.id)));
    assert.ok(
      statuses.every((a) => a?.status === 'closed'),
      'every auction closed',
    );

    const entries = await raw.xrange(keys.finishedStream, '-', '+');
    const streamIds = entries
      .map(([, fields]) => fieldOf(fields, 'auctionId') as string)
      .filter((id) => ids.has(id));
    assert.equal(streamIds.length, 300, 'one stream entry per auction');
    assert.equal(new Set(streamIds).size, 300, 'no duplicates in the stream');

    await sleep(100);
    const announced = published.filter((p) => ids.has(p.auction.id));
    assert.equal(announced.length, 300, 'one publication per auction');
    assert.equal(new Set(announced.map((p) => p.auction.id)).size, 300);
    const withBid = announced.find((p) => p.bidCount === 1);
    assert.ok(withBid?.winner && withBid.finalPrice === 2000);
    const withoutBid = announced.find((p) => p.bidCount === 0);
    assert.equal(withoutBid?.winner, null);
    assert.equal(withoutBid?.finalPrice, null);
  });

  it('publishes the same public Auction the API serves', async () => {
    const auction = await newAuction(stores[0]!, {
      durationMs: 50,
      title: 'Título "com" aspas / e ç',
    });
    await stores[0]!.placeBid(auction.id, bidders[3]!, 1500);
    await sleep(80);
    await stores[0]!.closeDue(100);
    const entries = await raw.xrange(keys.finishedStream, '-', '+');
    const entry = entries.find(([, f]) => f.includes(auction.id));
    assert.ok(entry);
    const finished = JSON.parse(
      entry[1][entry[1].indexOf('finished') + 1] as string,
    ) as FinishedAuction;
    const served = toAuction(
      hashToRecord(
        await raw.hgetall(keys.auction(auction.id)).then((h) => Object.entries(h).flat()),
      ),
    );
    assert.deepEqual(finished.auction, served);
    assert.equal(served.status, 'closed');
    assert.deepEqual(served.winner, { id: bidders[3]!.id, name: bidders[3]!.name });
  });

  it('reports the time until the next end by the server clock', async () => {
    await stores[0]!.closeDue(1000);
    await raw.del(keys.openAuctions);
    assert.equal((await stores[0]!.closeDue(10)).msUntilNextDue, -1);
    await newAuction(stores[0]!, { durationMs: 5_000 });
    const { msUntilNextDue } = await stores[0]!.closeDue(10);
    assert.ok(msUntilNextDue > 4_000 && msUntilNextDue <= 5_000, String(msUntilNextDue));
  });
});

describe('listAuctions script', () => {
  it('pages through auctions sharing one end time without skipping or repeating', async () => {
    const endsAtMs = Date.now() + 3_600_000;
    const created = await Promise.all(
      Array.from({ length: 25 }, () => newAuction(stores[0]!, { durationMs: undefined, endsAtMs })),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await stores[0]!.list('open', 7, cursor);
      seen.push(...result.items.filter((a) => Date.parse(a.endsAt) === endsAtMs).map((a) => a.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    assert.equal(seen.length, 25);
    assert.deepEqual(new Set(seen), new Set(created.map((a) => a.id)));
  });

  it('orders open auctions soonest-ending first and closed ones latest first', async () => {
    const open = await stores[0]!.list('open', 100);
    const ends = open.items.map((a) => Date.parse(a.endsAt));
    assert.deepEqual(
      ends,
      [...ends].sort((a, b) => a - b),
    );
    const closed = await stores[0]!.list('closed', 100);
    assert.ok(closed.items.length > 0);
    const closedAt = closed.items.map((a) => Date.parse(a.closedAt as string));
    assert.deepEqual(
      closedAt,
      [...closedAt].sort((a, b) => b - a),
    );
  });

  it('refuses a forged cursor with a validation error', async () => {
    assert.equal(await codeOf(stores[0]!.list('open', 5, 'not-a-cursor')), 'VALIDATION_FAILED');
  });
});

describe('an account deleted after its token was checked', () => {
  it('can neither sell, bid, buy now nor watch, and gets none of its lists back', async () => {
    const ghost: PublicUser = { id: 'deleted-1', name: 'Gone' };
    const auction = await newAuction(stores[0]!, { buyNowPrice: 9_000 });
    // No account hash: what a request resolved just before the deletion meets.
    const refused = await Promise.all(
      [
        stores[0]!.create({ ...auctionInput, seller: ghost }),
        stores[1]!.placeBid(auction.id, ghost, 5_000),
        stores[1]!.placeBid(auction.id, ghost, 5_000, { maxAmount: 8_000, idempotencyKey: 'k' }),
        stores[2]!.buyNow(auction.id, ghost),
        stores[2]!.watch(ghost.id, auction.id),
      ].map(codeOf),
    );
    assert.deepEqual(refused, Array(5).fill('UNAUTHORIZED'));
    assert.deepEqual(await raw.keys(`*${ghost.id}*`), [], 'no key names the account');
    const after = await stores[0]!.get(auction.id);
    assert.deepEqual([after?.status, after?.bidCount, after?.leader], ['open', 0, null]);
    assert.equal(await raw.scard(keys.auctionWatchers(auction.id)), 0);
  });
});
