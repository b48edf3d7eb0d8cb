// Reports and moderation: anyone signed in but the seller reports an auction
// once (`POST /api/auctions/:id/flags`); moderators, made by the operator's
// command (`app/moderator.ts`), read the queue of reported auctions and take
// an open one down — it ends at once without a sale, on every replica, and
// never reaches the worker — or keep it. Everyone else is refused, even in
// the script itself. Real Redis, two replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAuctionStore } from '../../core/redis/auction-store.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { createModerationStore } from '../../core/redis/moderation-store.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type {
  AccountExport,
  Auction,
  GivenFlag,
  ModerationQueue,
  PublicUser,
  User,
} from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  placeBid,
  registerEach,
  sleep,
  type Session,
} from '../support/api-client.ts';
import { connectClient, nextEvent as next } from '../support/replicas.ts';
import { moderatorCommand as runModeratorCommand } from '../support/moderators.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

type Refusal = { error?: { code: string } };

let seller: Session;
let bidder: Session;
let neighbour: Session;
let moderator: Session;
const stack = useReplicaStack(2, {
  env: { ACCOUNT_DELETION_HOLD_DAYS: '0' },
  setup: async () => {
    [seller, bidder, neighbour, moderator] = await registerEach(stack.url(), [
      'Seller',
      'Bia Bidder',
      'Nando Neighbour',
      'Mara Moderator',
    ] as const);
    const granted = moderatorCommand('grant', moderator.user.email);
    assert.equal(granted.status, 0, granted.stderr);
    assert.match(granted.stdout, /Mara Moderator <.+> is now a moderator\./);
  },
});
const { url } = stack;

/** The operator's command, run as a separate process on the stack's Redis. */
const moderatorCommand = (...args: string[]) => runModeratorCommand(stack.redis, ...args);

const flag = (who: Session, auctionId: string, body: unknown, replica = 1) =>
  call<Refusal>(url(replica), 'POST', `/api/auctions/${auctionId}/flags`, {
    token: who.token,
    body,
  });
const queue = (who: Session, query = '?limit=50') =>
  call<ModerationQueue & Refusal>(url(0), 'GET', `/api/moderation/queue${query}`, {
    token: who.token,
  });
const remove = (who: Session, auctionId: string, reason: unknown = 'fraud', replica = 1) =>
  call<{ auction: Auction } & Refusal>(
    url(replica),
    'POST',
    `/api/moderation/auctions/${auctionId}/remove`,
    { token: who.token, body: { reason } },
  );
const dismiss = (who: Session, auctionId: string) =>
  call<Refusal>(url(1), 'POST', `/api/moderation/auctions/${auctionId}/dismiss`, {
    token: who.token,
  });
const read = async (auctionId: string) =>
  (await call<Auction>(url(0), 'GET', `/api/auctions/${auctionId}`)).body;
const codeOf = (reply: { status: number; body: Refusal }) => [reply.status, reply.body.error?.code];
const queuedIds = async () =>
  (await queue(moderator, '?limit=50')).body.items.map((i) => i.auction.id);

describe('reporting an auction', () => {
  it('takes one report per person, from anyone signed in but the seller', async () => {
    const auction = await createAuction(url(), seller.token);
    const first = await flag(bidder, auction.id, {
      reason: 'counterfeit',
      details: '  Logo torto, é réplica.  ',
    });
    assert.equal(first.status, 204);
    assert.deepEqual(
      codeOf(await flag(bidder, auction.id, { reason: 'fraud' }, 0)),
      [409, 'ALREADY_FLAGGED'],
      'once per person, on any replica',
    );
    assert.deepEqual(codeOf(await flag(seller, auction.id, { reason: 'other' })), [
      403,
      'OWN_AUCTION',
    ]);
    assert.deepEqual(codeOf(await flag(bidder, 'no-such-auction', { reason: 'other' })), [
      404,
      'AUCTION_NOT_FOUND',
    ]);
    const anonymous = await call<Refusal>(url(), 'POST', `/api/auctions/${auction.id}/flags`, {
      body: { reason: 'other' },
    });
    assert.equal(anonymous.status, 401);
    for (const body of [
      {},
      { reason: 'spam' },
      { reason: 'fraud', details: 'x'.repeat(1001) },
      { reason: 'fraud', extra: true },
      { reason: ['fraud'] },
    ])
      assert.deepEqual(codeOf(await flag(neighbour, auction.id, body)), [400, 'VALIDATION_FAILED']);

    // Only the first report is stored; the refused ones left nothing.
    const [item] = (await queue(moderator)).body.items.filter((i) => i.auction.id === auction.id);
    assert.ok(item);
    assert.deepEqual(
      item.flags.map((f) => [f.reporter.name, f.reason, f.details]),
      [['Bia Bidder', 'counterfeit', 'Logo torto, é réplica.']],
      'trimmed',
    );
    assert.equal(item.firstFlaggedAt, item.flags[0]?.flaggedAt);
    // A blank detail is none.
    assert.equal(
      (await flag(neighbour, auction.id, { reason: 'other', details: '  ' })).status,
      204,
    );
    const again = (await queue(moderator)).body.items.find((i) => i.auction.id === auction.id);
    assert.deepEqual(
      again?.flags.map((f) => [f.reporter.name, f.details]),
      [
        ['Bia Bidder', 'Logo torto, é réplica.'],
        ['Nando Neighbour', null],
      ],
      'oldest first',
    );
  });

  it('takes reports on ended auctions, not on cancelled ones', async () => {
    const ending = await createAuction(url(), seller.token, { durationSeconds: 1 });
    const cancelled = await createAuction(url(), seller.token);
    assert.equal(
      (await call(url(), 'POST', `/api/auctions/${cancelled.id}/cancel`, { token: seller.token }))
        .status,
      200,
    );
    assert.deepEqual(codeOf(await flag(bidder, cancelled.id, { reason: 'fraud' })), [
      409,
      'AUCTION_CANCELLED',
    ]);
    await eventually(async () => (await read(ending.id)).status === 'closed');
    assert.equal((await flag(bidder, ending.id, { reason: 'offensive' })).status, 204);
    assert.ok((await queuedIds()).includes(ending.id));
    assert.ok(!(await queuedIds()).includes(cancelled.id));
  });
});

describe('the moderators', () => {
  it('are the only ones who read the queue, remove or dismiss', async () => {
    const auction = await createAuction(url(), seller.token);
    await flag(bidder, auction.id, { reason: 'fraud' });
    for (const who of [seller, bidder]) {
      assert.deepEqual(codeOf(await queue(who)), [403, 'NOT_A_MODERATOR']);
      assert.deepEqual(codeOf(await remove(who, auction.id)), [403, 'NOT_A_MODERATOR']);
      assert.deepEqual(codeOf(await dismiss(who, auction.id)), [403, 'NOT_A_MODERATOR']);
    }
    assert.equal((await call(url(), 'GET', '/api/moderation/queue')).status, 401);
    assert.equal((await read(auction.id)).status, 'open');
    assert.ok((await queuedIds()).includes(auction.id), 'still waiting');

    const me = async (who: Session) =>
      (await call<{ user: User }>(url(1), 'GET', '/api/auth/me', { token: who.token })).body.user;
    assert.equal((await me(moderator)).moderator, true);
    assert.equal((await me(bidder)).moderator, undefined);
  });

  it('see the longest waiting first, a page at a time', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const auction = await createAuction(url(), seller.token, { title: `Fila ${i}` });
      await flag(neighbour, auction.id, { reason: 'misleading' });
      ids.push(auction.id);
      await sleep(5);
    }
    // A later report on the first keeps its place.
    await flag(bidder, ids[0] as string, { reason: 'fraud' });
    const all = await queuedIds();
    assert.deepEqual(
      all.filter((id) => ids.includes(id)),
      ids,
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=1&cursor=${cursor}` : '?limit=1';
      const page = (await queue(moderator, query)).body;
      assert.ok(page.items.length <= 1);
      seen.push(...page.items.map((i) => i.auction.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, all, 'pages without repeats or gaps');
    assert.deepEqual(codeOf(await queue(moderator, '?cursor=nonsense')), [
      400,
      'VALIDATION_FAILED',
    ]);
    assert.deepEqual(codeOf(await queue(moderator, '?limit=51')), [400, 'VALIDATION_FAILED']);
  });

  it('take an open auction down: it ends without a sale everywhere at once', async () => {
    const auction = await createAuction(url(), seller.token, {
      title: 'Lanterna proibida',
      durationSeconds: 3,
    });
    assert.equal((await placeBid(url(), bidder.token, auction.id, 1000)).status, 201);
    await flag(neighbour, auction.id, { reason: 'prohibited' });
    for (const replica of [0, 1])
      await eventually(
        async () =>
          (
            await call<{ items: Auction[] }>(
              url(replica),
              'GET',
              '/api/auctions/search?q=lanterna%20proibida',
            )
          ).body.items.length === 1,
      );

    const watcher = await connectClient(url(0));
    const sellerDevice = await connectClient(url(0), seller.token);
    stack.sockets.push(watcher, sellerDevice);
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    const heard = next<{ auction: Auction }>(watcher, 'auction:cancelled');
    const told = next<{ auctionId: string; auction: Auction }>(sellerDevice, 'auction:removed');

    const removed = await remove(moderator, auction.id, 'prohibited', 1);
    assert.equal(removed.status, 200);
    const expected = {
      status: 'cancelled',
      outcome: 'REMOVED',
      removalReason: 'prohibited',
      winner: null,
      bidCount: 1,
      seq: auction.seq + 2,
    };
    const shape = (a: Auction) => ({
      status: a.status,
      outcome: a.outcome,
      removalReason: a.removalReason,
      winner: a.winner,
      bidCount: a.bidCount,
      seq: a.seq,
    });
    assert.deepEqual(shape(removed.body.auction), expected);
    assert.deepEqual(shape((await heard).auction), expected, 'watchers on the other replica');
    const notice = await told;
    assert.deepEqual([notice.auctionId, notice.auction.removalReason], [auction.id, 'prohibited']);
    assert.deepEqual(shape(await read(auction.id)), expected);

    // Nothing more happens to it: no bids, no second removal, no reports, out of the lists.
    assert.deepEqual(codeOf(await placeBid(url(1), neighbour.token, auction.id, 2000)), [
      409,
      'AUCTION_CLOSED',
    ]);
    assert.deepEqual(codeOf(await remove(moderator, auction.id)), [409, 'ALREADY_REMOVED']);
    assert.deepEqual(codeOf(await flag(bidder, auction.id, { reason: 'fraud' })), [
      409,
      'AUCTION_CANCELLED',
    ]);
    assert.ok(!(await queuedIds()).includes(auction.id), 'reviewed');
    const keys = redisKeys();
    const redis = stack.redis.client();
    for (const index of [
      keys.moderationQueue,
      keys.openAuctions,
      keys.openByListing,
      keys.endingSoon,
    ])
      assert.equal(await redis.zscore(index, auction.id), null, `out of ${index}`);
    redis.disconnect();
    for (const list of ['/api/auctions?limit=100', '/api/auctions?status=closed&limit=100']) {
      const page = await call<{ items: Auction[] }>(url(1), 'GET', list);
      assert.equal(page.status, 200);
      assert.ok(!page.body.items.some((a) => a.id === auction.id), `not in ${list}`);
    }
    // Each replica's search index lets it go.
    for (const replica of [0, 1])
      await eventually(async () => {
        const found = await call<{ items: Auction[] }>(
          url(replica),
          'GET',
          '/api/auctions/search?q=lanterna%20proibida',
        );
        return found.status === 200 && found.body.items.length === 0;
      });

    // Past its end, no monitor closes it and the worker never hears of it.
    await sleep(Date.parse(auction.endsAt) - Date.now() + 700);
    assert.deepEqual(shape(await read(auction.id)), expected);
    const client = stack.redis.client();
    const entries = await client.xrange(redisKeys().finishedStream, '-', '+');
    assert.ok(!entries.some(([, fields]) => fields.join(' ').includes(auction.id)));
    assert.deepEqual(
      [
        await client.exists(redisKeys().removalStream),
        await client.exists(redisKeys().reviewStream),
      ],
      [0, 0],
      'no e-mail queued where the platform sends none (no SMTP_URL)',
    );
    client.disconnect();
  });

  it('keep a removed auction’s photos from being published again', async () => {
    const removed = await createAuction(url(), seller.token);
    const relisted = await createAuction(url(), seller.token);
    assert.equal((await remove(moderator, removed.id, 'offensive')).status, 200);
    const copy = await call<Refusal>(url(1), 'POST', `/api/auctions/${relisted.id}/photos/copy`, {
      token: seller.token,
      body: { fromAuctionId: removed.id },
    });
    assert.deepEqual(codeOf(copy), [409, 'AUCTION_CANCELLED']);
  });

  it('refuse to remove an unknown auction, and bad reasons', async () => {
    assert.deepEqual(codeOf(await remove(moderator, 'no-such-auction')), [
      404,
      'AUCTION_NOT_FOUND',
    ]);
    const open = await createAuction(url(), seller.token, { durationSeconds: 600 });
    for (const reason of ['spam', null, 3])
      assert.deepEqual(codeOf(await remove(moderator, open.id, reason)), [
        400,
        'VALIDATION_FAILED',
      ]);
    assert.equal((await read(open.id)).status, 'open');
    // Removed, it is told no ending-soon notice (it was waiting for one).
    const client = stack.redis.client();
    const { endingSoon } = redisKeys();
    assert.notEqual(await client.zscore(endingSoon, open.id), null);
    assert.equal((await remove(moderator, open.id)).status, 200);
    assert.equal(await client.zscore(endingSoon, open.id), null);
    client.disconnect();
  });

  it('keep an auction: it leaves the queue until someone new reports it', async () => {
    const auction = await createAuction(url(), seller.token);
    await flag(bidder, auction.id, { reason: 'misleading' });
    assert.equal((await dismiss(moderator, auction.id)).status, 204);
    assert.equal((await dismiss(moderator, auction.id)).status, 204, 'twice is once');
    assert.ok(!(await queuedIds()).includes(auction.id));
    assert.equal((await read(auction.id)).status, 'open');

    assert.deepEqual(codeOf(await flag(bidder, auction.id, { reason: 'fraud' })), [
      409,
      'ALREADY_FLAGGED',
    ]);
    await flag(neighbour, auction.id, { reason: 'offensive' });
    const item = (await queue(moderator)).body.items.find((i) => i.auction.id === auction.id);
    assert.deepEqual(
      item?.flags.map((f) => [f.reporter.name, f.reason]),
      [['Nando Neighbour', 'offensive']],
      'only the reports since the review',
    );
  });

  it('lose the right at once when it is revoked, in the scripts too', async () => {
    const [deputy] = await registerEach(url(), ['Deputy'] as const);
    assert.equal(moderatorCommand('grant', `  ${deputy.user.email.toUpperCase()} `).status, 0);
    const auction = await createAuction(url(), seller.token);
    await flag(bidder, auction.id, { reason: 'fraud' });
    assert.equal((await queue(deputy)).status, 200);

    // The decision scripts check the flag themselves: a request that passed
    // the route's check just before a revoke is still refused.
    const client = stack.redis.client();
    const keys = redisKeys();
    const store = createModerationStore(loadScripts(client), keys);
    const asDeputy: PublicUser = { id: deputy.user.id, name: 'Deputy' };
    const revoked = moderatorCommand('revoke', deputy.user.email);
    assert.equal(revoked.status, 0, revoked.stderr);
    assert.match(revoked.stdout, /is no longer a moderator/);
    await assert.rejects(store.remove(auction.id, asDeputy, 'fraud'), { code: 'NOT_A_MODERATOR' });
    await assert.rejects(store.dismiss(auction.id, asDeputy), { code: 'NOT_A_MODERATOR' });
    assert.deepEqual(codeOf(await queue(deputy)), [403, 'NOT_A_MODERATOR']);
    assert.equal((await read(auction.id)).status, 'open');
    assert.ok((await queuedIds()).includes(auction.id));
    client.disconnect();
  });

  it('hear the queue change live on any replica, only while they are moderators', async () => {
    const [deputy] = await registerEach(url(), ['Deputy Two'] as const);
    const mara = await connectClient(url(1), moderator.token);
    const deputySocket = await connectClient(url(0), deputy.token); // not a moderator yet
    const outsider = await connectClient(url(0), bidder.token);
    stack.sockets.push(mara, deputySocket, outsider);
    const heard: Record<'mara' | 'deputy' | 'outsider', string[]> = {
      mara: [],
      deputy: [],
      outsider: [],
    };
    for (const [name, socket] of [
      ['mara', mara],
      ['deputy', deputySocket],
      ['outsider', outsider],
    ] as const)
      socket.on('moderation:queue', (payload: { auctionId: string }) => {
        assert.deepEqual(Object.keys(payload), ['auctionId'], 'nothing but the id');
        heard[name].push(payload.auctionId);
      });

    const auction = await createAuction(url(), seller.token);
    await flag(bidder, auction.id, { reason: 'fraud' }, 0);
    await eventually(() => heard.mara.length === 1);
    // Granted while connected: heard from then on, without reconnecting.
    assert.equal(moderatorCommand('grant', deputy.user.email).status, 0);
    await flag(neighbour, auction.id, { reason: 'other' }, 1); // another report
    await eventually(() => heard.mara.length === 2 && heard.deputy.length === 1);
    assert.equal((await dismiss(moderator, auction.id)).status, 204);
    await eventually(() => heard.mara.length === 3 && heard.deputy.length === 2);

    // Revoked: nothing more. A removal of an auction nobody reported changes no queue.
    assert.equal(moderatorCommand('revoke', deputy.user.email).status, 0);
    const unreported = await createAuction(url(), seller.token);
    assert.equal((await remove(moderator, unreported.id)).status, 200);
    const another = await createAuction(url(), seller.token);
    await flag(bidder, another.id, { reason: 'fraud' });
    assert.equal((await remove(moderator, another.id)).status, 200);
    await eventually(() => heard.mara.length === 5);
    await sleep(200); // anything more would have come by now
    assert.deepEqual(heard.mara, [auction.id, auction.id, auction.id, another.id, another.id]);
    assert.deepEqual(heard.deputy, [auction.id, auction.id]);
    assert.deepEqual(heard.outsider, []);
  });

  it(
    'still connect when the flag cannot be read at the handshake, without the live queue',
    {
      timeout: 10_000, // a handshake that never ends fails here, not at CI's limit
    },
    async () => {
      // The session resolves, then reading the account fails (here a key of the wrong
      // type; in life Redis going away between the two reads).
      const [odd] = await registerEach(url(), ['Odd Account'] as const);
      const client = stack.redis.client();
      const userKey = redisKeys().user(odd.user.id);
      const saved = await client.hgetall(userKey);
      await client.del(userKey);
      await client.set(userKey, 'not a hash');
      try {
        const socket = await connectClient(url(0), odd.token);
        stack.sockets.push(socket);
        assert.equal(socket.connected, true);
      } finally {
        await client.del(userKey);
        await client.hset(userKey, saved);
        client.disconnect();
      }
    },
  );

  it('are made by a command that says when the e-mail has no account', async () => {
    const unknown = moderatorCommand('grant', 'nobody@example.com');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /No account has the e-mail nobody@example\.com/);
    // An index entry left pointing at an account that is gone brings nothing back.
    const client = stack.redis.client();
    const keys = redisKeys();
    await client.set(keys.userByEmail('ghost@example.com'), 'ghost-id');
    assert.equal(moderatorCommand('grant', 'ghost@example.com').status, 1);
    assert.equal(await client.exists(keys.user('ghost-id')), 0);
    client.disconnect();
    const usage = moderatorCommand('promote', moderator.user.email);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /Usage: npm run moderator -- grant\|revoke <email>/);
  });
});

describe('the scripts, below the routes', () => {
  it('refuse a report from an account deleted meanwhile, and a removal past the end', async () => {
    // A prefix of its own: no monitor closes its auctions, as when one is due
    // and no monitor has run yet.
    const keys = redisKeys(`moderation-${process.pid}:`);
    const client = stack.redis.client();
    const store = createAuctionStore(loadScripts(client), keys);
    const moderation = createModerationStore(loadScripts(client), keys);
    const owner = { id: 'owner-1', name: 'Owner' };
    const mod = { id: 'mod-1', name: 'Mod' };
    await client.hset(keys.user(owner.id), owner);
    await client.hset(keys.user(mod.id), { ...mod, moderator: '1' });
    const auction = await store.create({
      seller: owner,
      title: 'Devido',
      description: '',
      startingPrice: 1000,
      minIncrement: 100,
      softCloseSeconds: 0,
      durationMs: 300,
      endingSoonMs: 0,
    });
    await assert.rejects(moderation.flag(auction.id, { id: 'ghost', name: 'Ghost' }, 'fraud', ''), {
      code: 'UNAUTHORIZED',
    });
    assert.equal(await client.exists(keys.auctionFlags(auction.id)), 0, 'nothing stored');
    await sleep(400);
    await assert.rejects(moderation.remove(auction.id, mod, 'fraud'), { code: 'AUCTION_CLOSED' });
    assert.equal((await store.get(auction.id))?.status, 'open', 'left for the monitor to close');
    client.disconnect();
  });
});

describe('a reporter', () => {
  it('hears what became of each report: pending, kept or removed', async () => {
    const [reporter] = await registerEach(url(), ['Renata Reporter'] as const);
    const kept = await createAuction(url(), seller.token, { title: 'Mantido' });
    const removed = await createAuction(url(), seller.token, { title: 'Removido' });
    const waiting = await createAuction(url(), seller.token, { title: 'Aguardando' });
    for (const auction of [kept, removed, waiting])
      assert.equal((await flag(reporter, auction.id, { reason: 'misleading' })).status, 204);
    const mine = async () =>
      (
        await call<{ items: GivenFlag[] }>(url(1), 'GET', '/api/me/flags', {
          token: reporter.token,
        })
      ).body.items.map((f) => [f.auctionTitle, f.status]);
    assert.deepEqual(await mine(), [
      ['Aguardando', 'pending'],
      ['Removido', 'pending'],
      ['Mantido', 'pending'],
    ]);
    assert.equal((await dismiss(moderator, kept.id)).status, 204);
    assert.equal((await remove(moderator, removed.id, 'misleading')).status, 200);
    // A newer report on the kept auction is someone else's: this one stays reviewed.
    await flag(neighbour, kept.id, { reason: 'fraud' });
    assert.deepEqual(await mine(), [
      ['Aguardando', 'pending'],
      ['Removido', 'removed'],
      ['Mantido', 'kept'],
    ]);
    assert.equal((await call(url(), 'GET', '/api/me/flags')).status, 401);
  });
});

describe('a reporter’s account', () => {
  it('exports its reports; deleting it drops its list, not the report', async () => {
    const [reporter] = await registerEach(url(), ['Rita Reporter'] as const);
    const auction = await createAuction(url(), seller.token, { title: 'Relógio suspeito' });
    await flag(reporter, auction.id, { reason: 'counterfeit', details: 'Réplica' });
    const exported = await call<AccountExport>(url(), 'GET', '/api/me/export', {
      token: reporter.token,
    });
    assert.deepEqual(
      exported.body.reported.map((r) => [
        r.auctionId,
        r.auctionTitle,
        r.reason,
        r.details,
        r.status,
      ]),
      [[auction.id, 'Relógio suspeito', 'counterfeit', 'Réplica', 'pending']],
    );
    const deleted = await call(url(), 'DELETE', '/api/auth/me', {
      token: reporter.token,
      body: { password: 'correct horse battery' },
    });
    assert.equal(deleted.status, 204);
    const client = stack.redis.client();
    assert.equal(await client.exists(redisKeys().userFlags(reporter.user.id)), 0);
    client.disconnect();
    const item = (await queue(moderator)).body.items.find((i) => i.auction.id === auction.id);
    assert.deepEqual(
      item?.flags.map((f) => f.reporter.name),
      ['Rita Reporter'],
      'the moderators still have it',
    );
  });
});
