// Feedback after a sale (`/api/auctions/:id/feedback`) and public profiles
// (`/api/users/:id`): the buyer rates the seller and the seller the buyer,
// once each, within the window after the close; both are public, counted
// and listed on the rated account's profile, and in the export. Every
// refusal is a 4xx with its code that stores nothing. Real Redis, two
// replicas (one writes, the other reads).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import type { Socket } from 'socket.io-client';
import { redisKeys } from '../../core/redis/keys.ts';
import {
  FEEDBACK_WINDOW_DAYS,
  type AccountExport,
  type Auction,
  type AuctionFeedback,
  type Feedback,
  type FeedbackPage,
  type PendingFeedback,
  type UserProfile,
} from '../../core/schemas.ts';
import {
  boughtNow,
  call,
  createAuction,
  eventually,
  placeBid,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { connectClient } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

type Refusal = { error?: { code: string; message: string; role?: string; name?: string } };

let seller: Session;
let buyer: Session;
let outsider: Session;
const stack = useReplicaStack(2, {
  // Deletion right after a sale, for the test of a deleted party.
  env: { ACCOUNT_DELETION_HOLD_DAYS: '0' },
  setup: async () => {
    [seller, buyer, outsider] = await registerEach(stack.url(), ['Seller', 'Buyer', 'Outsider']);
  },
});
const { url } = stack;
let client: Redis | undefined;
/** One client for the file's direct looks into Redis. */
const redis = () => (client ??= stack.redis.client());
const keys = redisKeys();

const leave = (auctionId: string, who: Session | null, body: unknown, replica = 0) =>
  call<{ feedback: Feedback } & Refusal>(
    url(replica),
    'POST',
    `/api/auctions/${auctionId}/feedback`,
    who ? { token: who.token, body } : { body },
  );
const feedbackOf = (auctionId: string) =>
  call<AuctionFeedback & Refusal>(url(1), 'GET', `/api/auctions/${auctionId}/feedback`);
const profile = (userId: string) =>
  call<UserProfile & Refusal>(url(1), 'GET', `/api/users/${userId}`);
const received = (userId: string, query = '') =>
  call<FeedbackPage & Refusal>(url(1), 'GET', `/api/users/${userId}/feedback${query}`);
const codeOf = (reply: { status: number; body: Refusal }) => [reply.status, reply.body.error?.code];

async function listening(replica: number, token?: string): Promise<Socket> {
  const socket = await connectClient(url(replica), token);
  stack.sockets.push(socket);
  return socket;
}

function collect(socket: Socket) {
  const heard: { auctionId: string; feedback: Feedback }[] = [];
  socket.on('feedback:left', (payload) => heard.push(payload));
  return heard;
}

/** An auction `who` bought from `from` at once (Buy It Now): a sale, closed now. */
const sold = (from = seller, who = buyer, title = 'Relógio de bolso') =>
  boughtNow(url(), from, who, { title, durationSeconds: 60 });

async function feedbackKeysOf(auctionId: string) {
  return redis().hgetall(keys.auctionFeedback(auctionId));
}

describe('feedback after a sale', () => {
  it('each party rates the other once; it is public, counted, listed and heard', async () => {
    const auction = await sold();
    const before = await profile(seller.user.id);
    assert.equal(before.status, 200);
    // The sale's watchers, and the rated party's devices wherever they are.
    const watcher = await listening(1);
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    const sellerDevice = await listening(0, seller.token);
    const buyerDevice = await listening(1, buyer.token);
    const [watcherHeard, sellerHeard, buyerHeard] = [
      collect(watcher),
      collect(sellerDevice),
      collect(buyerDevice),
    ];

    const byBuyer = await leave(auction.id, buyer, {
      rating: 'positive',
      comment: '  Chegou bem embalado.  ',
    });
    assert.equal(byBuyer.status, 201);
    assert.deepEqual(byBuyer.body.feedback, {
      auctionId: auction.id,
      auctionTitle: 'Relógio de bolso',
      role: 'buyer',
      from: { id: buyer.user.id, name: 'Buyer' },
      to: { id: seller.user.id, name: 'Seller' },
      rating: 'positive',
      comment: 'Chegou bem embalado.',
      createdAt: byBuyer.body.feedback.createdAt,
      reply: null,
    });
    const bySeller = await leave(auction.id, seller, { rating: 'neutral' }, 1);
    assert.equal(bySeller.status, 201);
    assert.equal(bySeller.body.feedback.role, 'seller');
    assert.deepEqual(bySeller.body.feedback.to, { id: buyer.user.id, name: 'Buyer' });
    assert.equal(bySeller.body.feedback.comment, '');

    await eventually(
      () => watcherHeard.length === 2 && sellerHeard.length === 1 && buyerHeard.length === 1,
    );
    assert.deepEqual(
      watcherHeard.map((event) => event.feedback),
      [byBuyer.body.feedback, bySeller.body.feedback],
    );
    assert.deepEqual(sellerHeard[0], { auctionId: auction.id, feedback: byBuyer.body.feedback });
    assert.deepEqual(buyerHeard[0]?.feedback, bySeller.body.feedback);

    // Everyone reads both, the buyer's first, and until when they could be left.
    const both = await feedbackOf(auction.id);
    assert.equal(both.status, 200);
    assert.deepEqual(both.body.items, [byBuyer.body.feedback, bySeller.body.feedback]);
    const closedAt = Date.parse(auction.closedAt as string);
    assert.equal(
      Date.parse(both.body.openUntil as string),
      closedAt + FEEDBACK_WINDOW_DAYS * 86_400_000,
    );

    // Counted on each rated profile (nothing on the author's own count).
    const sellerProfile = await profile(seller.user.id);
    assert.deepEqual(sellerProfile.body.feedback, {
      ...before.body.feedback,
      positive: before.body.feedback.positive + 1,
    });
    assert.equal(sellerProfile.body.name, 'Seller');
    assert.equal(JSON.stringify(sellerProfile.body).includes('@'), false, 'never an e-mail');
    assert.ok(Date.parse(sellerProfile.body.memberSince) <= Date.now());
    const buyerProfile = await profile(buyer.user.id);
    assert.equal(buyerProfile.body.feedback.neutral, 1);
    assert.deepEqual((await received(buyer.user.id)).body.items, [bySeller.body.feedback]);
    assert.deepEqual((await received(seller.user.id)).body.items[0], byBuyer.body.feedback);

    // Once: a second rating is refused and the first stays as it was.
    const again = await leave(auction.id, buyer, { rating: 'negative', comment: 'Mudei de ideia' });
    assert.deepEqual(codeOf(again), [409, 'FEEDBACK_ALREADY_LEFT']);
    assert.deepEqual((await feedbackOf(auction.id)).body.items, both.body.items);
    assert.deepEqual((await profile(seller.user.id)).body.feedback, sellerProfile.body.feedback);

    // Without a mail relay (no SMTP_URL here) no e-mail is queued.
    assert.equal(await redis().exists(keys.feedbackStream), 0);

    // The export: what one received and what one left.
    const exported = await call<AccountExport>(url(), 'GET', '/api/me/export', {
      token: buyer.token,
    });
    assert.deepEqual(exported.body.feedback.received, [bySeller.body.feedback]);
    assert.deepEqual(exported.body.feedback.given[0], byBuyer.body.feedback);
  });

  it('is answered once by the one it rates, beside it, and heard by its author', async () => {
    const auction = await sold();
    await leave(auction.id, buyer, { rating: 'negative', comment: 'Demorou.' });
    await leave(auction.id, seller, { rating: 'positive' });
    const authorDevice = await listening(0, buyer.token);
    const replied: { auctionId: string; feedback: Feedback }[] = [];
    authorDevice.on('feedback:replied', (payload) => replied.push(payload));
    const answer = (role: string, who: Session | null, body: unknown) =>
      call<{ feedback: Feedback } & Refusal>(
        url(1),
        'POST',
        `/api/auctions/${auction.id}/feedback/${role}/reply`,
        who ? { token: who.token, body } : { body },
      );

    // The seller answers the buyer's rating (role: the author's part).
    const answered = await answer('buyer', seller, { text: '  Os Correios atrasaram.  ' });
    assert.equal(answered.status, 200);
    assert.equal(answered.body.feedback.reply?.text, 'Os Correios atrasaram.');
    assert.equal(answered.body.feedback.comment, 'Demorou.', 'the rating itself unchanged');
    await eventually(() => replied.length === 1);
    assert.deepEqual(replied[0], { auctionId: auction.id, feedback: answered.body.feedback });
    const read = await feedbackOf(auction.id);
    assert.deepEqual(read.body.items[0], answered.body.feedback);
    assert.equal(read.body.items[1]?.reply, null);
    assert.deepEqual((await received(seller.user.id)).body.items[0], answered.body.feedback);

    // Once, by the rated person only, to a rating that exists.
    assert.deepEqual(codeOf(await answer('buyer', seller, { text: 'De novo' })), [
      409,
      'ALREADY_REPLIED',
    ]);
    assert.deepEqual(codeOf(await answer('buyer', buyer, { text: 'Eu mesmo' })), [
      403,
      'NOT_RATED',
    ]);
    assert.deepEqual(codeOf(await answer('seller', outsider, { text: 'Oi' })), [403, 'NOT_RATED']);
    assert.equal((await answer('seller', null, { text: 'Oi' })).status, 401);
    for (const body of [{}, { text: '   ' }, { text: 'x'.repeat(501) }, { text: 'a', more: 1 }])
      assert.deepEqual(codeOf(await answer('seller', buyer, body)), [400, 'VALIDATION_FAILED']);
    assert.deepEqual(codeOf(await answer('other', buyer, { text: 'a' })), [
      400,
      'VALIDATION_FAILED',
    ]);
    assert.deepEqual(
      (await feedbackOf(auction.id)).body.items[0]?.reply?.text,
      'Os Correios atrasaram.',
    );
    assert.equal((await feedbackOf(auction.id)).body.items[1]?.reply, null, 'nothing stored');

    const unrated = await sold();
    assert.deepEqual(
      codeOf(
        await call<Refusal>(url(), 'POST', `/api/auctions/${unrated.id}/feedback/buyer/reply`, {
          token: seller.token,
          body: { text: 'Oi' },
        }),
      ),
      [404, 'FEEDBACK_NOT_FOUND'],
    );
    assert.deepEqual(
      codeOf(
        await call<Refusal>(url(), 'POST', '/api/auctions/no-such/feedback/buyer/reply', {
          token: seller.token,
          body: { text: 'Oi' },
        }),
      ),
      [404, 'AUCTION_NOT_FOUND'],
    );
  });

  it('is for the two parties of a sale only', async () => {
    const auction = await sold();
    const stranger = await leave(auction.id, outsider, { rating: 'negative' });
    assert.deepEqual(codeOf(stranger), [403, 'NOT_A_PARTY']);
    assert.equal((await leave(auction.id, null, { rating: 'positive' })).status, 401);
    const missing = await leave('no-such-auction', buyer, { rating: 'positive' });
    assert.deepEqual(codeOf(missing), [404, 'AUCTION_NOT_FOUND']);
    assert.deepEqual(codeOf(await feedbackOf('no-such-auction')), [404, 'AUCTION_NOT_FOUND']);

    // Open with a leader, cancelled, or ended without a bid: no sale, no feedback.
    const open = await createAuction(url(), seller.token);
    assert.equal((await placeBid(url(), buyer.token, open.id, open.minimumBid)).status, 201);
    const cancelled = await createAuction(url(), seller.token);
    await call(url(), 'POST', `/api/auctions/${cancelled.id}/cancel`, { token: seller.token });
    const unsold = await createAuction(url(), seller.token, { durationSeconds: 1 });
    await eventually(
      async () =>
        (await call<Auction>(url(), 'GET', `/api/auctions/${unsold.id}`)).body.status === 'closed',
    );
    for (const { id } of [open, cancelled, unsold]) {
      for (const who of [seller, buyer])
        assert.deepEqual(codeOf(await leave(id, who, { rating: 'positive' })), [409, 'NOT_SOLD']);
      assert.deepEqual((await feedbackOf(id)).body, { items: [], openUntil: null });
    }
    assert.deepEqual(await feedbackKeysOf(auction.id), {});
  });

  it('refuses bad input with 400 and stores nothing', async () => {
    const auction = await sold();
    for (const body of [
      {},
      { rating: 'great' },
      { rating: 'POSITIVE' },
      { rating: 1 },
      { rating: 'positive', comment: 'x'.repeat(501) },
      { rating: 'positive', comment: 7 },
      { rating: 'positive', stars: 5 },
      null,
    ]) {
      const reply = await leave(auction.id, buyer, body);
      assert.deepEqual(codeOf(reply), [400, 'VALIDATION_FAILED'], JSON.stringify(body));
    }
    assert.deepEqual(await feedbackKeysOf(auction.id), {});
    assert.equal(
      (await leave(auction.id, buyer, { rating: 'positive', comment: 'x'.repeat(500) })).status,
      201,
    );
  });

  it(`closes ${FEEDBACK_WINDOW_DAYS} days after the sale`, async () => {
    const auction = await sold();
    // As if the sale had closed just over the window ago (by Redis's clock).
    const [seconds] = await redis().time();
    const longAgo = Number(seconds) * 1000 - FEEDBACK_WINDOW_DAYS * 86_400_000 - 1000;
    await redis().hset(keys.auction(auction.id), 'closedAt', longAgo);
    const late = await leave(auction.id, buyer, { rating: 'positive' });
    assert.deepEqual(codeOf(late), [409, 'FEEDBACK_CLOSED']);
    assert.deepEqual(await feedbackKeysOf(auction.id), {});
    assert.ok(Date.parse((await feedbackOf(auction.id)).body.openUntil as string) < Date.now());

    // A minute inside the window it is taken.
    await redis().hset(keys.auction(auction.id), 'closedAt', longAgo + 61_000);
    assert.equal((await leave(auction.id, buyer, { rating: 'positive' })).status, 201);
  });

  it('cannot rate an account that was deleted, and what it left stays public', async () => {
    const [ana, bia] = await registerEach(url(), ['Ana', 'Bia'] as const);
    const auction = await sold(ana, bia, 'Vaso');
    assert.equal(
      (await leave(auction.id, bia, { rating: 'positive', comment: 'Ótima' })).status,
      201,
    );
    const deleted = await call(url(), 'DELETE', '/api/auth/me', {
      token: bia.token,
      body: { password: 'correct horse battery' },
    });
    assert.equal(deleted.status, 204);

    const toDeleted = await leave(auction.id, ana, { rating: 'positive' });
    assert.equal(toDeleted.status, 410);
    assert.deepEqual(toDeleted.body.error, {
      code: 'ACCOUNT_DELETED',
      role: 'buyer',
      name: 'Bia',
      message: toDeleted.body.error?.message,
    });
    assert.deepEqual(codeOf(await profile(bia.user.id)), [404, 'USER_NOT_FOUND']);
    assert.deepEqual(codeOf(await received(bia.user.id)), [404, 'USER_NOT_FOUND']);
    assert.equal(await redis().exists(keys.userFeedbackGiven(bia.user.id)), 0);
    assert.equal(await redis().exists(keys.user(bia.user.id)), 0, 'no count revived it');
    // Bia's rating of Ana stays on the sale and on Ana's profile, with her name.
    const kept = await feedbackOf(auction.id);
    assert.deepEqual(
      kept.body.items.map((item) => [item.from.name, item.rating]),
      [['Bia', 'positive']],
    );
    assert.equal((await profile(ana.user.id)).body.feedback.positive, 1);
    assert.equal((await received(ana.user.id)).body.items[0]?.comment, 'Ótima');
  });
});

describe('sales still to rate', () => {
  const pendingOf = async (who: Session) => {
    const reply = await call<{ items: PendingFeedback[] }>(
      url(1),
      'GET',
      '/api/me/feedback/pending',
      {
        token: who.token,
      },
    );
    assert.equal(reply.status, 200);
    return reply.body.items.map((item) => [item.auction.title, item.role]);
  };

  it('lists each party its sales without its rating, the soonest to close first, until the window ends', async () => {
    const [rita, davi, eva] = await registerEach(url(), ['Rita', 'Davi', 'Eva'] as const);
    const first = await boughtNow(url(), rita, davi, { title: 'Primeira venda' });
    const second = await boughtNow(url(), davi, rita, { title: 'Segunda venda' });
    // Not sales: open with a bid, cancelled, ended without a bid.
    const open = await createAuction(url(), rita.token, { title: 'Aberto' });
    await placeBid(url(), davi.token, open.id, open.minimumBid);
    const unsold = await createAuction(url(), rita.token, {
      title: 'Sem lance',
      durationSeconds: 1,
    });
    await eventually(
      async () =>
        (await call<Auction>(url(), 'GET', `/api/auctions/${unsold.id}`)).body.status === 'closed',
    );

    assert.deepEqual(await pendingOf(rita), [
      ['Primeira venda', 'seller'],
      ['Segunda venda', 'buyer'],
    ]);
    assert.deepEqual(await pendingOf(davi), [
      ['Primeira venda', 'buyer'],
      ['Segunda venda', 'seller'],
    ]);
    assert.deepEqual(await pendingOf(eva), []);

    // Rated: gone from the rater's list only.
    await leave(first.id, davi, { rating: 'positive' });
    assert.deepEqual(await pendingOf(davi), [['Segunda venda', 'seller']]);
    assert.equal((await pendingOf(rita)).length, 2);

    // Past the window (by Redis's clock): gone for both.
    const client = redis();
    const [seconds] = await client.time();
    const longAgo = Number(seconds) * 1000 - FEEDBACK_WINDOW_DAYS * 86_400_000 - 1000;
    await client.hset(keys.auction(second.id), 'closedAt', longAgo);
    assert.deepEqual(await pendingOf(rita), [['Primeira venda', 'seller']]);
    assert.deepEqual(await pendingOf(davi), []);
    assert.equal((await call(url(), 'GET', '/api/me/feedback/pending')).status, 401);
  });
});

describe('public profiles', () => {
  it('page through the feedback received and the auctions listed', async () => {
    const [cai] = await registerEach(url(), ['Cai'] as const);
    const sales = [];
    for (const title of ['Primeiro', 'Segundo', 'Terceiro'])
      sales.push(await sold(cai, buyer, title));
    for (const sale of sales) await leave(sale.id, buyer, { rating: 'positive' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await received(cai.user.id, query);
      assert.equal(page.status, 200);
      seen.push(...page.body.items.map((item) => item.auctionTitle));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, ['Terceiro', 'Segundo', 'Primeiro'], 'latest first, each once');

    const listed = await call<{ items: Auction[] }>(
      url(1),
      'GET',
      `/api/users/${cai.user.id}/auctions`,
    );
    assert.deepEqual(
      listed.body.items.map((auction) => auction.title),
      ['Terceiro', 'Segundo', 'Primeiro'],
    );
    assert.deepEqual((await profile(cai.user.id)).body.feedback, {
      positive: 3,
      neutral: 0,
      negative: 0,
    });
  });

  it('answer 404 for an unknown user and 400 for a bad id or cursor', async () => {
    for (const path of ['', '/feedback', '/auctions'])
      assert.deepEqual(codeOf(await call<Refusal>(url(), 'GET', `/api/users/nobody-here${path}`)), [
        404,
        'USER_NOT_FOUND',
      ]);
    assert.deepEqual(codeOf(await profile('bad id!')), [400, 'VALIDATION_FAILED']);
    assert.deepEqual(codeOf(await received(seller.user.id, '?cursor=not-a-cursor')), [
      400,
      'VALIDATION_FAILED',
    ]);
    assert.deepEqual(codeOf(await received(seller.user.id, '?limit=51')), [
      400,
      'VALIDATION_FAILED',
    ]);
  });
});
