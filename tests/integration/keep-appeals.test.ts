// A reporter appeals a moderator's decision to keep an auction up (the DSA's
// art. 20 gives those who filed a notice the same internal complaint handling
// as those a decision falls on): once per reporter, within six months of the
// keep, decided by another moderator; reversed, the auction comes down in the
// same step as the decision, for the reason reported. Real Redis, two replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { removeAuction } from '../../core/redis/remove-auction.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type {
  Appeal,
  AppealQueue,
  Auction,
  GivenFlag,
  ModerationLog,
  TransparencyReport,
} from '../../core/schemas.ts';
import {
  call,
  createAuction,
  placeBid,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { grantModerators } from '../support/moderators.ts';
import { useReplicaStack } from '../support/replica-stack.ts';
import { connectClient, nextEvent } from '../support/replicas.ts';

type Refusal = { error?: { code: string; appealId?: string } };
const DAY_MS = 86_400_000;

let seller: Session;
let bidder: Session;
let mara: Session;
let otto: Session;
const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, bidder, mara, otto] = await registerEach(stack.url(), [
      'Vendedor',
      'Licitante',
      'Mara',
      'Otto',
    ] as const);
    grantModerators(stack.redis, mara, otto);
  },
});
const { url } = stack;

const as = <T>(who: Session, method: string, path: string, body?: unknown, replica = 0) =>
  call<T & Refusal>(url(replica), method, path, { token: who.token, body });
const codeOf = (reply: { status: number; body: Refusal }) => [reply.status, reply.body.error?.code];
const report = (who: Session, auctionId: string, reason = 'counterfeit') =>
  as(who, 'POST', `/api/auctions/${auctionId}/flags`, { reason }, 1);
const keep = (auctionId: string) =>
  as(mara, 'POST', `/api/moderation/auctions/${auctionId}/dismiss`);
const appealKeep = (
  who: Session,
  auctionId: string,
  text: unknown = 'É falsificado, vejam a foto.',
) => as<{ appeal: Appeal }>(who, 'POST', `/api/auctions/${auctionId}/flags/appeal`, { text });
const appealOf = async (who: Session, auctionId: string) =>
  (
    await as<{ appeal: Appeal | null }>(
      who,
      'GET',
      `/api/auctions/${auctionId}/flags/appeal`,
      undefined,
      1,
    )
  ).body.appeal;
const decide = (appealId: string, outcome: string, reply = 'Revisto.', who = otto) =>
  as<{ appeal: Appeal }>(who, 'POST', `/api/moderation/appeals/${appealId}/decide`, {
    outcome,
    reply,
  });
const myReport = async (who: Session, auctionId: string) =>
  (await as<{ items: GivenFlag[] }>(who, 'GET', '/api/me/flags')).body.items.find(
    (flag) => flag.auctionId === auctionId,
  );
const read = async (auctionId: string) =>
  (await call<Auction>(url(1), 'GET', `/api/auctions/${auctionId}`)).body;
const today = () => new Date().toISOString().slice(0, 10);
const transparency = async () =>
  (
    await as<TransparencyReport>(
      mara,
      'GET',
      `/api/moderation/transparency?from=${today()}&to=${today()}`,
    )
  ).body;

async function keptAfterReports(title: string, reporters: Session[]): Promise<Auction> {
  const auction = await createAuction(url(), seller.token, { title });
  for (const reporter of reporters) assert.equal((await report(reporter, auction.id)).status, 204);
  assert.equal((await keep(auction.id)).status, 204);
  return auction;
}

describe('appealing a keep', () => {
  it('is each reporter’s, once; reversed by another moderator, the auction comes down in the same step', async () => {
    const [ana, bento, outsider] = await registerEach(url(), ['Ana', 'Bento', 'Caio'] as const);
    const auction = await createAuction(url(), seller.token, { title: 'Bolsa de grife' });
    assert.equal(
      (await placeBid(url(), bidder.token, auction.id, auction.startingPrice)).status,
      201,
    );
    assert.equal((await report(ana, auction.id)).status, 204);
    assert.equal((await report(bento, auction.id, 'fraud')).status, 204);
    assert.deepEqual(codeOf(await appealKeep(ana, auction.id)), [409, 'REPORT_PENDING']);
    assert.deepEqual(codeOf(await appealKeep(outsider, auction.id)), [404, 'REPORT_NOT_FOUND']);
    assert.deepEqual(codeOf(await appealKeep(ana, 'no-such-auction')), [404, 'AUCTION_NOT_FOUND']);
    assert.equal(await appealOf(ana, auction.id), null);
    assert.deepEqual((await myReport(ana, auction.id))?.keptAt, null);

    const before = await transparency();
    assert.equal((await keep(auction.id)).status, 204);
    const kept = await myReport(ana, auction.id);
    assert.deepEqual([kept?.status, kept?.appeal], ['kept', null]);
    const keptAt = Date.parse(kept?.keptAt ?? '');
    assert.ok(Math.abs(keptAt - Date.now()) < 10_000, 'dated by the keep');

    for (const text of ['   ', 'x'.repeat(2001), 42])
      assert.deepEqual(codeOf(await appealKeep(ana, auction.id, text)), [400, 'VALIDATION_FAILED']);
    const moderatorSocket = await connectClient(url(1), otto.token);
    const anaSocket = await connectClient(url(1), ana.token);
    const watcher = await connectClient(url(0));
    stack.sockets.push(moderatorSocket, anaSocket, watcher);
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    const announced = nextEvent<{ appealId: string }>(moderatorSocket, 'moderation:appeals', 5000);

    const lodged = await appealKeep(ana, auction.id, '  É falsificado, vejam a foto.  ');
    assert.equal(lodged.status, 201);
    const { appeal } = lodged.body;
    assert.deepEqual(
      [appeal.kind, appeal.auctionId, appeal.decision, appeal.text, appeal.status],
      [
        'keep',
        auction.id,
        { reason: 'counterfeit', decidedAt: new Date(keptAt).toISOString() },
        'É falsificado, vejam a foto.',
        'open',
      ],
    );
    assert.equal((await announced).appealId, appeal.id);
    const again = await appealKeep(ana, auction.id);
    assert.deepEqual(
      [...codeOf(again), again.body.error?.appealId],
      [409, 'ALREADY_APPEALED', appeal.id],
    );
    assert.deepEqual(await appealOf(ana, auction.id), appeal);
    assert.equal(await appealOf(bento, auction.id), null, 'each reporter’s own');
    assert.deepEqual((await myReport(ana, auction.id))?.appeal, { id: appeal.id, status: 'open' });
    const second = await appealKeep(bento, auction.id, 'Golpe.');
    assert.equal(second.status, 201);
    assert.equal(second.body.appeal.decision.reason, 'fraud', 'the reason Bento reported');

    const listed = (
      await as<AppealQueue>(otto, 'GET', '/api/moderation/appeals?limit=50', undefined, 1)
    ).body.items.find((item) => item.id === appeal.id);
    assert.deepEqual(
      [listed?.kind, listed?.appellant, listed?.decidedBy, listed?.auction?.id, listed?.mayDecide],
      [
        'keep',
        { id: ana.user.id, name: 'Ana' },
        { id: mara.user.id, name: 'Mara' },
        auction.id,
        true,
      ],
    );
    // Mara kept it: another moderator decides its appeal.
    assert.deepEqual(codeOf(await decide(appeal.id, 'reversed', 'ok', mara)), [
      409,
      'OWN_DECISION',
    ]);
    assert.equal((await read(auction.id)).status, 'open', 'a refused decision takes nothing down');

    const cancelled = nextEvent<{ auction: Auction }>(watcher, 'auction:cancelled', 5000);
    const told = nextEvent<{ appealId: string; status: string }>(anaSocket, 'appeal:decided', 5000);
    const reversed = await decide(appeal.id, 'reversed', ' Confere: é falsificado. ');
    assert.equal(reversed.status, 200);
    assert.deepEqual(
      [reversed.body.appeal.status, reversed.body.appeal.review?.reply],
      ['reversed', 'Confere: é falsificado.'],
    );
    const down = await read(auction.id);
    assert.deepEqual(
      [down.status, down.outcome, down.removalReason, down.winner],
      ['cancelled', 'REMOVED', 'counterfeit', null],
    );
    assert.equal((await cancelled).auction.outcome, 'REMOVED');
    assert.deepEqual([(await told).appealId, (await told).status], [appeal.id, 'reversed']);
    assert.deepEqual(codeOf(await decide(appeal.id, 'upheld')), [409, 'APPEAL_DECIDED']);
    assert.deepEqual((await myReport(ana, auction.id))?.appeal, {
      id: appeal.id,
      status: 'reversed',
    });
    assert.equal((await myReport(ana, auction.id))?.status, 'removed');

    // Bento's appeal finds it down already: decided, nothing removed twice.
    const removedAt = await stack.redis.client().hget(redisKeys().auction(auction.id), 'removedAt');
    const secondDecided = await decide(second.body.appeal.id, 'reversed', 'Já removido.');
    assert.equal(secondDecided.body.appeal.status, 'reversed');
    assert.equal(
      await stack.redis.client().hget(redisKeys().auction(auction.id), 'removedAt'),
      removedAt,
    );

    const log = (await as<ModerationLog>(mara, 'GET', '/api/moderation/log?limit=10')).body.items;
    const mine = log.filter((entry) => entry.auctionId === auction.id);
    assert.deepEqual(
      mine.map((entry) => [entry.action, entry.appealKind]),
      [
        ['appeal_reversed', 'keep'],
        ['appeal_reversed', 'keep'],
        ['removed', null],
        ['kept', null],
      ],
    );
    assert.equal(mine[2]?.appealId, appeal.id, 'the removal names the appeal it decided');
    const after = await transparency();
    assert.deepEqual(
      [
        after.removals.onAppeal - before.removals.onAppeal,
        after.removals.ownInitiative - before.removals.ownInitiative,
        after.appeals.received.keep - before.appeals.received.keep,
        after.appeals.reversed - before.appeals.reversed,
      ],
      [1, 0, 2, 2],
    );
  });

  it('upheld, leaves the auction up; the window is six months from the keep', async () => {
    const [reporter] = await registerEach(url(), ['Dora'] as const);
    const auction = await keptAfterReports('Relógio conferido', [reporter]);
    const flags = redisKeys().auctionFlags(auction.id);
    const client = stack.redis.client();
    const review = JSON.parse((await client.hget(flags, 'review:0')) ?? '{}') as { at: number };
    await client.hset(
      flags,
      'review:0',
      JSON.stringify({ ...review, at: review.at - 184 * DAY_MS }),
    );
    assert.deepEqual(codeOf(await appealKeep(reporter, auction.id)), [409, 'APPEAL_WINDOW_CLOSED']);
    await client.hset(
      flags,
      'review:0',
      JSON.stringify({ ...review, at: review.at - 182 * DAY_MS }),
    );
    const { appeal } = (await appealKeep(reporter, auction.id)).body;
    assert.equal(Date.parse(appeal.decision.decidedAt), review.at - 182 * DAY_MS);

    const upheld = await decide(appeal.id, 'upheld', 'É original.');
    assert.deepEqual([upheld.status, upheld.body.appeal.status], [200, 'upheld']);
    const still = await read(auction.id);
    assert.deepEqual([still.status, still.removalReason], ['open', undefined]);
    assert.deepEqual((await myReport(reporter, auction.id))?.appeal, {
      id: appeal.id,
      status: 'upheld',
    });
  });

  it('dates a keep from before each round was kept by the latest review', async () => {
    const [reporter] = await registerEach(url(), ['Edu'] as const);
    const auction = await keptAfterReports('Caneta antiga', [reporter]);
    const flags = redisKeys().auctionFlags(auction.id);
    const client = stack.redis.client();
    await client.hdel(flags, 'review:0');
    const reviewedAt = Number(await client.hget(flags, 'reviewedAt'));
    assert.equal(Date.parse((await myReport(reporter, auction.id))?.keptAt ?? ''), reviewedAt);
    const { appeal } = (await appealKeep(reporter, auction.id)).body;
    assert.equal(Date.parse(appeal.decision.decidedAt), reviewedAt);
  });

  it('dates each reporter’s keep by the review of their own report', async () => {
    const [early, late] = await registerEach(url(), ['Hugo', 'Iara'] as const);
    const auction = await keptAfterReports('Anel de prata', [early]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal((await report(late, auction.id, 'fraud')).status, 204);
    assert.equal((await keep(auction.id)).status, 204);
    const flags = await stack.redis.client().hgetall(redisKeys().auctionFlags(auction.id));
    const [first, second] = [flags['review:0'], flags['review:1']].map(
      (json) => (JSON.parse(json ?? '{}') as { at: number }).at,
    );
    assert.ok(first !== undefined && second !== undefined && second > first, 'two keeps');
    assert.equal(Date.parse((await myReport(early, auction.id))?.keptAt ?? ''), first);
    assert.equal(Date.parse((await myReport(late, auction.id))?.keptAt ?? ''), second);
    const { appeal } = (await appealKeep(early, auction.id)).body;
    assert.equal(Date.parse(appeal.decision.decidedAt), first);
  });

  it('takes down only the auction whose keep the appeal contests', async () => {
    const [reporter] = await registerEach(url(), ['Juca'] as const);
    const contested = await keptAfterReports('Pulseira', [reporter]);
    const other = await createAuction(url(), seller.token, { title: 'Colar' });
    const { appeal } = (await appealKeep(reporter, contested.id)).body;
    const client = stack.redis.client();
    const removal = {
      auctionId: other.id,
      moderatorId: otto.user.id,
      reason: 'counterfeit' as const,
      mailNotices: false,
      appeal: { id: appeal.id, reply: 'x', byAnotherModerator: true },
    };
    await assert.rejects(removeAuction(loadScripts(client), redisKeys(), removal), /not an appeal/);
    assert.equal((await read(other.id)).status, 'open');
    assert.equal((await appealOf(reporter, contested.id))?.status, 'open');
  });

  it('is refused once a moderator took the auction down', async () => {
    const [first, later] = await registerEach(url(), ['Fábio', 'Gil'] as const);
    const auction = await keptAfterReports('Tênis de marca', [first]);
    assert.equal((await report(later, auction.id, 'fraud')).status, 204);
    assert.equal(
      (await as(mara, 'POST', `/api/moderation/auctions/${auction.id}/remove`, { reason: 'fraud' }))
        .status,
      200,
    );
    assert.deepEqual(codeOf(await appealKeep(first, auction.id)), [409, 'ALREADY_REMOVED']);
    assert.equal((await myReport(first, auction.id))?.keptAt, null, 'removed, not kept');
  });
});
