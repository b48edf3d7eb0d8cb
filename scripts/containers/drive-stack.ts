// Drives a running compose stack the way users do, and fails loudly when a
// promise of the deployment breaks (scripts/containers/test.sh runs it):
// REST through the load balancer, a bid over Socket.IO through the load
// balancer (long-polling handshake, then the WebSocket upgrade: needs sticky
// sessions and the upgrade headers), watchers connected straight to every
// API replica (so at least two sit on replicas other than the bidder's), the
// close, and the worker's report read back through the load balancer; and a
// photo (native image code in the image, nginx's upload size) uploaded and
// served through the load balancer.
//
// Env: ARREMATE_LB_URL (e.g. http://127.0.0.1:18080) and ARREMATE_REPLICA_URLS
// (comma-separated http://<container ip>:5000). Prints a JSON summary.
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { io, type Socket } from 'socket.io-client';
import type { Auction, AuctionReport, Bid } from '../../core/schemas.ts';
import { call, createAuction, placeBid, register } from '../../tests/support/api-client.ts';
import { eventsOf, waitFor, waitUntilReady } from './stack-probes.ts';

const AUCTION_SECONDS = 6;
const REPORT_DEADLINE_MS = 60_000;

const lbUrl = requiredEnv('ARREMATE_LB_URL');
const replicaUrls = requiredEnv('ARREMATE_REPLICA_URLS').split(',');
assert.ok(replicaUrls.length >= 2, 'need at least two API replicas');

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

function connect(url: string, token?: string): Promise<Socket> {
  const socket = io(url, { auth: token ? { token } : {}, reconnection: false, timeout: 5000 });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function watch(socket: Socket, auctionId: string): Promise<void> {
  const ack = (await socket.timeout(5000).emitWithAck('auction:watch', { auctionId })) as {
    ok: boolean;
  };
  assert.equal(ack.ok, true, `auction:watch failed: ${JSON.stringify(ack)}`);
}

const started = Date.now();
for (const url of [lbUrl, ...replicaUrls]) await waitUntilReady(url, 120_000);
const readyAfterMs = Date.now() - started;

const seller = await register(lbUrl, 'Vendedora');
const bidder = await register(lbUrl, 'Arrematante');
const rival = await register(lbUrl, 'Concorrente');
const auction = await createAuction(lbUrl, seller.token, {
  title: 'Relógio de bolso',
  startingPrice: 10_000,
  durationSeconds: AUCTION_SECONDS,
});

// A photo of about 2 MB (noise does not compress): over nginx's 64 KiB for
// other requests, so it only passes where the photo location allows it.
const photoFile = await sharp({
  create: {
    width: 1000,
    height: 800,
    channels: 3,
    background: '#888',
    noise: { type: 'gaussian', mean: 128, sigma: 40 },
  },
})
  .png()
  .toBuffer();
const uploaded = await fetch(`${lbUrl}/api/auctions/${auction.id}/photos`, {
  method: 'POST',
  headers: { 'content-type': 'image/png', authorization: `Bearer ${seller.token}` },
  body: new Uint8Array(photoFile),
});
assert.equal(uploaded.status, 201, `photo refused: ${await uploaded.clone().text()}`);
const [photo] = ((await uploaded.json()) as Auction).photos;
const thumbnail = await fetch(`${lbUrl}${photo?.thumbnailUrl}`);
assert.equal(thumbnail.status, 200);
assert.equal(thumbnail.headers.get('content-type'), 'image/webp');
const photoBytes = photoFile.length;

// The bidder goes through the load balancer; one watcher per replica directly.
const bidderSocket = await connect(lbUrl, bidder.token);
// Engine.IO's session id: the `sid` of every request of this client, which
// test.sh looks up in the load balancer's log to prove they met one replica.
const bidderEngineId = bidderSocket.io.engine.id;
const watchers = await Promise.all(replicaUrls.map((url) => connect(url)));
const watcherEvents = watchers.map((socket) => eventsOf<{ bid?: Bid }>(socket, 'bid:placed'));
const closedEvents = watchers.map((socket) =>
  eventsOf<{ auction: Auction }>(socket, 'auction:closed'),
);
await Promise.all(watchers.map((socket) => watch(socket, auction.id)));
await waitFor(
  () => bidderSocket.io.engine.transport.name === 'websocket',
  5000,
  'WebSocket upgrade',
);

const socketBid = (await bidderSocket.timeout(5000).emitWithAck('bid:place', {
  auctionId: auction.id,
  amount: 10_000,
})) as { ok: boolean; bid: Bid };
assert.equal(socketBid.ok, true, `socket bid refused: ${JSON.stringify(socketBid)}`);
const restBid = await placeBid(lbUrl, rival.token, auction.id, 11_000);
assert.equal(restBid.status, 201, `REST bid refused: ${JSON.stringify(restBid.body)}`);

// Every replica's watcher sees both bids, in sequence order.
await waitFor(
  () => watcherEvents.every((events) => events.length >= 2),
  5000,
  'bid:placed on every replica',
);
for (const events of watcherEvents) {
  assert.deepEqual(
    events.map((event) => [event.bid?.seq, event.bid?.amount]),
    [
      [socketBid.bid.seq, 10_000],
      [restBid.body.bid.seq, 11_000],
    ],
  );
}

await waitFor(
  () => closedEvents.every((events) => events.length === 1),
  (AUCTION_SECONDS + 5) * 1000,
  'auction:closed',
);
const closed = closedEvents[0]![0]!.auction;
assert.equal(closed.status, 'closed');
assert.equal(closed.winner?.id, rival.user.id);
assert.equal(closed.currentPrice, 11_000);
const closeLagMs = Date.parse(closed.closedAt ?? '') - Date.parse(closed.endsAt);

const reportStarted = Date.now();
let report: AuctionReport | undefined;
await waitFor(
  async () => {
    const reply = await call<AuctionReport>(lbUrl, 'GET', `/api/auctions/${auction.id}/report`);
    if (reply.status === 200) report = reply.body;
    return report !== undefined;
  },
  REPORT_DEADLINE_MS,
  'the worker report',
);
assert.ok(report && report.report.length > 0 && report.post.length > 0, 'empty report');

for (const socket of [bidderSocket, ...watchers]) socket.close();
console.log(
  JSON.stringify({
    ok: true,
    auctionId: auction.id,
    bidderEngineId,
    readyAfterMs,
    closeLagMs,
    reportAfterCloseMs: Date.now() - reportStarted,
    reportGeneratedBy: report?.generatedBy,
    photoBytes,
    totalMs: Date.now() - started,
  }),
);
