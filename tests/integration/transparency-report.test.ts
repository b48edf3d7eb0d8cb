// The transparency report (`GET /api/moderation/transparency`): what
// moderation received and decided in a period, counted from what the scripts
// record in the same step as the report, the appeal or the decision. Real
// Redis, two replicas; the period is days of Redis's clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { streamFields } from '../../core/redis/stream-fields.ts';
import type { Appeal, TransparencyReport } from '../../core/schemas.ts';
import { call, createAuction, registerEach, sleep, type Session } from '../support/api-client.ts';
import { grantModerators } from '../support/moderators.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

type Refusal = { error?: { code: string; message: string } };

const PASSWORD = 'correct horse battery';
const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let mara: Session;
let otto: Session;
const stack = useReplicaStack(2, {
  setup: async () => {
    [mara, otto] = await registerEach(stack.url(), ['Mara', 'Otto'] as const);
    grantModerators(stack.redis, mara, otto);
  },
});
const { url } = stack;

const as = (who: Session, method: string, path: string, body?: unknown, replica = 0) =>
  call<Refusal & { appeal?: Appeal }>(url(replica), method, path, { token: who.token, body });
const report = (who: Session, query: string) =>
  call<TransparencyReport & Refusal>(url(1), 'GET', `/api/moderation/transparency${query}`, {
    token: who.token,
  });
/** Today by Redis's clock, the report's clock. */
async function redisToday(): Promise<number> {
  const [seconds] = await stack.redis.client().time();
  return Number(seconds) * 1000;
}

describe('the transparency report', () => {
  it('counts the reports and appeals received and the decisions taken in the period', async () => {
    const [seller, member, ana, bia] = await registerEach(url(), [
      'Vendedora',
      'Membro',
      'Ana',
      'Bia',
    ] as const);
    const fake = await createAuction(url(), seller.token, { title: 'Relógio falso' });
    const fine = await createAuction(url(), seller.token, { title: 'Relógio verdadeiro' });
    const rude = await createAuction(url(), seller.token, { title: 'Anúncio ofensivo' });
    const flag = (who: Session, auctionId: string, reason: string) =>
      as(who, 'POST', `/api/auctions/${auctionId}/flags`, { reason }, 1);
    const firstReport = Date.now();
    assert.equal((await flag(ana, fake.id, 'prohibited')).status, 204);
    assert.equal((await flag(bia, fine.id, 'fraud')).status, 204);
    await sleep(1_200);
    // A second report of a waiting auction does not restart its wait.
    assert.equal((await flag(bia, fake.id, 'counterfeit')).status, 204);
    await sleep(1_200);
    const removeFake = `/api/moderation/auctions/${fake.id}/remove`;
    assert.equal((await as(mara, 'POST', removeFake, { reason: 'counterfeit' })).status, 200);
    assert.equal(
      (await as(otto, 'POST', `/api/moderation/auctions/${fine.id}/dismiss`)).status,
      204,
    );
    // Not reported: a moderator's own initiative.
    const removeRude = `/api/moderation/auctions/${rude.id}/remove`;
    assert.equal((await as(mara, 'POST', removeRude, { reason: 'offensive' })).status, 200);
    // The member bid on the kept auction; its second suspension cancels that bid.
    const bid = await as(member, 'POST', `/api/auctions/${fine.id}/bids`, { amount: 1000 });
    assert.equal(bid.status, 201);
    const suspendMember = `/api/moderation/users/${member.user.id}/suspend`;
    assert.equal((await as(mara, 'POST', suspendMember, { reason: 'fraud' })).status, 200);
    const reinstate = `/api/moderation/users/${member.user.id}/reinstate`;
    assert.equal((await as(otto, 'POST', reinstate)).status, 204);
    const again = { reason: 'prohibited', cancelBids: true };
    assert.equal((await as(mara, 'POST', suspendMember, again)).status, 200);

    const removal = (
      await as(seller, 'POST', `/api/auctions/${fake.id}/appeal`, { text: 'Original.' })
    ).body.appeal as Appeal;
    const suspension = (
      await call<{ appeal: Appeal }>(url(0), 'POST', '/api/auth/suspension-appeal', {
        body: { email: member.user.email, password: PASSWORD, text: 'Não fui eu.' },
      })
    ).body.appeal;
    await sleep(1_100);
    const decide = (appealId: string, outcome: string) =>
      as(otto, 'POST', `/api/moderation/appeals/${appealId}/decide`, { outcome, reply: 'Visto.' });
    assert.equal((await decide(removal.id, 'reversed')).status, 200);
    assert.equal((await decide(suspension.id, 'upheld')).status, 200);

    const elapsedMs = Date.now() - firstReport;

    // Each review of reports says how long its auction waited since its
    // first open report, each appeal decision since the appeal.
    const logged = (await stack.redis.client().xrange(redisKeys().moderationLog, '-', '+')).map(
      ([, fields]) => streamFields(fields),
    );
    const waits = logged.map(({ action, notice, waitedMs }) => [
      action,
      notice,
      waitedMs === undefined ? undefined : Number(waitedMs),
    ]);
    assert.deepEqual(
      waits.map(([action, notice, waited]) => [action, notice, typeof waited]),
      [
        ['removed', '1', 'number'],
        ['kept', undefined, 'number'],
        ['removed', '0', 'undefined'],
        ['suspended', undefined, 'undefined'],
        ['reinstated', undefined, 'undefined'],
        ['suspended', undefined, 'undefined'],
        ['bids_cancelled', undefined, 'undefined'],
        ['appeal_reversed', undefined, 'number'],
        ['appeal_upheld', undefined, 'number'],
      ],
    );
    for (const [action, , waited] of waits.filter(([, , waited]) => typeof waited === 'number')) {
      const least = action === 'appeal_reversed' || action === 'appeal_upheld' ? 1_100 : 2_400;
      assert.ok(
        (waited as number) >= least && (waited as number) <= elapsedMs,
        `${action} ${waited}`,
      );
    }

    const today = await redisToday();
    const period = `?from=${day(today - DAY_MS)}&to=${day(today + DAY_MS)}`;
    const { status, body } = await report(otto, period);
    assert.equal(status, 200, JSON.stringify(body));
    const none = { prohibited: 0, counterfeit: 0, fraud: 0, offensive: 0, misleading: 0, other: 0 };
    assert.deepEqual([body.from, body.to], [day(today - DAY_MS), day(today + DAY_MS)]);
    const { medianSecondsToDecision: noticeMedian, ...notices } = body.notices;
    assert.deepEqual(notices, {
      received: 3,
      byReason: { ...none, prohibited: 1, counterfeit: 1, fraud: 1 },
      removed: 1,
      kept: 1,
    });
    // Both waited about 2.4 s from their first report.
    assert.ok(noticeMedian !== null && noticeMedian >= 2 && noticeMedian <= elapsedMs / 1000 + 1);
    assert.deepEqual(body.removals, {
      total: 2,
      onNotice: 1,
      onAppeal: 0,
      ownInitiative: 1,
      byReason: { ...none, counterfeit: 1, offensive: 1 },
    });
    assert.deepEqual(body.suspensions, {
      suspended: 2,
      byReason: { ...none, fraud: 1, prohibited: 1 },
      reinstated: 1,
      bidsCancelledOn: 1,
    });
    const { medianSecondsToDecision: appealMedian, ...appeals } = body.appeals;
    assert.deepEqual(appeals, {
      received: { removal: 1, suspension: 1, keep: 0 },
      upheld: 1,
      reversed: 1,
    });
    assert.ok(appealMedian !== null && appealMedian >= 1 && appealMedian <= elapsedMs / 1000 + 1);
    const generatedAt = Date.parse(body.generatedAt);
    assert.ok(Math.abs(generatedAt - today) < 60_000, 'by the server clock');
    for (const since of [body.recordedSince.decisions, body.recordedSince.received])
      assert.ok(since !== null && Date.parse(since) <= generatedAt, `${since}`);

    // Days are whole UTC days, both included: today alone counts it all,
    // the days around it nothing.
    const todayAlone = (await report(mara, `?from=${day(today)}&to=${day(today)}`)).body;
    assert.deepEqual(
      [todayAlone.notices.received, todayAlone.removals.total, todayAlone.appeals.upheld],
      [3, 2, 1],
    );
    for (const [from, to] of [
      [today - 30 * DAY_MS, today - DAY_MS],
      [today + DAY_MS, today + 2 * DAY_MS],
    ]) {
      const empty = (await report(mara, `?from=${day(from as number)}&to=${day(to as number)}`))
        .body;
      assert.deepEqual(
        [
          empty.notices.received,
          empty.notices.removed + empty.notices.kept,
          empty.removals.total,
          empty.suspensions.suspended + empty.suspensions.reinstated,
          empty.appeals.received.removal + empty.appeals.received.suspension,
          empty.appeals.upheld + empty.appeals.reversed,
          empty.notices.medianSecondsToDecision,
          empty.appeals.medianSecondsToDecision,
        ],
        [0, 0, 0, 0, 0, 0, null, null],
      );
    }
  });

  it('counts a removal logged before notices were told apart in the total only', async () => {
    const today = await redisToday();
    const query = `?from=${day(today)}&to=${day(today)}`;
    const before = (await report(mara, query)).body.removals;
    // As the removal script wrote it before the report existed: no `notice`, no wait.
    await stack.redis
      .client()
      .xadd(
        redisKeys().moderationLog,
        '*',
        'action',
        'removed',
        'moderatorId',
        mara.user.id,
        'auctionId',
        'gone',
        'reason',
        'other',
      );
    const after = (await report(mara, query)).body.removals;
    assert.deepEqual(
      [after.total, after.onNotice, after.onAppeal, after.ownInitiative, after.byReason.other],
      [
        before.total + 1,
        before.onNotice,
        before.onAppeal,
        before.ownInitiative,
        before.byReason.other + 1,
      ],
    );
  });

  it('is for moderators, and refuses a period that is not one', async () => {
    const [member] = await registerEach(url(), ['Curioso'] as const);
    const refused = await report(member, '?from=2026-01-01&to=2026-06-30');
    assert.deepEqual([refused.status, refused.body.error?.code], [403, 'NOT_A_MODERATOR']);
    const reversed = await report(mara, '?from=2026-06-30&to=2026-01-01');
    assert.deepEqual([reversed.status, reversed.body.error?.code], [400, 'VALIDATION_FAILED']);
    assert.match(reversed.body.error?.message ?? '', /before/);
    for (const query of [
      '',
      '?from=2026-01-01',
      '?to=2026-01-01',
      '?from=2026-02-30&to=2026-03-01',
      '?from=2026-1-1&to=2026-03-01',
      '?from=2026-01-01T00:00:00Z&to=2026-03-01',
      '?from=2026-01-01&to=2026-03-01&what=1',
    ])
      assert.deepEqual(
        [(await report(mara, query)).status, (await report(mara, query)).body.error?.code],
        [400, 'VALIDATION_FAILED'],
        query,
      );
    assert.equal((await report(mara, '?from=2026-01-01&to=2026-01-01')).status, 200, 'one day');
  });

  // Last: it writes entries dated 2100, after which new entries of the same
  // streams are dated after them too.
  it('counts a period of many entries whole, from its first millisecond to its last', async () => {
    const client = stack.redis.client();
    const first = Date.parse('2100-03-01T00:00:00Z');
    const pipeline = client.pipeline();
    const received = (at: number, seq: number, reason: string) =>
      pipeline.xadd(
        redisKeys().moderationIntake,
        `${at}-${seq}`,
        'kind',
        'report',
        'reason',
        reason,
      );
    received(first - 1, 0, 'other');
    // More than one read's batch, within the period's first and last milliseconds.
    for (let i = 0; i < 2_500; i += 1) received(first + Math.floor(i / 10), i % 10, 'fraud');
    received(first + DAY_MS - 1, 0, 'misleading');
    received(first + DAY_MS, 0, 'other');
    await pipeline.exec();
    const counted = (await report(mara, '?from=2100-03-01&to=2100-03-01')).body.notices;
    assert.deepEqual(
      [
        counted.received,
        counted.byReason.fraud,
        counted.byReason.misleading,
        counted.byReason.other,
      ],
      [2_501, 2_500, 1, 0],
    );
  });
});
