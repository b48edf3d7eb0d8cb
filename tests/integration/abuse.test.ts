// Rate limits shared across replicas, and idempotent bids.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import type { Bid } from '../../core/schemas.ts';
import { call, createAuction, placeBid, register, type Session } from '../support/api-client.ts';
import { connectClient, type Replica } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

let seller: Session;
let users: Record<string, Session>;

const names = [
  'Hammer',
  'Calm',
  'SocketBidder',
  'Victim',
  'Other',
  'Creator',
  'Retrier',
  'Alice',
  'Bob',
  'Photographer',
  'Answerer',
  'Retractor',
];

const limits = {
  RATE_LIMIT_ENABLED: 'true',
  RATE_LIMIT_BID_USER: '60,5', // 1/s, bursts of 5
  RATE_LIMIT_RETRACT_USER: '6,2', // one per 10 s, bursts of 2
  RATE_LIMIT_LOGIN_ACCOUNT: '7,3', // 60000/7 ms: a fractional interval must work too
  RATE_LIMIT_CREATE_AUCTION_USER: '10,4',
  RATE_LIMIT_PHOTO_USER: '6,3', // one per 10 s, bursts of 3
  RATE_LIMIT_QUESTION_USER: '6,2', // one per 10 s, bursts of 2
  RATE_LIMIT_REGISTER_IP: '60,13', // 1/s, bursts of 13 (the set-up's sign-ups)
  RATE_LIMIT_SEARCH_IP: '6,8', // one per 10 s, bursts of 8
  SOCKET_EVENTS_PER_SECOND: '2', // bursts of 10
};

const stack = useReplicaStack(2, {
  env: limits,
  setup: async () => {
    seller = await register(stack.url(0), 'Seller');
    // Everyone signs up first: the sign-up limit is itself under test below.
    users = {};
    for (const name of names) users[name] = await register(stack.url(0), name);
  },
});

describe('rate limits', () => {
  it('limit bid retractions and sellers’ bid cancellations apart from bids: each costs Redis a replay of the auction', async () => {
    const retractor = users.Retractor!;
    // Not the seller's: its creation budget is the other tests' to spend.
    const auction = await createAuction(stack.url(0), users.Photographer!.token);
    const retract = (i: number) =>
      call<{ error?: { code: string } }>(
        stack.url(i),
        'POST',
        `/api/auctions/${auction.id}/bids/retract`,
        { token: retractor.token },
      );
    const statuses: number[] = [];
    for (let i = 0; i < 2; i += 1) {
      statuses.push((await placeBid(stack.url(i), retractor.token, auction.id, 1000)).status);
      statuses.push((await retract(i + 1)).status);
    }
    // The third retraction is over its own limit, though the bids' budget
    // (five at once) has room: refused before the script could say there is
    // nothing left to retract.
    const third = await retract(0);
    assert.deepEqual([...statuses, third.status], [201, 200, 201, 200, 429]);
    assert.equal(third.body.error?.code, 'RATE_LIMITED');
    assert.ok(Number(third.headers.get('retry-after')) >= 1);

    // As a seller, the same person's bid cancellations spend the same budget (the same replay).
    const own = await createAuction(stack.url(1), retractor.token);
    assert.equal((await placeBid(stack.url(0), users.Other!.token, own.id, 1000)).status, 201);
    const cancelled = await call<{ error?: { code: string } }>(
      stack.url(1),
      'POST',
      `/api/auctions/${own.id}/bids/cancel`,
      {
        token: retractor.token,
        body: { bidderId: users.Other!.user.id, reason: 'bidder_request' },
      },
    );
    assert.deepEqual([cancelled.status, cancelled.body.error?.code], [429, 'RATE_LIMITED']);
  });

  it('limit one hammering user across replicas, with Retry-After, and leave another user alone', async () => {
    const [hammer, bystander] = [users.Hammer!, users.Calm!];
    const auction = await createAuction(stack.url(0), seller.token);
    const hammering = Array.from({ length: 20 }, (_, i) =>
      placeBid(stack.url(i), hammer.token, auction.id, 1000 + i * 100),
    );
    const calm = Array.from({ length: 5 }, (_, i) =>
      placeBid(stack.url(i), bystander.token, auction.id, 50_000 + i * 100),
    );
    const [hammered, calmReplies] = [await Promise.all(hammering), await Promise.all(calm)];

    const limited = hammered.filter((r) => r.status === 429);
    assert.equal(hammered.length - limited.length, 5, 'the burst of 5 is shared by both replicas');
    for (const reply of limited) {
      assert.equal(reply.body.error?.code, 'RATE_LIMITED');
      assert.ok(Number(reply.headers.get('retry-after')) >= 1);
    }
    assert.ok(
      calmReplies.every((r) => r.status !== 429),
      'the other user is not limited',
    );
  });

  it('count socket bids against the same per-user limit', async () => {
    const user = users.SocketBidder!;
    const auction = await createAuction(stack.url(0), seller.token);
    const socket = await connectClient(stack.url(1), user.token);
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const ack = (await socket.emitWithAck('bid:place', {
        auctionId: auction.id,
        amount: 1000 + i * 100,
      })) as {
        ok: boolean;
        error?: { code: string };
      };
      codes.push(ack.ok ? 'OK' : (ack.error?.code ?? '?'));
    }
    assert.deepEqual(codes.slice(0, 5), ['OK', 'OK', 'OK', 'OK', 'OK']);
    assert.deepEqual(codes.slice(5), ['RATE_LIMITED', 'RATE_LIMITED']);
    socket.close();
  });

  it('limit login attempts per account, whichever password is tried', async () => {
    const [victim, other] = [users.Victim!, users.Other!];
    const attempt = (email: string, password: string, i: number) =>
      call(stack.url(i), 'POST', '/api/auth/login', { body: { email, password } });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await attempt(victim.user.email, 'wrong password', i)).status);
    statuses.push((await attempt(victim.user.email, 'correct horse battery', 3)).status);
    assert.deepEqual(statuses, [401, 401, 401, 429]);
    assert.equal((await attempt(other.user.email, 'correct horse battery', 0)).status, 200);
  });

  it('limit auction creation and corrections per user (one budget), and sign-ups per IP', async () => {
    const creator = users.Creator!;
    const created = [];
    for (let i = 0; i < 3; i++) {
      const reply = await call(stack.url(i), 'POST', '/api/auctions', {
        token: creator.token,
        body: { title: `Lote ${i}`, startingPrice: 1000, durationSeconds: 60 },
      });
      created.push(reply.status);
    }
    assert.deepEqual(created, [201, 201, 201]);
    const auctionId = (
      await call<{ items: { id: string }[] }>(stack.url(0), 'GET', '/api/me/selling', {
        token: creator.token,
      })
    ).body.items[0]!.id;
    const corrections = [];
    for (let i = 0; i < 3; i++) {
      const reply = await call(stack.url(i), 'PATCH', `/api/auctions/${auctionId}`, {
        token: creator.token,
        body: { title: `Lote corrigido ${i}` },
      });
      corrections.push(reply.status);
    }
    assert.deepEqual(corrections, [200, 429, 429], 'the fourth write of the burst of four');

    const signUps = [];
    for (let i = 0; i < 15; i++) {
      const reply = await call(stack.url(i), 'POST', '/api/auth/register', {
        body: { name: 'N', email: `n${i}-${Date.now()}@example.com`, password: 'password1' },
      });
      signUps.push(reply.status);
    }
    assert.ok(signUps.includes(429), 'sign-ups from one IP are limited');
  });

  it('limit photos per user across replicas, apart from the creation budget', async () => {
    const photographer = users.Photographer!;
    const auction = await createAuction(stack.url(0), photographer.token);
    const png = await sharp({
      create: { width: 40, height: 30, channels: 3, background: '#36c' },
    })
      .png()
      .toBuffer();
    const answers = [];
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${stack.url(i)}/api/auctions/${auction.id}/photos`, {
        method: 'POST',
        headers: { 'content-type': 'image/png', authorization: `Bearer ${photographer.token}` },
        body: new Uint8Array(png),
      });
      answers.push([response.status, response.headers.get('retry-after') !== null]);
    }
    assert.deepEqual(answers, [
      [201, false],
      [201, false],
      [201, false],
      [429, true],
      [429, true],
    ]);
    const next = await createAuction(stack.url(1), photographer.token);
    assert.equal(next.seller.id, photographer.user.id, 'creating is another budget');
  });

  it('limit questions per user across replicas', async () => {
    // Its own seller: the shared one's creation budget belongs to the tests below.
    const auction = await createAuction(stack.url(0), users.Answerer!.token);
    const asked = [];
    for (let i = 0; i < 4; i++) {
      const reply = await call(stack.url(i), 'POST', `/api/auctions/${auction.id}/questions`, {
        token: users.Other!.token,
        body: { text: `Pergunta ${i}` },
      });
      asked.push([reply.status, reply.headers.get('retry-after') !== null]);
    }
    assert.deepEqual(asked, [
      [201, false],
      [201, false],
      [429, true],
      [429, true],
    ]);
  });

  it('limit password-reset requests per account, whoever asks', async () => {
    // Default limit: one a minute per account, bursts of three. (No relay is
    // set up here, so the requests that pass answer 404; the limit comes first.)
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const reply = await call<{ error?: { code: string } }>(
        stack.url(i),
        'POST',
        '/api/auth/password-reset',
        { body: { email: i % 2 ? 'Victim@Example.com' : 'victim@example.com' } },
      );
      statuses.push(reply.body.error?.code);
    }
    assert.deepEqual(statuses, [
      'PASSWORD_RESET_UNAVAILABLE',
      'PASSWORD_RESET_UNAVAILABLE',
      'PASSWORD_RESET_UNAVAILABLE',
      'RATE_LIMITED',
    ]);
  });

  it('limit title searches per IP, across replicas', async () => {
    const statuses = [];
    for (let i = 0; i < 12; i++) {
      const reply = await call<{ error?: { code: string } }>(
        stack.url(i),
        'GET',
        '/api/auctions/search?q=lote',
      );
      statuses.push(reply.status === 429 ? reply.body.error?.code : reply.status);
    }
    assert.deepEqual(statuses.slice(0, 8), Array(8).fill(200));
    assert.ok(
      statuses.slice(8).every((s) => s === 'RATE_LIMITED'),
      String(statuses),
    );
  });

  it('refuse a flood of events on one connection', async () => {
    const socket = await connectClient(stack.url(0));
    const acks = (await Promise.all(
      Array.from({ length: 30 }, () => socket.emitWithAck('lobby:watch', {})),
    )) as { ok: boolean; error?: { code: string } }[];
    const refused = acks.filter((a) => !a.ok);
    assert.ok(refused.length >= 15, `${refused.length} refused`);
    assert.ok(refused.every((a) => a.error?.code === 'RATE_LIMITED'));
    socket.close();
  });
});

describe('idempotent bids', () => {
  it('return the first result for a retried REST bid and refuse the key for another bid', async () => {
    const bidder = users.Retrier!;
    const auction = await createAuction(stack.url(0), seller.token);
    const send = (replica: Replica, amount: number, key: string) =>
      call<{ bid: Bid; error?: { code: string } }>(
        replica.url,
        'POST',
        `/api/auctions/${auction.id}/bids`,
        {
          token: bidder.token,
          body: { amount },
          headers: { 'idempotency-key': key },
        },
      );
    const first = await send(stack.replicas[0]!, 1000, 'retry-1');
    const retry = await send(stack.replicas[1]!, 1000, 'retry-1');
    assert.equal(first.status, 201);
    assert.equal(retry.status, 201);
    assert.equal(retry.body.bid.id, first.body.bid.id);
    const history = await call<{ items: Bid[] }>(
      stack.url(0),
      'GET',
      `/api/auctions/${auction.id}/bids`,
    );
    assert.equal(history.body.items.length, 1, 'bid once');

    const reused = await send(stack.replicas[0]!, 5000, 'retry-1');
    assert.equal(reused.status, 422);
    assert.equal(reused.body.error?.code, 'IDEMPOTENCY_KEY_REUSED');
    const bad = await send(stack.replicas[0]!, 5000, 'spaces are not allowed');
    assert.equal(bad.status, 400);
  });

  it('return the first result for a retried socket bid, per user', async () => {
    const [alice, bob] = [users.Alice!, users.Bob!];
    const auction = await createAuction(stack.url(0), seller.token);
    const aliceSocket = await connectClient(stack.url(0), alice.token);
    const bobSocket = await connectClient(stack.url(1), bob.token);
    type Ack = { ok: boolean; bid: Bid };
    const payload = { auctionId: auction.id, amount: 1000, idempotencyKey: 'same-key' };
    const first = (await aliceSocket.emitWithAck('bid:place', payload)) as Ack;
    const again = (await aliceSocket.emitWithAck('bid:place', payload)) as Ack;
    assert.equal(again.bid.id, first.bid.id);
    const bobs = (await bobSocket.emitWithAck('bid:place', { ...payload, amount: 2000 })) as Ack;
    assert.equal(bobs.ok, true, 'keys belong to one user');
    assert.notEqual(bobs.bid.id, first.bid.id);
    aliceSocket.close();
    bobSocket.close();
  });
});
