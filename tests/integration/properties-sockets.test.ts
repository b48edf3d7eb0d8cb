// Property-based tests (fast-check) over every Socket.IO event the API
// accepts — auction:watch/unwatch, lobby:watch/unwatch, bid:place,
// auction:buy-now, bid:raise-max — and the handshake, spoken on the wire
// (tests/support/raw-socket.ts) so payloads can hold what socket.io-client
// would never send: 1e400, -0, own __proto__ keys, malformed frames. Every
// event gets a known ack or, for a malformed or oversized packet, a closed
// connection; the server and the auctions stay sound
// (tests/support/hostile-world.ts).
//
// A failure prints fast-check's seed and path; rerun it with FC_SEED=<seed>.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  bodyText,
  deepText,
  garbageText,
  idSegment,
  jsonText,
  numberText,
  pollutingObjectText,
  stringText,
} from '../support/hostile-input.ts';
import { replicaIndex, runs, useHostileWorld, type Who } from '../support/hostile-world.ts';
import { assertAck, isJson } from '../support/public-answers.ts';
import { connectRaw, type RawSocket } from '../support/raw-socket.ts';

const world = useHostileWorld();
const { pickReplica, pickAuction, nearMinimum, learnFromBid } = world;
const json = (value: unknown) => JSON.stringify(value);
const amountText = fc.integer({ min: 1, max: 2_000_000 }).map(String);

/** Socket.IO's maxHttpBufferSize: BODY_LIMIT_BYTES, 16 KiB by default. */
const SOCKET_LIMIT_BYTES = 16 * 1024;
const EVENTS = [
  'auction:watch',
  'auction:unwatch',
  'lobby:watch',
  'lobby:unwatch',
  'bid:place',
  'auction:buy-now',
  'bid:raise-max',
  'bid:retract',
];

describe('Socket.IO under hostile input', () => {
  /** Open raw connections by replica and user, reopened when the server closes one. */
  const pool = new Map<string, RawSocket>();
  async function rawSocket(r: number, who: Who | 'anonymous'): Promise<RawSocket> {
    const name = `${r}:${who}`;
    const open = pool.get(name);
    if (open?.open) return open;
    const auth = who === 'anonymous' ? '' : json({ token: world.users[who].token });
    const result = await connectRaw(pickReplica(r).url, auth);
    assert.equal(result.kind, 'connected');
    const socket = (result as { socket: RawSocket }).socket;
    pool.set(name, socket);
    return socket;
  }
  after(() => pool.forEach((socket) => socket.close()));

  it('every event, with hostile payloads, answers a known ack and never crashes', async () => {
    const auctionIdText = fc.oneof(
      { weight: 4, arbitrary: fc.nat().map((i) => json(pickAuction(i))) },
      { weight: 1, arbitrary: idSegment.map(json) },
      { weight: 1, arbitrary: stringText },
    );
    type Intended = { raise: number; above?: number; key?: string };
    const payloadFor: Record<string, fc.Arbitrary<string | Intended>> = {
      'auction:watch': bodyText({
        auctionId: auctionIdText,
        sinceSeq: fc.oneof(fc.nat(50).map(String), numberText),
      }),
      'auction:unwatch': bodyText({ auctionId: auctionIdText }),
      'lobby:watch': fc.oneof(fc.constant('{}'), jsonText()),
      'lobby:unwatch': fc.oneof(fc.constant('{}'), jsonText()),
      'bid:place': fc.oneof(
        {
          weight: 3,
          arbitrary: fc.record(
            {
              raise: fc.integer({ min: -300, max: 3000 }),
              above: fc.nat(5000),
              // Repeated keys test the replay; fresh ones let enough bids land.
              key: fc.oneof(fc.constantFrom('s-1', 's-2', 'sock:x'), fc.uuid()),
            },
            { requiredKeys: ['raise'] },
          ),
        },
        {
          weight: 2,
          arbitrary: bodyText(
            { auctionId: auctionIdText, amount: fc.oneof(amountText, numberText) },
            {
              maxAmount: fc.oneof(amountText, numberText),
              idempotencyKey: fc.oneof(fc.constantFrom('"s-1"', '"a b"', '""'), stringText),
            },
          ),
        },
      ),
      'auction:buy-now': bodyText({ auctionId: auctionIdText }),
      'bid:retract': bodyText({ auctionId: auctionIdText }),
      'bid:raise-max': bodyText({
        auctionId: auctionIdText,
        maxAmount: fc.oneof(amountText, numberText),
      }),
    };
    // Bids most often, so that many land.
    const known = fc
      .oneof(
        { weight: 5, arbitrary: fc.constant('bid:place') },
        { weight: 5, arbitrary: fc.constantFrom(...EVENTS) },
      )
      .chain((event) => fc.tuple(fc.constant(event), payloadFor[event]!, fc.nat()));
    /** Names socket.io reserves, prototype names, and noise: no handler, maybe a closed connection. */
    const unknownEvent = fc
      .tuple(
        fc.oneof(
          fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'error'),
          fc.constantFrom('connect', 'disconnect', 'disconnecting', 'newListener', 'connect_error'),
          fc.string({ maxLength: 10 }),
        ),
        jsonText(),
      )
      .map(([event, payload]) => ({ argsText: `[${json(event)},${payload}]` }));
    /** Known events with no payload, or more arguments than they take. */
    const oddArity = fc
      .tuple(fc.constantFrom(...EVENTS), fc.array(jsonText(), { maxLength: 3 }))
      .filter(([, args]) => args.length !== 1)
      .map(([event, args]) => ({ argsText: `[${[json(event), ...args].join(',')}]` }));

    await fc.assert(
      fc.asyncProperty(
        replicaIndex,
        fc.constantFrom<Who | 'anonymous'>('alice', 'bob', 'alice', 'bob', 'seller', 'anonymous'),
        fc.oneof({ weight: 8, arbitrary: known }, unknownEvent, oddArity),
        async (r, who, packet) => {
          const socket = await rawSocket(r, who);
          if (!Array.isArray(packet)) {
            // Either no ack or an error ack; then the server must still answer.
            const reply = await socket.emitRaw(packet.argsText, 150);
            if (reply) assertAck(reply[0], packet.argsText);
            const probe = await rawSocket(r, who);
            assert.ok(await probe.emitRaw('["lobby:unwatch",{}]'), 'the server still answers');
            return;
          }
          const [event, payload, a] = packet;
          let auctionId: string | undefined;
          let payloadText: string;
          if (typeof payload === 'string') payloadText = payload;
          else {
            auctionId = pickAuction(a);
            const amount = nearMinimum(auctionId, payload.raise);
            const maxAmount = payload.above === undefined ? undefined : amount + payload.above;
            payloadText = json({ auctionId, amount, maxAmount, idempotencyKey: payload.key });
          }
          const argsText = `[${json(event)},${payloadText}]`;
          const reply = await socket.emitRaw(argsText, 5000);
          if (
            !reply &&
            (!isJson(argsText) || Buffer.byteLength(argsText) + 8 > SOCKET_LIMIT_BYTES)
          ) {
            // A malformed packet, or one over maxHttpBufferSize: the server drops the connection.
            await socket.closed;
            return;
          }
          assert.ok(reply, `no ack for ${argsText.slice(0, 200)}`);
          const ack = assertAck(reply[0], argsText);
          if (event.startsWith('bid:') || event === 'auction:buy-now') learnFromBid(ack, auctionId);
          if (event.endsWith(':place') && who === 'anonymous' && !ack.ok) {
            assert.equal(ack.error?.code, 'UNAUTHORIZED');
          }
        },
      ),
      runs(250),
    );
  });

  it('handshakes with hostile auth are accepted anonymously, refused with a code, or closed', async () => {
    const auth = fc.oneof(
      fc.constantFrom(
        '',
        '{}',
        '{"token":null}',
        '{"token":""}',
        json({ token: world.revokedToken }),
      ),
      fc.constantFrom<Who>('alice', 'bob').map((who) => json({ token: world.users[who].token })),
      jsonText(['token']).map((value) => `{"token":${value}}`),
      pollutingObjectText,
      fc.oneof(jsonText(['token']), deepText, garbageText),
    );
    await fc.assert(
      fc.asyncProperty(replicaIndex, auth, async (r, text) => {
        const result = await connectRaw(pickReplica(r).url, text);
        if (result.kind === 'refused') {
          const data = (result.error as { data?: { code?: string } }).data;
          assert.equal(data?.code, 'UNAUTHORIZED', `handshake ${text.slice(0, 200)}`);
        }
        if (result.kind === 'connected') {
          const reply = await result.socket.emitRaw('["lobby:watch",{}]');
          assert.deepEqual(reply, [{ ok: true }]);
          result.socket.close();
        }
      }),
      runs(60),
    );
  });

  it('malformed frames close at most their own connection', async () => {
    const frame = fc.oneof(
      garbageText,
      garbageText.map((text) => `42${text}`),
      jsonText().map((text) => `42${text}`),
      fc.constantFrom('4', '42', '421', '43', '430[]', '1', '5', '6', '40', '41', '44{}'),
      fc.constantFrom(
        '451-["bid:place",{"_placeholder":true,"num":0}]',
        '4299999999999999999999["lobby:watch"]',
      ),
      deepText.map((text) => `42["bid:place",${text}]`),
    );
    await fc.assert(
      fc.asyncProperty(replicaIndex, frame, async (r, text) => {
        const result = await connectRaw(pickReplica(r).url);
        assert.equal(result.kind, 'connected');
        const victim = (result as { socket: RawSocket }).socket;
        victim.sendFrame(text);
        const bystander = await rawSocket(r, 'alice');
        assert.deepEqual(await bystander.emitRaw('["lobby:unwatch",{}]'), [{ ok: true }]);
        victim.close();
      }),
      runs(60),
    );
  });
});

// Enough real bids that the checks above mean something.
world.verify({ bids: 10, auctions: 4 });
