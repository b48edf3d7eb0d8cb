// Property-based tests (fast-check) over every REST body, query, path and
// header the API accepts (tests/support/hostile-world.ts sets the stage):
// random and hostile input — prototype-pollution keys, huge strings, wrong
// types, 1e400/-0, deep nesting, unicode — never brings a 5xx, an unknown
// error code, a dead server, a polluted prototype or a broken auction
// invariant. The socket events have their own file, properties-sockets.
//
// A failure prints fast-check's seed and path; rerun it with FC_SEED=<seed>.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import sharp from 'sharp';
import type { Auction, Bid } from '../../core/schemas.ts';
import { createAuction, type Session } from '../support/api-client.ts';
import {
  bodyText,
  contentType,
  deepText,
  garbageText,
  headerValue,
  idSegment,
  jsonText,
  numberText,
  queryString,
  stringText,
} from '../support/hostile-input.ts';
import {
  authorization,
  bidder,
  replicaIndex,
  runs,
  useHostileWorld,
  type Auth,
  type Who,
} from '../support/hostile-world.ts';
import { sendChecked } from '../support/public-answers.ts';

const world = useHostileWorld();
const { pickAuction, authHeader, nearMinimum, learnFromBid } = world;
const send = (
  r: number,
  method: string,
  path: string,
  options?: Parameters<typeof sendChecked>[3],
) => sendChecked(world.pickReplica(r).url, method, path, options);

const json = (value: unknown) => JSON.stringify(value);
const validName = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).map(json);
const validEmail = fc
  .tuple(fc.stringMatching(/^[a-z0-9._+-]{1,20}$/), fc.stringMatching(/^[a-z0-9-]{1,12}$/))
  .map(([local, domain]) => json(`${local}@${domain}.example`));
const validPassword = fc.string({ minLength: 8, maxLength: 40 }).map(json);
const amountText = fc.integer({ min: 1, max: 2_000_000 }).map(String);

describe('REST under hostile input', () => {
  it('POST /api/auth/register', async () => {
    const body = bodyText({ name: validName, email: validEmail, password: validPassword });
    await fc.assert(
      fc.asyncProperty(replicaIndex, body, contentType, async (r, text, type) => {
        const answer = await send(r, 'POST', '/api/auth/register', {
          body: text,
          headers: { 'content-type': type },
        });
        if (answer.status === 201) {
          const session = answer.body as Session;
          assert.equal(typeof session.token, 'string');
          assert.equal(typeof session.user.id, 'string');
        }
      }),
      runs(60),
    );
  });

  it('POST /api/auth/login', async () => {
    const knownEmail = fc.constantFrom(
      ...Object.values(world.users).map((u) => json(u.user.email)),
    );
    const body = bodyText({
      email: fc.oneof(knownEmail, validEmail),
      password: fc.oneof(fc.constant(json('correct horse battery')), validPassword),
    });
    await fc.assert(
      fc.asyncProperty(replicaIndex, body, async (r, text) => {
        const answer = await send(r, 'POST', '/api/auth/login', {
          body: text,
          headers: { 'content-type': 'application/json' },
        });
        assert.ok([200, 400, 401, 413].includes(answer.status), `login → ${answer.status}`);
      }),
      runs(60),
    );
  });

  it('POST /api/auctions', async () => {
    const soon = (ms: number) => json(new Date(Date.now() + ms).toISOString());
    const common = {
      title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).map(json),
      description: fc.string({ unit: 'grapheme', maxLength: 200 }).map(json),
      startingPrice: amountText,
      minIncrement: fc.integer({ min: 1, max: 10_000 }).map(String),
      softCloseSeconds: fc.integer({ min: 0, max: 30 }).map(String),
    };
    const rules = {
      startsAt: fc.integer({ min: -60_000, max: 120_000 }).map(soon),
      maxEndsAt: fc.integer({ min: 0, max: 1_200_000 }).map(soon),
      reservePrice: amountText,
      buyNowPrice: amountText,
      category: fc.constantFrom('"music"', '"other"', '"Music"', '""', '"__proto__"'),
    };
    const body = fc.oneof(
      bodyText(
        {
          ...common,
          durationSeconds: fc
            .oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ max: 900 }))
            .map(String),
        },
        rules,
      ),
      bodyText({ ...common, endsAt: fc.integer({ min: -60_000, max: 900_000 }).map(soon) }, rules),
    );
    await fc.assert(
      fc.asyncProperty(replicaIndex, bidder, body, contentType, async (r, auth, text, type) => {
        const answer = await send(r, 'POST', '/api/auctions', {
          body: text,
          headers: { 'content-type': type, ...authHeader(auth) },
        });
        if (answer.status === 201) {
          const auction = answer.body as Auction;
          assert.equal(auction.status, 'open');
          assert.equal(auction.bidCount, 0);
          assert.equal(auction.currentPrice, auction.startingPrice);
          world.touched.add(auction.id);
        }
      }),
      runs(120),
    );
  });

  it('POST /api/auctions/:id/bids, with Idempotency-Key, and retractions between them', async () => {
    const intended = fc.record(
      { raise: fc.integer({ min: -100, max: 3000 }), above: fc.nat(5000) },
      { requiredKeys: ['raise'] },
    );
    const hostile = bodyText(
      { amount: fc.oneof(amountText, numberText) },
      { maxAmount: fc.oneof(amountText, numberText) },
    ).map((text) => ({ text }));
    const idempotencyKey = fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: fc.constantFrom('retry-1', 'retry-2', 'k:3.x_y') },
      { weight: 1, arbitrary: headerValue },
    );
    await fc.assert(
      fc.asyncProperty(
        replicaIndex,
        fc.nat(),
        bidder,
        fc.oneof(
          { weight: 3, arbitrary: intended },
          { weight: 2, arbitrary: hostile },
          // Among the bids, where the bidder often has one standing: retractions land,
          // and so do the seller's cancellations of a bidder's bids.
          { weight: 1, arbitrary: fc.constant({ retract: true as const }) },
          {
            weight: 1,
            arbitrary: fc.record({
              cancelBidsOf: fc.constantFrom<Who>('alice', 'bob'),
              reason: fc.constantFrom('bidder_request', 'fraud_concern', 'item_unavailable', 'x'),
            }),
          },
        ),
        idempotencyKey,
        contentType,
        async (r, a, auth, bid, key, type) => {
          const auctionId = pickAuction(a);
          // A bid at the minimum first, so that a withdrawal has something to
          // withdraw wherever the auction is open and the bidder may bid.
          const bidAtMinimum = async (who: Auth) =>
            learnFromBid(
              (
                await send(r, 'POST', `/api/auctions/${auctionId}/bids`, {
                  body: json({ amount: nearMinimum(auctionId, 0) }),
                  headers: { 'content-type': 'application/json', ...authHeader(who) },
                })
              ).body,
              auctionId,
            );
          if ('retract' in bid) {
            await bidAtMinimum(auth);
            const path = `/api/auctions/${auctionId}/bids/retract`;
            const retracted = await send(r, 'POST', path, { headers: authHeader(auth) });
            return learnFromBid(retracted.body, auctionId);
          }
          if ('cancelBidsOf' in bid) {
            // As the auction's own seller (the runs list auctions as Alice and Bob too),
            // of someone else's bids.
            const listed = (await send(r, 'GET', `/api/auctions/${auctionId}`)).body as Auction;
            const seller =
              (['seller', 'alice', 'bob'] as const).find(
                (who) => world.users[who].user.id === listed.seller?.id,
              ) ?? 'seller';
            const target = bid.cancelBidsOf !== seller ? bid.cancelBidsOf : 'seller';
            await bidAtMinimum({ who: target });
            const cancelled = await send(r, 'POST', `/api/auctions/${auctionId}/bids/cancel`, {
              body: json({ bidderId: world.users[target].user.id, reason: bid.reason }),
              headers: { 'content-type': 'application/json', ...authHeader({ who: seller }) },
            });
            return learnFromBid(cancelled.body, auctionId);
          }
          const amount = 'raise' in bid ? nearMinimum(auctionId, bid.raise) : undefined;
          const maxAmount = 'above' in bid && amount ? amount + bid.above! : undefined;
          const headers: Record<string, string> = { 'content-type': type, ...authHeader(auth) };
          if (key !== undefined) headers['idempotency-key'] = key;
          const answer = await send(r, 'POST', `/api/auctions/${auctionId}/bids`, {
            body: 'text' in bid ? bid.text : json({ amount, maxAmount }),
            headers,
          });
          learnFromBid(answer.body, auctionId);
          const plain = amount !== undefined && maxAmount === undefined && key === undefined;
          if (answer.status === 201 && plain) {
            assert.equal((answer.body as { bid: Bid }).bid.amount, amount, 'the amount bid');
          }
        },
      ),
      runs(150),
    );
  });

  it('Buy It Now, raising a maximum, retracting a bid, cancel, corrections, the contact, the watchlist, e-mail choices, verification and changes, deleting an account, questions and answers, copying photos, feedback, blocking, reports, moderation, suspensions and appeals', async () => {
    const action = fc.constantFrom(
      'buy-now',
      'max-bid',
      'retract',
      'cancel',
      'edit',
      'contact',
      'watch',
      'unwatch',
      'watchlist',
      'notifications',
      'verify-email',
      'resend-verification',
      'change-email',
      'revert-email',
      'delete-account',
      'ask',
      'answer',
      'questions',
      'remove-question',
      'copy-photos',
      'photo-order',
      'feedback',
      'sale-feedback',
      'feedback-reply',
      'pending-feedback',
      'block',
      'unblock',
      'blocked',
      'flag',
      'save-search',
      'saved-searches',
      'forget-search',
      'moderation-queue',
      'remove-auction',
      'dismiss-flags',
      'suspend',
      'reinstate',
      'moderated-user',
      'appeal',
      'appeal-status',
      'suspension-appeal',
      'appeal-queue',
      'decide-appeal',
      'suspended-export',
      'moderation-log',
      'transparency',
    );
    const id = fc.oneof(
      { weight: 4, arbitrary: fc.nat().map((i) => ({ known: i })) },
      { weight: 1, arbitrary: idSegment.map((raw) => ({ raw })) },
    );
    const body = fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.oneof(jsonText(['auctionId']), deepText, garbageText) },
      {
        weight: 2,
        arbitrary: bodyText({
          maxAmount: fc.oneof(fc.integer({ min: 1, max: 3_000_000 }).map(String), numberText),
        }),
      },
      { weight: 2, arbitrary: bodyText({}, { title: stringText, description: stringText }) },
      {
        weight: 1,
        arbitrary: bodyText(
          {},
          {
            outbidEmails: fc.constantFrom('true', 'false', '0', '"no"'),
            endingSoonEmails: fc.constantFrom('true', 'false', 'null', '1'),
          },
        ),
      },
      {
        weight: 1,
        arbitrary: bodyText(
          { token: stringText },
          { language: fc.constantFrom('"en"', '"pt-BR"') },
        ),
      },
      {
        weight: 1,
        arbitrary: bodyText(
          { newEmail: fc.constantFrom('"novo@example.com"', '"x"', '""'), password: stringText },
          { language: fc.constantFrom('"en"', '"xx"') },
        ),
      },
      { weight: 2, arbitrary: bodyText({ text: stringText }) },
      { weight: 1, arbitrary: bodyText({ fromAuctionId: stringText }) },
      {
        weight: 1,
        arbitrary: bodyText(
          { rating: fc.constantFrom('"positive"', '"neutral"', '"negative"', '"ok"', '1') },
          { comment: stringText },
        ),
      },
      {
        weight: 1,
        arbitrary: fc
          .array(fc.oneof(idSegment, stringText), { maxLength: 8 })
          .map((ids) => `{"photoIds":[${ids.map((id) => JSON.stringify(id)).join(',')}]}`),
      },
      {
        weight: 1,
        arbitrary: bodyText(
          { reason: fc.constantFrom('"fraud"', '"other"', '"spam"', '1', 'null') },
          { details: stringText, removeOpenAuctions: fc.constantFrom('true', 'false', '1') },
        ),
      },
      {
        weight: 1,
        arbitrary: bodyText(
          {},
          {
            query: stringText,
            category: fc.constantFrom('"jewelry"', '"other"', '"weapons"', 'null', '1'),
          },
        ),
      },
      {
        weight: 1,
        arbitrary: bodyText(
          { email: stringText, password: stringText, text: stringText },
          {
            outcome: fc.constantFrom('"upheld"', '"reversed"', '"kept"', 'null'),
            reply: stringText,
          },
        ),
      },
      // Never the world's password: its accounts stay (a right one is tested in account-deletion).
      { weight: 1, arbitrary: bodyText({ password: stringText }) },
    );
    await fc.assert(
      fc.asyncProperty(
        replicaIndex,
        action,
        id,
        fc.oneof({ weight: 3, arbitrary: fc.constant({ who: 'seller' as Who }) }, bidder),
        body,
        fc.oneof(fc.integer({ min: -1, max: 4 }).map(String), idSegment),
        async (r, what, target, auth, text, question) => {
          const auctionId = 'known' in target ? pickAuction(target.known) : target.raw;
          const [method, path] = {
            'buy-now': ['POST', `/api/auctions/${auctionId}/buy-now`],
            'max-bid': ['PUT', `/api/auctions/${auctionId}/max-bid`],
            retract: ['POST', `/api/auctions/${auctionId}/bids/retract`],
            cancel: ['POST', `/api/auctions/${auctionId}/cancel`],
            edit: ['PATCH', `/api/auctions/${auctionId}`],
            contact: ['GET', `/api/auctions/${auctionId}/contact`],
            watch: ['PUT', `/api/me/watchlist/${auctionId}`],
            unwatch: ['DELETE', `/api/me/watchlist/${auctionId}`],
            watchlist: ['GET', '/api/me/watchlist'],
            notifications: ['PUT', '/api/me/notifications'],
            'verify-email': ['POST', '/api/auth/verify-email'],
            'resend-verification': ['POST', '/api/auth/verify-email/resend'],
            'change-email': ['POST', '/api/auth/email'],
            'revert-email': ['POST', '/api/auth/email/revert'],
            'delete-account': ['DELETE', '/api/auth/me'],
            ask: ['POST', `/api/auctions/${auctionId}/questions`],
            answer: ['POST', `/api/auctions/${auctionId}/questions/${question}/answer`],
            questions: ['GET', `/api/auctions/${auctionId}/questions`],
            'remove-question': ['DELETE', `/api/auctions/${auctionId}/questions/${question}`],
            'copy-photos': ['POST', `/api/auctions/${auctionId}/photos/copy`],
            'photo-order': ['PUT', `/api/auctions/${auctionId}/photos/order`],
            feedback: ['POST', `/api/auctions/${auctionId}/feedback`],
            'sale-feedback': ['GET', `/api/auctions/${auctionId}/feedback`],
            'feedback-reply': ['POST', `/api/auctions/${auctionId}/feedback/${question}/reply`],
            'pending-feedback': ['GET', '/api/me/feedback/pending'],
            // Auction ids and raw ones: no user of the world is blocked (later checks bid).
            block: ['PUT', `/api/me/blocked/${auctionId}`],
            unblock: ['DELETE', `/api/me/blocked/${auctionId}`],
            blocked: ['GET', '/api/me/blocked'],
            flag: ['POST', `/api/auctions/${auctionId}/flags`],
            'save-search': ['POST', '/api/me/searches'],
            'saved-searches': ['GET', '/api/me/searches'],
            'forget-search': ['DELETE', `/api/me/searches/${auctionId}`],
            // Nobody in the world moderates: these are refused whatever the body (403, or 401).
            'moderation-queue': ['GET', `/api/moderation/queue?cursor=${question}`],
            'remove-auction': ['POST', `/api/moderation/auctions/${auctionId}/remove`],
            'dismiss-flags': ['POST', `/api/moderation/auctions/${auctionId}/dismiss`],
            suspend: ['POST', `/api/moderation/users/${auctionId}/suspend`],
            reinstate: ['POST', `/api/moderation/users/${auctionId}/reinstate`],
            'moderated-user': ['GET', `/api/moderation/users/${auctionId}`],
            // Nothing in the world is removed or suspended: refused whatever the body.
            appeal: ['POST', `/api/auctions/${auctionId}/appeal`],
            'appeal-status': ['GET', `/api/auctions/${auctionId}/appeal`],
            'suspension-appeal': ['POST', '/api/auth/suspension-appeal'],
            'appeal-queue': ['GET', `/api/moderation/appeals?cursor=${question}`],
            'decide-appeal': ['POST', `/api/moderation/appeals/${auctionId}/decide`],
            'suspended-export': ['POST', '/api/auth/suspended-export'],
            'moderation-log': ['GET', `/api/moderation/log?cursor=${question}`],
            transparency: ['GET', `/api/moderation/transparency?from=${question}&to=${auctionId}`],
          }[what] as [string, string];
          const withBody = text !== undefined && method !== 'GET';
          const answer = await send(r, method, path, {
            body: withBody ? text : undefined,
            headers: {
              ...(withBody ? { 'content-type': 'application/json' } : {}),
              ...authHeader(auth),
            },
          });
          if (what === 'buy-now' || what === 'max-bid' || what === 'retract')
            learnFromBid(answer.body);
        },
      ),
      runs(80),
    );
  });

  it('query strings of the auction list, search and the bid history', async () => {
    const fields = {
      list: ['status', 'sort', 'limit', 'cursor'],
      search: ['q', 'category', 'sort', 'limit', 'cursor'],
      bids: ['afterSeq', 'limit'],
    } as const;
    await fc.assert(
      fc.asyncProperty(
        replicaIndex,
        fc
          .constantFrom('list', 'search', 'bids')
          .chain((what) => fc.tuple(fc.constant(what), queryString([...fields[what]]))),
        fc.nat(),
        async (r, [what, search], a) => {
          const path = {
            list: '/api/auctions',
            search: '/api/auctions/search',
            bids: `/api/auctions/${pickAuction(a)}/bids`,
          }[what];
          const answer = await send(r, 'GET', path + search);
          // 431: a query past the 16 KiB header limit; 429: search is rate-limited.
          assert.ok(
            [200, 400, 431, ...(what === 'search' ? [429] : [])].includes(answer.status),
            `${path}${search} → ${answer.status}`,
          );
        },
      ),
      runs(120),
    );
  });

  it('paths and methods: ids, unknown routes, bodies where none belong', async () => {
    const query = fc.oneof(
      { weight: 3, arbitrary: fc.constant('') },
      queryString(['status', 'sort', 'limit', 'cursor', 'afterSeq']),
    );
    const id = fc.oneof(
      fc.nat().map((i) => ({ known: i })),
      idSegment.map((raw) => ({ raw })),
    );
    const route = fc.constantFrom(
      'auction',
      'bids',
      'report',
      'buyNow',
      'cancel',
      'list',
      'watchlist',
      'unknown',
      'me',
      'export',
      'user',
      'userFeedback',
      'userAuctions',
    );
    const method = fc.oneof(
      { weight: 6, arbitrary: fc.constant('GET') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
      },
    );
    const body = fc.oneof(jsonText(['amount', 'title']), deepText, garbageText);
    await fc.assert(
      fc.asyncProperty(
        replicaIndex,
        method,
        route,
        id,
        query,
        authorization,
        body,
        async (r, verb, where, target, search, auth, text) => {
          const auctionId = 'known' in target ? pickAuction(target.known) : target.raw;
          const userId =
            'known' in target
              ? world.users[(['seller', 'alice', 'bob'] as const)[target.known % 3]!].user.id
              : target.raw;
          const path = {
            auction: `/api/auctions/${auctionId}`,
            bids: `/api/auctions/${auctionId}/bids`,
            report: `/api/auctions/${auctionId}/report`,
            buyNow: `/api/auctions/${auctionId}/buy-now`,
            cancel: `/api/auctions/${auctionId}/cancel`,
            list: '/api/auctions',
            watchlist: `/api/me/watchlist/${auctionId}`,
            unknown: `/api/${auctionId}`,
            me: '/api/auth/me',
            export: '/api/me/export',
            user: `/api/users/${userId}`,
            userFeedback: `/api/users/${userId}/feedback`,
            userAuctions: `/api/users/${userId}/auctions`,
          }[where];
          const withBody = verb !== 'GET' && verb !== 'HEAD';
          await send(r, verb, path + search, {
            body: withBody ? text : undefined,
            headers: {
              ...(withBody ? { 'content-type': 'application/json' } : {}),
              ...authHeader(auth),
            },
          });
        },
      ),
      runs(150),
    );
  });
});

describe('photo uploads under hostile input', () => {
  const formats = ['jpeg', 'png', 'webp', 'avif'] as const;
  let images: Buffer[] = [];

  it('damaged images, random bytes, hostile types and ids: 4xx or stored, never 5xx', async () => {
    images = await Promise.all(
      formats.map((format) => {
        const image = sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } });
        return image[format]().toBuffer();
      }),
    );
    // A real image with bytes changed and maybe cut short: what reaches the
    // decoders (libjpeg, libpng, libwebp, libheif) beyond the header check.
    const damaged = fc
      .record({
        image: fc.nat(formats.length - 1),
        flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
        cut: fc.option(fc.nat()),
      })
      .map(({ image, flips, cut }) => {
        const bytes = Buffer.from(images[image]!);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        return cut === null ? bytes : bytes.subarray(0, cut % bytes.length);
      });
    const body = fc.oneof(
      { weight: 6, arbitrary: damaged },
      { weight: 2, arbitrary: fc.uint8Array({ maxLength: 4096 }) },
      { weight: 1, arbitrary: fc.nat(formats.length - 1).map((i) => images[i]!) },
    );
    const type = fc.constantFrom(
      ...formats.map((format) => `image/${format}`),
      'IMAGE/PNG',
      'image/png; charset=utf-8',
      'image/svg+xml',
      'image/gif',
      'application/octet-stream',
      'application/json',
      '',
    );
    const who = fc.oneof(
      { weight: 4, arbitrary: fc.constant({ who: 'seller' as Who }) },
      authorization,
    );
    const photoPath = fc.constantFrom('', '/thumbnail', '/x/y');
    // Mostly an auction of the seller's that stays open (the others may have
    // been closed or cancelled by the runs above), so most files reach the decoders.
    const base = world.replicas[0]!.url;
    const open = await createAuction(base, world.users.seller.token, { durationSeconds: 3600 });
    world.touched.add(open.id);
    const stored = await send(0, 'POST', `/api/auctions/${open.id}/photos`, {
      body: images[0]!,
      headers: { 'content-type': 'image/jpeg', ...authHeader({ who: 'seller' }) },
    });
    assert.equal(stored.status, 201, 'an undamaged photo is stored');
    const target = fc.oneof(
      { weight: 3, arbitrary: fc.constant(open.id) },
      { weight: 1, arbitrary: fc.nat().map((i) => pickAuction(i)) },
    );
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        replicaIndex,
        target,
        who,
        type,
        body,
        idSegment,
        photoPath,
        async (r, auctionId, auth, mime, bytes, photoId, suffix) => {
          const upload = await send(r, 'POST', `/api/auctions/${auctionId}/photos`, {
            body: bytes,
            headers: { ...(mime ? { 'content-type': mime } : {}), ...authHeader(auth) },
          });
          if (upload.status === 201)
            assert.ok((upload.body as Auction).photos.length <= 6, 'six photos at most');
          const code = (upload.body as { error?: { code: string } } | null)?.error?.code;
          outcomes.add(code ?? String(upload.status));
          for (const verb of ['GET', 'DELETE'])
            await send(r, verb, `/api/auctions/${auctionId}/photos/${photoId}${suffix}`, {
              headers: authHeader(auth),
            });
        },
      ),
      runs(150),
    );
    // The decoders were reached: some files were refused by them.
    for (const expected of ['INVALID_IMAGE', 'UNSUPPORTED_MEDIA_TYPE'])
      assert.ok(outcomes.has(expected), `${expected} in ${[...outcomes].join(', ')}`);
  });
});

// Enough real bids and created auctions that the checks above mean something.
world.verify({ bids: 10, auctions: 5, retractedBids: 1, cancelledBySeller: 1 });
