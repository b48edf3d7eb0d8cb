// Photos of an auction's item (`/api/auctions/:id/photos`): the seller
// uploads a file, the API stores WebP files it made (upright, bounded, no
// metadata), every replica serves them cached for good, watchers and the
// lobby hear of it, the finished auction carries them to the worker; and
// every refusal is a 4xx with its code that stores nothing. Real Redis, two
// replicas in this process, real images made with sharp.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { redisKeys } from '../../core/redis/keys.ts';
import type { Auction, FinishedAuction } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  placeBid,
  registerEach,
  sleep,
  type Session,
} from '../support/api-client.ts';
import { connectClient } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

let seller: Session;
let alice: Session;
const stack = useReplicaStack(2, {
  env: { PHOTO_UPLOADS_AT_ONCE: '2' },
  setup: async () => {
    [seller, alice] = await registerEach(url(), ['Seller', 'Alice'] as const);
  },
});
const { url, sockets } = stack;
const keys = redisKeys();

type Answer = Auction & { error?: { code: string; maxPhotos?: number } };

async function upload(
  auctionId: string,
  file: Buffer | string,
  { token = seller.token, type = 'image/jpeg', replica = 0 } = {},
): Promise<{ status: number; body: Answer }> {
  const response = await fetch(`${url(replica)}/api/auctions/${auctionId}/photos`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof file === 'string' ? file : new Uint8Array(file),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

async function remove(auctionId: string, photoId: string, token = seller.token, replica = 0) {
  const response = await fetch(`${url(replica)}/api/auctions/${auctionId}/photos/${photoId}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

const codeOf = (reply: { status: number; body: Answer }) => [reply.status, reply.body.error?.code];

/** A camera-like JPEG: landscape pixels, "rotate 90°" orientation, EXIF with the camera. */
const cameraPhoto = () =>
  sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#c33' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'CameraCo', Model: 'Secret 9000' } })
    .toBuffer();
const smallImage = (format: 'png' | 'webp' | 'avif' | 'jpeg') => {
  const image = sharp({ create: { width: 300, height: 200, channels: 3, background: '#3a3' } });
  return image[format]().toBuffer();
};

const photoKeys = async (auctionId: string) =>
  stack.redis.client().keys(keys.auctionPhoto(auctionId, '*'));

describe('auction photos', () => {
  it('stores an upright, bounded WebP without metadata, served by every replica and told live', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Cadeira' });
    assert.deepEqual(auction.photos, [], 'none at first');
    const watcher = await connectClient(url(1), undefined, { compact: true });
    const lobby = await connectClient(url(1), undefined, { compact: true });
    sockets.push(watcher, lobby);
    const edited: { auction: Auction }[] = [];
    const updated: { auction: Auction }[] = [];
    watcher.on('auction:edited', (event: { auction: Auction }) => edited.push(event));
    lobby.on('auction:updated', (event: { auction: Auction }) => updated.push(event));
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    await lobby.emitWithAck('lobby:watch', {});

    const added = await upload(auction.id, await cameraPhoto());
    assert.equal(added.status, 201);
    const [photo] = added.body.photos;
    assert.ok(photo);
    assert.deepEqual([photo.width, photo.height], [1200, 1600], 'turned upright, 1,600 px at most');
    assert.equal(photo.url, `/api/auctions/${auction.id}/photos/${photo.id}`);
    assert.equal(photo.thumbnailUrl, `${photo.url}/thumbnail`);
    assert.equal(added.body.seq, auction.seq, 'a photo is no event in the bid sequence');

    const full = await fetch(url(1) + photo.url);
    assert.equal(full.status, 200);
    assert.equal(full.headers.get('content-type'), 'image/webp');
    assert.equal(full.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const fullMeta = await sharp(Buffer.from(await full.arrayBuffer())).metadata();
    assert.deepEqual([fullMeta.format, fullMeta.width, fullMeta.height], ['webp', 1200, 1600]);
    assert.equal(fullMeta.exif, undefined, 'no EXIF: a camera tells where and with what');
    assert.equal(fullMeta.orientation, undefined);
    const thumbnail = await fetch(url(0) + photo.thumbnailUrl);
    const thumbMeta = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata();
    assert.deepEqual([thumbMeta.format, thumbMeta.width, thumbMeta.height], ['webp', 360, 480]);
    const again = await fetch(url(1) + photo.url, {
      headers: { 'if-none-match': full.headers.get('etag') as string },
    });
    assert.equal(again.status, 304, 'a browser revalidating gets no bytes');

    await eventually(() => edited.length === 1);
    assert.deepEqual(edited[0]!.auction.photos, added.body.photos, 'watchers on the other replica');
    await eventually(() => updated.some((e) => e.auction.photos.length === 1));
    const read = await fetch(`${url(1)}/api/auctions/${auction.id}`).then(
      (r) => r.json() as Promise<Auction>,
    );
    assert.deepEqual(read.photos, added.body.photos);
    const listed = await fetch(`${url(0)}/api/auctions?limit=100`).then(
      (r) => r.json() as Promise<{ items: Auction[] }>,
    );
    assert.deepEqual(listed.items.find((a) => a.id === auction.id)?.photos, added.body.photos);

    const bid = await placeBid(url(), alice.token, auction.id, auction.minimumBid);
    assert.equal(bid.body.bid.seq, 1, 'bids are still numbered from 1');
    assert.deepEqual(bid.body.auction.photos, added.body.photos, 'a bid keeps the photos');
  });

  it('takes PNG, WebP and AVIF too, six at most, and adds after bids but removes only before', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Mesa' });
    const types = ['png', 'webp', 'avif', 'jpeg', 'png', 'webp'] as const;
    let last: Answer | undefined;
    for (const [i, format] of types.entries()) {
      if (i === 3) {
        // Remove the first before any bid: it goes, files and all.
        const first = last!.photos[0]!;
        const removed = await remove(auction.id, first.id, seller.token, 1);
        assert.equal(removed.status, 200);
        assert.deepEqual(
          removed.body.photos.map((p) => p.id),
          last!.photos.slice(1).map((p) => p.id),
        );
        assert.deepEqual(codeOf(await remove(auction.id, first.id)), [404, 'PHOTO_NOT_FOUND']);
        const gone = await fetch(url(0) + first.url);
        assert.equal(gone.status, 404);
        assert.equal(((await gone.json()) as Answer).error?.code, 'PHOTO_NOT_FOUND');
        const bid = await placeBid(url(), alice.token, auction.id, auction.minimumBid);
        assert.equal(bid.status, 201);
      }
      const added = await upload(auction.id, await smallImage(format), {
        type: format === 'jpeg' ? 'image/jpeg' : `image/${format}`,
        replica: i,
      });
      assert.equal(added.status, 201, `${format}: ${JSON.stringify(added.body)}`);
      assert.deepEqual(
        [added.body.photos.at(-1)?.width, added.body.photos.at(-1)?.height],
        [300, 200],
      );
      last = added.body;
    }
    assert.equal(last!.photos.length, 5);
    const sixth = await upload(auction.id, await smallImage('png'), { type: 'image/png' });
    assert.equal(sixth.status, 201);
    assert.equal(sixth.body.photos.length, 6);
    const seventh = await upload(auction.id, await smallImage('png'), { type: 'image/png' });
    assert.deepEqual(codeOf(seventh), [409, 'TOO_MANY_PHOTOS']);
    assert.equal(seventh.body.error?.maxPhotos, 6);
    assert.equal((await photoKeys(auction.id)).length, 6, 'the seventh stored nothing');

    const photo = sixth.body.photos[0]!;
    assert.deepEqual(codeOf(await remove(auction.id, photo.id)), [409, 'AUCTION_HAS_BIDS']);
    assert.equal((await fetch(url(1) + photo.url)).status, 200, 'still there');
  });

  it('refuses what is not an image, too large, not the seller’s or too late, storing nothing', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Vaso' });
    const jpeg = await smallImage('jpeg');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    // One at a time: the replica takes two uploads at once (PHOTO_UPLOADS_AT_ONCE).
    const refusals: [string, () => Promise<{ status: number; body: Answer }>, number, string][] = [
      ['text as a JPEG', () => upload(auction.id, 'not an image at all'), 400, 'INVALID_IMAGE'],
      ['an empty body', () => upload(auction.id, Buffer.alloc(0)), 400, 'INVALID_IMAGE'],
      ['a cut-off JPEG', () => upload(auction.id, jpeg.subarray(0, 300)), 400, 'INVALID_IMAGE'],
      ['SVG as a PNG', () => upload(auction.id, svg, { type: 'image/png' }), 400, 'INVALID_IMAGE'],
      [
        'SVG as itself',
        () => upload(auction.id, svg, { type: 'image/svg+xml' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'plain text',
        () => upload(auction.id, jpeg, { type: 'text/plain' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'JSON',
        () => upload(auction.id, '{"a":1}', { type: 'application/json' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'over 10 MiB',
        () => upload(auction.id, Buffer.alloc(10 * 1024 * 1024 + 1)),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
      ['no session', () => upload(auction.id, jpeg, { token: '' }), 401, 'UNAUTHORIZED'],
      ['not the seller', () => upload(auction.id, jpeg, { token: alice.token }), 403, 'NOT_SELLER'],
      ['no such auction', () => upload('no-such-auction', jpeg), 404, 'AUCTION_NOT_FOUND'],
    ];
    for (const [what, reply, status, code] of refusals)
      assert.deepEqual(codeOf(await reply()), [status, code], what);
    assert.deepEqual(await photoKeys(auction.id), []);

    const added = await upload(auction.id, jpeg);
    const photo = added.body.photos[0]!;
    assert.deepEqual(codeOf(await remove(auction.id, photo.id, alice.token)), [403, 'NOT_SELLER']);
    assert.deepEqual(codeOf(await remove(auction.id, 'no-such-photo')), [404, 'PHOTO_NOT_FOUND']);
    const unknownFile = await fetch(`${url(0)}/api/auctions/${auction.id}/photos/nope/thumbnail`);
    assert.equal(unknownFile.status, 404);
    const badId = await fetch(`${url(0)}/api/auctions/${auction.id}/photos/a%20b`);
    assert.equal(badId.status, 400);

    const short = await createAuction(url(), seller.token, { durationSeconds: 1 });
    await sleep(1_100);
    assert.deepEqual(codeOf(await upload(short.id, jpeg)), [409, 'AUCTION_CLOSED']);
    assert.deepEqual(await photoKeys(short.id), []);
    const read = await fetch(`${url(1)}/api/auctions/${auction.id}`).then(
      (r) => r.json() as Promise<Auction>,
    );
    assert.deepEqual(read.photos, added.body.photos, 'nothing refused was written');
  });

  it('answers 503 when Redis is full, storing nothing, and works again once there is room', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Quadro' });
    const redis = stack.redis.client();
    const used = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
    // Room for little more than what is there: photos of noise do not compress.
    const noise = await sharp({
      create: {
        width: 1200,
        height: 900,
        channels: 3,
        background: '#888',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png()
      .toBuffer();
    await redis.config('SET', 'maxmemory', String(used + 2 * 1024 * 1024));
    try {
      const answers: { status: number; body: Answer }[] = [];
      for (let i = 0; i < 6 && answers.at(-1)?.status !== 503; i++)
        answers.push(await upload(auction.id, noise, { type: 'image/png' }));
      assert.deepEqual(codeOf(answers.at(-1)!), [503, 'REDIS_UNAVAILABLE']);
      const stored = answers.filter((a) => a.status === 201).length;
      assert.equal((await photoKeys(auction.id)).length, stored, 'the refused one left nothing');
    } finally {
      await redis.config('SET', 'maxmemory', '0');
    }
    assert.equal(
      (await upload(auction.id, await smallImage('png'), { type: 'image/png' })).status,
      201,
    );
  });

  it('puts the photos in a new order, the first the cover, only as the same photos each once', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Luminária' });
    for (const format of ['png', 'webp', 'jpeg'] as const)
      await upload(auction.id, await smallImage(format), { type: `image/${format}` });
    const photos = (await call<Auction>(url(), 'GET', `/api/auctions/${auction.id}`)).body.photos;
    const [a, b, c] = photos.map((photo) => photo.id) as [string, string, string];
    const order = (photoIds: unknown, token = seller.token, replica = 1) =>
      call<Answer>(url(replica), 'PUT', `/api/auctions/${auction.id}/photos/order`, {
        token,
        body: { photoIds },
      });
    const reordered = await order([c, a, b]);
    assert.equal(reordered.status, 200);
    assert.deepEqual(
      reordered.body.photos,
      [photos[2], photos[0], photos[1]],
      'the same records, in the new order',
    );
    for (const [what, ids] of [
      ['one missing', [c, a]],
      ['one twice', [c, a, a]],
      ['an unknown one', [c, a, 'other-photo']],
      ['one more', [c, a, b, 'other-photo']],
    ] as const)
      assert.deepEqual(codeOf(await order(ids)), [400, 'VALIDATION_FAILED'], what);
    for (const body of [[], 'abc', [c, a, 7]])
      assert.deepEqual(codeOf(await order(body)), [400, 'VALIDATION_FAILED'], JSON.stringify(body));
    assert.deepEqual(codeOf(await order([a, b, c], alice.token)), [403, 'NOT_SELLER']);
    const read = await call<Auction>(url(0), 'GET', `/api/auctions/${auction.id}`);
    assert.deepEqual(
      read.body.photos.map((photo) => photo.id),
      [c, a, b],
      'nothing refused was written',
    );
    // After a bid too: the same photos, in another order.
    await placeBid(url(), alice.token, auction.id, auction.minimumBid);
    assert.equal((await order([a, b, c], seller.token, 0)).status, 200);
  });

  it('copies an earlier auction’s photos to a new one, once, in order, up to six', async () => {
    const earlier = await createAuction(url(), seller.token, { title: 'Bicicleta' });
    for (const format of ['png', 'webp', 'jpeg'] as const)
      await upload(earlier.id, await smallImage(format), { type: `image/${format}` });
    await call(url(), 'POST', `/api/auctions/${earlier.id}/cancel`, { token: seller.token });
    const source = (await call<Auction>(url(), 'GET', `/api/auctions/${earlier.id}`)).body;
    assert.equal(source.photos.length, 3);

    const again = await createAuction(url(), seller.token, { title: 'Bicicleta' });
    const copy = (from: string, to = again.id, token = seller.token, replica = 1) =>
      call<{ auction: Auction; copied: number } & { error?: { code: string } }>(
        url(replica),
        'POST',
        `/api/auctions/${to}/photos/copy`,
        { token, body: { fromAuctionId: from } },
      );
    const copied = await copy(earlier.id);
    assert.equal(copied.status, 200, JSON.stringify(copied.body));
    assert.equal(copied.body.copied, 3);
    const photos = copied.body.auction.photos;
    assert.deepEqual(
      photos.map((p) => p.id),
      source.photos.map((p) => p.id),
      'the same photos, in order',
    );
    assert.deepEqual(photos[0], {
      ...source.photos[0]!,
      url: `/api/auctions/${again.id}/photos/${photos[0]!.id}`,
      thumbnailUrl: `/api/auctions/${again.id}/photos/${photos[0]!.id}/thumbnail`,
    });
    for (const [i, photo] of photos.entries()) {
      const [theirs, ours] = await Promise.all(
        [source.photos[i]!.url, photo.url].map(async (path) =>
          Buffer.from(await (await fetch(url(0) + path)).arrayBuffer()),
        ),
      );
      assert.ok(ours!.length > 0 && ours!.equals(theirs!), 'the same bytes, not encoded again');
    }
    const retried = await copy(earlier.id, again.id, seller.token, 0);
    assert.deepEqual([retried.body.copied, retried.body.auction.photos.length], [0, 3]);

    // The copies are the new auction's own: removing one there leaves the other.
    assert.equal((await remove(earlier.id, source.photos[0]!.id)).status, 409, 'cancelled');
    assert.equal((await remove(again.id, photos[0]!.id)).status, 200);
    assert.equal((await fetch(url(0) + source.photos[0]!.url)).status, 200);

    // Up to six: of five more, four fit.
    const fuller = await createAuction(url(), seller.token, { title: 'Cinco' });
    for (let i = 0; i < 5; i++)
      await upload(fuller.id, await smallImage('png'), { type: 'image/png' });
    const topped = await copy(fuller.id);
    assert.deepEqual([topped.body.copied, topped.body.auction.photos.length], [4, 6]);

    const codes = async (reply: ReturnType<typeof copy>) => {
      const { status, body } = await reply;
      return [status, body.error?.code];
    };
    const theirs = await createAuction(url(), alice.token, { title: 'Da Alice' });
    assert.deepEqual(await codes(copy(theirs.id)), [403, 'NOT_SELLER'], 'someone else’s photos');
    assert.deepEqual(
      await codes(copy(earlier.id, theirs.id)),
      [403, 'NOT_SELLER'],
      'into someone else’s auction',
    );
    assert.deepEqual(await codes(copy('no-such-auction')), [404, 'AUCTION_NOT_FOUND']);
    assert.deepEqual(await codes(copy(earlier.id, earlier.id)), [409, 'AUCTION_CLOSED']);
    const malformed = await call<{ error?: { code: string } }>(
      url(),
      'POST',
      `/api/auctions/${again.id}/photos/copy`,
      { token: seller.token, body: { fromAuctionId: 'a b', extra: 1 } },
    );
    assert.deepEqual([malformed.status, malformed.body.error?.code], [400, 'VALIDATION_FAILED']);
    assert.deepEqual(await photoKeys(theirs.id), [], 'nothing refused was written');
  });

  it('takes a few uploads at once per replica and answers the rest 503 SERVER_BUSY before reading them', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Tapete' });
    // About half a second each to make (noise is the encoder's worst case).
    const slow = await sharp({
      create: {
        width: 4000,
        height: 3000,
        channels: 3,
        background: '#888',
        noise: { type: 'gaussian', mean: 128, sigma: 50 },
      },
    })
      .jpeg({ quality: 90 })
      .toBuffer();
    const statuses = async (count: number) => {
      const answers = await Promise.all(
        Array.from({ length: count }, () =>
          fetch(`${url(0)}/api/auctions/${auction.id}/photos`, {
            method: 'POST',
            headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${seller.token}` },
            body: new Uint8Array(slow),
          }),
        ),
      );
      return Promise.all(
        answers.map(async (answer) => {
          const body = (await answer.json()) as Answer;
          return [answer.status, body.error?.code ?? null, answer.headers.get('retry-after')];
        }),
      );
    };
    const first = await statuses(5);
    assert.deepEqual(first.filter(([status]) => status === 201).length, 2, JSON.stringify(first));
    for (const refused of first.filter(([status]) => status !== 201))
      assert.deepEqual(refused, [503, 'SERVER_BUSY', '2']);
    // Every admission was given back: two more go in at once.
    const second = await statuses(2);
    assert.deepEqual(
      second.map(([status]) => status),
      [201, 201],
    );
    assert.equal((await photoKeys(auction.id)).length, 4);
  });

  it('gives the finished auction its photos, as the API serves them', async () => {
    const auction = await createAuction(url(), seller.token, { durationSeconds: 2 });
    const added = await upload(auction.id, await smallImage('png'), { type: 'image/png' });
    assert.equal(added.status, 201);
    const redis = stack.redis.client();
    const finished = await eventually(async () => {
      const entries = await redis.xrange(keys.finishedStream, '-', '+');
      const entry = entries.find(([, fields]) => fields.includes(auction.id));
      return entry && (JSON.parse(entry[1][entry[1].indexOf('finished') + 1]!) as FinishedAuction);
    });
    const served = await fetch(`${url(1)}/api/auctions/${auction.id}`).then(
      (r) => r.json() as Promise<Auction>,
    );
    assert.equal(served.status, 'closed');
    assert.deepEqual(finished.auction, served);
    assert.deepEqual(finished.auction.photos, added.body.photos);
  });
});
