// The seller corrects a title or a description before the first bid
// (`PATCH /api/auctions/:id`): watchers on every replica get `auction:edited`
// with the whole auction (compact sockets too: the description may be what
// changed), the lobby an `auction:updated`, search finds the new title; the
// first bid still gets seq 1; and every refusal is a 4xx with its code.
// Real Redis, two replicas in this process.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
import { connectClient } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

let seller: Session;
let alice: Session;

const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, alice] = await Promise.all([register(url(), 'Seller'), register(url(), 'Alice')]);
  },
});
const { url, sockets } = stack;

async function socketOn(replica: number, compact: boolean): Promise<Socket> {
  const socket = await connectClient(url(replica), undefined, { compact });
  sockets.push(socket);
  return socket;
}

/** Collects the payloads of one event on a socket. */
function collect<T>(socket: Socket, event: string): T[] {
  const heard: T[] = [];
  socket.on(event, (payload: T) => heard.push(payload));
  return heard;
}

const edit = (token: string, auctionId: string, body: unknown, replica = 0) =>
  call<Auction & { error?: { code: string } }>(
    url(replica),
    'PATCH',
    `/api/auctions/${auctionId}`,
    {
      token,
      body,
    },
  );

const search = async (q: string) =>
  (
    await call<{ items: Auction[] }>(
      url(1),
      'GET',
      `/api/auctions/search?q=${encodeURIComponent(q)}`,
    )
  ).body.items.map((auction) => auction.id);

describe('editing an auction before its first bid', () => {
  it('reaches watchers on both replicas whole, the lobby, and search; the first bid is seq 1', async () => {
    const auction = await createAuction(url(), seller.token, {
      title: 'Relogio de bolso',
      description: 'Prata.',
    });
    const compactWatcher = await socketOn(1, true);
    const wholeWatcher = await socketOn(0, false);
    const lobby = await socketOn(1, true);
    const edited = [collect<{ auction: Auction }>(compactWatcher, 'auction:edited')];
    edited.push(collect<{ auction: Auction }>(wholeWatcher, 'auction:edited'));
    const lobbyUpdates = collect<{ auction: Partial<Auction> }>(lobby, 'auction:updated');
    for (const socket of [compactWatcher, wholeWatcher])
      await socket.emitWithAck('auction:watch', { auctionId: auction.id });
    await lobby.emitWithAck('lobby:watch', {});
    await eventually(async () => (await search('relogio')).includes(auction.id));

    const description = 'Prata 925, mecanismo suíço revisado. '.repeat(40).trim();
    const reply = await edit(seller.token, auction.id, {
      title: '  Relógio de bolso suíço  ',
      description,
    });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.title, 'Relógio de bolso suíço', 'trimmed');
    assert.equal(reply.body.description, description);
    assert.equal(reply.body.seq, auction.seq, 'an edit is no event in the bid sequence');

    for (const heard of edited) {
      await eventually(() => heard.length === 1);
      assert.equal(heard[0]!.auction.title, 'Relógio de bolso suíço');
      assert.equal(heard[0]!.auction.description, description, 'whole, compact sockets too');
    }
    await eventually(() => lobbyUpdates.some((e) => e.auction.id === auction.id));
    const inLobby = lobbyUpdates.find((e) => e.auction.id === auction.id)!.auction;
    assert.equal(inLobby.title, 'Relógio de bolso suíço');
    assert.equal('description' in inLobby, false, 'the lobby keeps its compact form');
    await eventually(async () => (await search('suico')).includes(auction.id));

    // The category, alone: the lobby's browsing follows on every replica.
    const moved = await edit(seller.token, auction.id, { category: 'jewelry' }, 1);
    assert.deepEqual([moved.status, moved.body.category], [200, 'jewelry']);
    assert.equal(moved.body.title, 'Relógio de bolso suíço');
    for (const replica of [0, 1])
      await eventually(async () =>
        (
          await call<{ items: Auction[] }>(
            url(replica),
            'GET',
            '/api/auctions/search?category=jewelry',
          )
        ).body.items.some((found) => found.id === auction.id),
      );

    // Only the description: the title stays.
    const second = await edit(seller.token, auction.id, { description: '' }, 1);
    assert.equal(second.status, 200);
    assert.deepEqual([second.body.title, second.body.description], ['Relógio de bolso suíço', '']);
    const read = await call<Auction>(url(), 'GET', `/api/auctions/${auction.id}`);
    assert.equal(read.body.description, '');

    const placed = await call<{ bid: Bid }>(url(), 'POST', `/api/auctions/${auction.id}/bids`, {
      token: alice.token,
      body: { amount: auction.minimumBid },
    });
    assert.equal(placed.status, 201);
    assert.equal(placed.body.bid.seq, 1, 'bids are still numbered from 1, without a hole');
    for (const heard of edited) assert.equal(heard.length, 3, 'no event twice');
  });

  it('is refused after the first bid, to others, when closed, and for bad bodies', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Bicicleta' });
    const codeOf = async (token: string, body: unknown) => {
      const reply = await edit(token, auction.id, body);
      return [reply.status, reply.body.error?.code];
    };
    assert.deepEqual(await codeOf(alice.token, { title: 'Minha' }), [403, 'NOT_SELLER']);
    assert.deepEqual(await codeOf(seller.token, {}), [400, 'VALIDATION_FAILED']);
    assert.deepEqual(await codeOf(seller.token, { title: '   ' }), [400, 'VALIDATION_FAILED']);
    assert.deepEqual(await codeOf(seller.token, { title: 'x'.repeat(121) }), [
      400,
      'VALIDATION_FAILED',
    ]);
    assert.deepEqual(await codeOf(seller.token, { description: 'x'.repeat(5001) }), [
      400,
      'VALIDATION_FAILED',
    ]);
    assert.deepEqual(await codeOf(seller.token, { title: 'Bike', startingPrice: 1 }), [
      400,
      'VALIDATION_FAILED',
    ]);
    assert.deepEqual(await codeOf(seller.token, { title: 42 }), [400, 'VALIDATION_FAILED']);
    assert.deepEqual(await codeOf(seller.token, { category: 'cars' }), [400, 'VALIDATION_FAILED']);
    const anonymous = await call<{ error: { code: string } }>(
      url(),
      'PATCH',
      `/api/auctions/${auction.id}`,
      { body: { title: 'x' } },
    );
    assert.equal(anonymous.status, 401);
    const missing = await edit(seller.token, '00000000-0000-4000-8000-000000000000', {
      title: 'x',
    });
    assert.deepEqual([missing.status, missing.body.error?.code], [404, 'AUCTION_NOT_FOUND']);

    await call(url(), 'POST', `/api/auctions/${auction.id}/bids`, {
      token: alice.token,
      body: { amount: auction.minimumBid },
    });
    assert.deepEqual(await codeOf(seller.token, { title: 'Bike' }), [409, 'AUCTION_HAS_BIDS']);

    const short = await createAuction(url(), seller.token, { durationSeconds: 1 });
    await sleep(1_100);
    const late = await edit(seller.token, short.id, { title: 'Tarde' });
    assert.deepEqual([late.status, late.body.error?.code], [409, 'AUCTION_CLOSED']);
    const unchanged = await call<Auction>(url(), 'GET', `/api/auctions/${auction.id}`);
    assert.equal(unchanged.body.title, 'Bicicleta', 'nothing refused was written');
  });
});
