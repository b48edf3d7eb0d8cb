// Compact events (handshake `auth.compact: true`): sockets that ask for them
// get every auction in events without its description; every other socket
// still gets the whole auction, on the same replica and across replicas, and
// nobody gets an event twice. Acks keep the description. And `events:resync`
// after a replica's subscription was cut. Real Redis, two replicas in this
// process.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Auction } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  registerEach,
  type Session,
  sleep,
} from '../support/api-client.ts';
import { connectClient } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

const AUCTION_EVENTS = [
  'auction:created',
  'auction:updated',
  'bid:placed',
  'bid:outbid',
  'auction:closed',
  'auction:result',
] as const;

/** A long description, as a real lot may have: what compact events leave out. */
const DESCRIPTION = 'Relógio de bolso em prata, mecanismo suíço revisado. '.repeat(50);

let seller: Session;
let alice: Session;
let bob: Session;

const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, alice, bob] = await registerEach(stack.url(0), ['Seller', 'Alice', 'Bob']);
  },
});
const { sockets } = stack;

interface Heard {
  /** Event names in arrival order. */
  events: string[];
  /** Events whose auction was not in the form this socket asked for. */
  wrongForm: string[];
}

async function listener(replica: number, compact: boolean, user?: Session) {
  const socket = await connectClient(stack.replicas[replica]!.url, user?.token, { compact });
  sockets.push(socket);
  const heard: Heard = { events: [], wrongForm: [] };
  for (const event of AUCTION_EVENTS)
    socket.on(event, (payload: { auction: Partial<Auction> }) => {
      heard.events.push(event);
      const form = compact
        ? !('description' in payload.auction)
        : payload.auction.description === DESCRIPTION;
      if (!form || typeof payload.auction.title !== 'string') heard.wrongForm.push(event);
    });
  return { socket, heard };
}

const count = (heard: Heard, event: string) => heard.events.filter((e) => e === event).length;

describe('compact events', () => {
  it('leave the description out for the sockets that ask, and only for them', async () => {
    const url = (i: number) => stack.replicas[i]!.url;
    const watchers = {
      compactHere: await listener(0, true),
      wholeHere: await listener(0, false),
      compactThere: await listener(1, true),
      wholeThere: await listener(1, false),
    };
    const aliceDevices = {
      compact: await listener(0, true, alice),
      whole: await listener(1, false, alice),
    };
    for (const { socket } of Object.values(watchers))
      assert.equal(((await socket.emitWithAck('lobby:watch', {})) as { ok: boolean }).ok, true);

    const auction = await createAuction(url(0), seller.token, {
      description: DESCRIPTION,
      reservePrice: 5_000, // keeps Buy It Now on offer after the first bids
      buyNowPrice: 9_000,
    });
    for (const { socket } of Object.values(watchers)) {
      const ack = (await socket.emitWithAck('auction:watch', { auctionId: auction.id })) as {
        auction: Auction;
      };
      assert.equal(ack.auction.description, DESCRIPTION, 'acks carry the whole auction');
    }
    const bid = (who: Session, amount: number, replica: number) =>
      call(url(replica), 'POST', `/api/auctions/${auction.id}/bids`, {
        token: who.token,
        body: { amount },
      });
    assert.equal((await bid(bob, 1_000, 0)).status, 201);
    assert.equal((await bid(alice, 2_000, 1)).status, 201);
    assert.equal((await bid(bob, 3_000, 0)).status, 201); // Alice outbid
    const bought = await call(url(1), 'POST', `/api/auctions/${auction.id}/buy-now`, {
      token: alice.token,
    });
    assert.equal(bought.status, 201);

    const everyone = [...Object.values(watchers), ...Object.values(aliceDevices)];
    await eventually(() =>
      Object.values(watchers).every(({ heard }) => count(heard, 'auction:closed') === 1),
    );
    await eventually(() =>
      Object.values(aliceDevices).every(({ heard }) => count(heard, 'auction:result') === 1),
    );
    await sleep(300); // a duplicate would arrive meanwhile

    for (const { heard } of everyone) assert.deepEqual(heard.wrongForm, []);
    const tally = (heard: Heard) =>
      Object.fromEntries(AUCTION_EVENTS.map((e) => [e, count(heard, e)]));
    const watcherTally = {
      'auction:created': 1,
      'auction:updated': 5, // three bids, Buy It Now, the close
      'bid:placed': 4,
      'bid:outbid': 0,
      'auction:closed': 1,
      'auction:result': 0,
    };
    for (const [name, { heard }] of Object.entries(watchers))
      assert.deepEqual(tally(heard), watcherTally, name);
    const aliceTally = {
      'auction:created': 1,
      'auction:updated': 0,
      'bid:placed': 0,
      'bid:outbid': 1,
      'auction:closed': 0,
      'auction:result': 1,
    };
    for (const [name, { heard }] of Object.entries(aliceDevices))
      assert.deepEqual(tally(heard), aliceTally, `Alice's ${name} device`);
  });

  it('stop for a compact socket that stops watching, as for any other', async () => {
    const auction = await createAuction(stack.url(0), seller.token, {
      description: DESCRIPTION,
    });
    const compact = await listener(0, true);
    const whole = await listener(0, false);
    for (const { socket } of [compact, whole])
      await socket.emitWithAck('auction:watch', { auctionId: auction.id });
    await compact.socket.emitWithAck('auction:unwatch', { auctionId: auction.id });
    await call(stack.url(1), 'POST', `/api/auctions/${auction.id}/bids`, {
      token: bob.token,
      body: { amount: 1_000 },
    });
    await eventually(() => count(whole.heard, 'bid:placed') === 1);
    await sleep(300);
    assert.equal(count(compact.heard, 'bid:placed'), 0);
  });

  it('a replica whose event subscription was cut tells its sockets to catch up', async () => {
    const here = await listener(0, true);
    const there = await listener(1, false);
    const resyncs = { here: 0, there: 0 };
    here.socket.on('events:resync', () => resyncs.here++);
    there.socket.on('events:resync', () => resyncs.there++);
    // Both replicas' subscribers are cut (as by a Redis restart or failover).
    const client = stack.redis.client();
    await client.call('CLIENT', 'KILL', 'TYPE', 'pubsub');
    client.disconnect();
    await eventually(() => resyncs.here === 1 && resyncs.there === 1, 10_000, 50);
    await sleep(400);
    assert.deepEqual(resyncs, { here: 1, there: 1 }, 'once per reconnection');
  });
});
