// The moderation log (`GET /api/moderation/log`): every moderator's decision
// — removals, keeps, suspensions, reinstatements, appeals decided — with who
// took it, about what and why, written by the decision scripts in the same
// step, the latest first; repeats and refusals leave nothing. Real Redis,
// two replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Appeal, ModerationLog, ModerationLogEntry } from '../../core/schemas.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { LOG_SCAN_LIMIT } from '../../core/redis/moderation-log.ts';
import { call, createAuction, registerEach, type Session } from '../support/api-client.ts';
import { grantModerators } from '../support/moderators.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

type Refusal = { error?: { code: string } };

let mara: Session;
let otto: Session;
let bystander: Session;
const stack = useReplicaStack(2, {
  setup: async () => {
    [mara, otto, bystander] = await registerEach(stack.url(), ['Mara', 'Otto', 'Bia'] as const);
    grantModerators(stack.redis, mara, otto);
  },
});
const { url } = stack;

const as = (who: Session, method: string, path: string, body?: unknown, replica = 0) =>
  call<Refusal & { appeal?: Appeal }>(url(replica), method, path, { token: who.token, body });
const readLog = (who: Session, query = '') =>
  call<ModerationLog & Refusal>(url(1), 'GET', `/api/moderation/log${query}`, {
    token: who.token,
  });
/** The fields that say what happened, newest first. */
const decisions = (items: ModerationLogEntry[]) =>
  items.map((entry) =>
    [
      entry.action,
      entry.moderator?.name,
      entry.auctionTitle ?? entry.userName ?? entry.appealId,
      entry.reason,
    ].filter((field) => field !== undefined && field !== null),
  );

describe('the moderation log', () => {
  it('holds every decision once, the latest first, with who, what and why', async () => {
    const [seller, member] = await registerEach(url(), ['Vendedora', 'Membro'] as const);
    const removed = await createAuction(url(), seller.token, { title: 'Relógio falso' });
    const kept = await createAuction(url(), seller.token, { title: 'Relógio verdadeiro' });
    const start = (await readLog(mara, '?limit=1')).body.items[0]?.id;

    assert.equal(
      (
        await as(mara, 'POST', `/api/moderation/auctions/${removed.id}/remove`, {
          reason: 'counterfeit',
        })
      ).status,
      200,
    );
    assert.equal(
      (await as(bystander, 'POST', `/api/auctions/${kept.id}/flags`, { reason: 'fraud' })).status,
      204,
    );
    assert.equal(
      (await as(otto, 'POST', `/api/moderation/auctions/${kept.id}/dismiss`, undefined, 1)).status,
      204,
    );
    // Nothing was waiting any more: a second keep decides nothing.
    assert.equal(
      (await as(mara, 'POST', `/api/moderation/auctions/${kept.id}/dismiss`)).status,
      204,
    );
    const suspend = `/api/moderation/users/${member.user.id}/suspend`;
    assert.equal((await as(mara, 'POST', suspend, { reason: 'fraud' })).status, 200);
    assert.equal((await as(mara, 'POST', suspend, { reason: 'fraud' })).status, 200, 'a repeat');
    const reinstate = `/api/moderation/users/${member.user.id}/reinstate`;
    assert.equal((await as(otto, 'POST', reinstate)).status, 204);
    assert.equal((await as(otto, 'POST', reinstate)).status, 204, 'a repeat');
    // A refused decision leaves nothing either.
    assert.equal((await as(bystander, 'POST', reinstate)).status, 403);
    const appeal = (
      await as(seller, 'POST', `/api/auctions/${removed.id}/appeal`, { text: 'Original.' })
    ).body.appeal as Appeal;
    assert.equal(
      (
        await as(otto, 'POST', `/api/moderation/appeals/${appeal.id}/decide`, {
          outcome: 'reversed',
          reply: 'Confere.',
        })
      ).status,
      200,
    );

    const log = await readLog(otto);
    assert.equal(log.status, 200);
    // The decisions since this test began (the log may hold earlier ones).
    const before = log.body.items.findIndex((entry) => entry.id === start);
    const mine = log.body.items.slice(0, before === -1 ? undefined : before);
    assert.deepEqual(decisions(mine), [
      ['appeal_reversed', 'Otto', 'Relógio falso'],
      ['reinstated', 'Otto', 'Membro'],
      ['suspended', 'Mara', 'Membro', 'fraud'],
      ['kept', 'Otto', 'Relógio verdadeiro'],
      ['removed', 'Mara', 'Relógio falso', 'counterfeit'],
    ]);
    const [reversal] = mine;
    assert.deepEqual(
      [reversal?.appealId, reversal?.appealKind, reversal?.auctionId, reversal?.userId],
      [appeal.id, 'removal', removed.id, null],
    );
    assert.ok(
      mine.slice(1).every((entry) => entry.appealKind === null),
      'only appeals have one',
    );
    assert.ok(mine.every((entry, i) => i === 0 || entry.at <= (mine[i - 1]?.at ?? '')));
    assert.ok(Date.parse(mine.at(-1)?.at ?? '') > Date.now() - 60_000, 'by the server clock');

    // A page at a time, each entry once.
    const first = await readLog(mara, '?limit=2');
    assert.deepEqual(
      first.body.items.map((entry) => entry.id),
      mine.slice(0, 2).map((entry) => entry.id),
    );
    const next = await readLog(mara, `?limit=2&cursor=${first.body.nextCursor}`);
    assert.deepEqual(
      next.body.items.map((entry) => entry.id),
      mine.slice(2, 4).map((entry) => entry.id),
    );
  });

  it('reads appeals logged before their kind was as a removal or a suspension', async () => {
    const client = stack.redis.client();
    const log = redisKeys().moderationLog;
    const moderatorId = otto.user.id;
    await client.xadd(
      log,
      '*',
      'action',
      'appeal_upheld',
      'moderatorId',
      moderatorId,
      'appealId',
      'old-1',
      'auctionId',
      'a-gone',
    );
    await client.xadd(
      log,
      '*',
      'action',
      'appeal_reversed',
      'moderatorId',
      moderatorId,
      'appealId',
      'old-2',
      'userId',
      'u-gone',
    );
    const [second, first] = (await readLog(mara, '?limit=2')).body.items;
    assert.deepEqual([first?.appealKind, second?.appealKind], ['removal', 'suspension']);
  });

  it('reads one moderator’s, one kind’s, one auction’s or one account’s decisions', async () => {
    const [seller, member] = await registerEach(url(), [
      'Vendedor Filtrado',
      'Membro Filtrado',
    ] as const);
    const [first, second] = [
      await createAuction(url(), seller.token, { title: 'Primeiro' }),
      await createAuction(url(), seller.token, { title: 'Segundo' }),
    ];
    const remove = (who: Session, auctionId: string) =>
      as(who, 'POST', `/api/moderation/auctions/${auctionId}/remove`, { reason: 'fraud' });
    assert.equal((await remove(mara, first.id)).status, 200);
    assert.equal((await remove(otto, second.id)).status, 200);
    const suspend = `/api/moderation/users/${member.user.id}/suspend`;
    assert.equal((await as(otto, 'POST', suspend, { reason: 'fraud' })).status, 200);

    const ids = async (query: string) =>
      (await readLog(mara, query)).body.items.map((entry) => [
        entry.action,
        entry.moderator?.name,
        entry.auctionTitle ?? entry.userName,
      ]);
    assert.deepEqual(await ids(`?auctionId=${first.id}`), [['removed', 'Mara', 'Primeiro']]);
    assert.deepEqual(await ids(`?userId=${member.user.id}`), [
      ['suspended', 'Otto', 'Membro Filtrado'],
    ]);
    assert.deepEqual(await ids(`?moderatorId=${otto.user.id}&limit=2`), [
      ['suspended', 'Otto', 'Membro Filtrado'],
      ['removed', 'Otto', 'Segundo'],
    ]);
    assert.deepEqual(
      await ids(`?moderatorId=${otto.user.id}&action=removed&auctionId=${first.id}`),
      [],
    );
    const removals = (await readLog(mara, '?action=removed&limit=1')).body;
    assert.deepEqual(
      removals.items.map((entry) => entry.auctionTitle),
      ['Segundo'],
    );
    const next = (await readLog(mara, `?action=removed&limit=1&cursor=${removals.nextCursor}`))
      .body;
    assert.deepEqual(
      next.items.map((entry) => entry.auctionTitle),
      ['Primeiro'],
      'the next match',
    );
    for (const query of ['?action=deleted', '?moderatorId=a%20b', '?userId=', '?auctionId=x&x=1'])
      assert.equal((await readLog(mara, query)).status, 400, query);
  });

  it('ends its pages where the log ends', async () => {
    const whole = (await readLog(mara, '?limit=100')).body;
    assert.equal(whole.nextCursor, null);
    const exactly = await readLog(mara, `?limit=${whole.items.length}`);
    assert.deepEqual(
      [exactly.body.items.length, exactly.body.nextCursor],
      [whole.items.length, null],
    );
  });

  it('is for moderators, and refuses a malformed cursor', async () => {
    assert.deepEqual(
      [(await readLog(bystander)).status, (await readLog(bystander)).body.error?.code],
      [403, 'NOT_A_MODERATOR'],
    );
    for (const query of ['?cursor=abc', '?cursor=1-', '?limit=0', '?limit=101', '?what=1'])
      assert.equal((await readLog(mara, query)).status, 400, query);
  });
  // Last: it leaves the log long.
  it('reads a bounded stretch of a long log per request, with a cursor to read on', async () => {
    const client = stack.redis.client();
    const log = redisKeys().moderationLog;
    /** `count` keeps by `moderatorId` of `auctionId`, written as the decision scripts write them. */
    const keeps = async (count: number, moderatorId: string, auctionId: (i: number) => string) => {
      const pipeline = client.pipeline();
      for (let i = 0; i < count; i++)
        pipeline.xadd(
          log,
          '*',
          'action',
          'kept',
          'moderatorId',
          moderatorId,
          'auctionId',
          auctionId(i),
        );
      await pipeline.exec();
    };
    await keeps(1, 'rare-moderator', () => 'a-rare');
    await keeps(LOG_SCAN_LIMIT + 5_000, 'busy-moderator', () => 'a-busy');
    const first = (await readLog(mara, '?moderatorId=rare-moderator')).body;
    assert.deepEqual(first.items, [], 'beyond what one request reads');
    assert.ok(first.nextCursor, 'with where to read on');
    const second = (await readLog(mara, `?moderatorId=rare-moderator&cursor=${first.nextCursor}`))
      .body;
    assert.deepEqual(
      second.items.map((entry) => entry.auctionId),
      ['a-rare'],
    );
    const last = (await readLog(mara, `?moderatorId=rare-moderator&cursor=${second.items[0]?.id}`))
      .body;
    assert.deepEqual([last.items, last.nextCursor], [[], null], 'the log’s start');

    // Two matches where one batch read ends and the next begins: each once.
    await keeps(2, 'edge-moderator', (i) => `a-${i + 1}`);
    await keeps(999, 'busy-moderator', () => 'a-busy');
    const edges = (await readLog(mara, '?moderatorId=edge-moderator&limit=5')).body;
    assert.deepEqual(
      edges.items.map((entry) => entry.auctionId),
      ['a-2', 'a-1'],
    );
  });
});
