// Appeals against moderators' decisions (the DSA's art. 20): the seller of a
// removed auction and a suspended account contest the decision once, within
// six months; another moderator — on another replica — hears of it, reads it
// in the queue and upholds or reverses it, and a reversal undoes the decision
// in the same step. Real Redis, two replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAppealStore } from '../../core/redis/appeal-store.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type { AccountExport, Appeal, AppealQueue, Auction } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  placeBid,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { connectClient } from '../support/replicas.ts';
import { grantModerators } from '../support/moderators.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

type Refusal = { error?: { code: string; appealId?: string; appeal?: Appeal } };
const PASSWORD = 'correct horse battery';
const DAY_MS = 86_400_000;

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

const codeOf = (reply: { status: number; body: Refusal }) => [reply.status, reply.body.error?.code];
const remove = (auctionId: string, reason = 'counterfeit') =>
  call<Refusal>(url(0), 'POST', `/api/moderation/auctions/${auctionId}/remove`, {
    token: mara.token,
    body: { reason },
  });
const appealRemoval = (
  who: Session,
  auctionId: string,
  text: unknown = 'É original: nota fiscal.',
) =>
  call<{ appeal: Appeal } & Refusal>(url(0), 'POST', `/api/auctions/${auctionId}/appeal`, {
    token: who.token,
    body: { text },
  });
const appealOf = (who: Session, auctionId: string) =>
  call<{ appeal: Appeal | null } & Refusal>(url(1), 'GET', `/api/auctions/${auctionId}/appeal`, {
    token: who.token,
  });
const appealSuspension = (email: string, password = PASSWORD, text = 'Não fui eu.') =>
  call<{ appeal: Appeal } & Refusal>(url(1), 'POST', '/api/auth/suspension-appeal', {
    body: { email, password, text },
  });
const queue = (who: Session = otto) =>
  call<AppealQueue & Refusal>(url(1), 'GET', '/api/moderation/appeals?limit=50', {
    token: who.token,
  });
const decide = (appealId: string, outcome: unknown, reply: unknown = 'Revisto.', who = otto) =>
  call<{ appeal: Appeal } & Refusal>(url(1), 'POST', `/api/moderation/appeals/${appealId}/decide`, {
    token: who.token,
    body: { outcome, reply },
  });
const suspend = (userId: string) =>
  call(url(0), 'POST', `/api/moderation/users/${userId}/suspend`, {
    token: mara.token,
    body: { reason: 'fraud' },
  });
const reinstate = (userId: string) =>
  call(url(0), 'POST', `/api/moderation/users/${userId}/reinstate`, { token: mara.token });
const login = (email: string) =>
  call<Refusal>(url(0), 'POST', '/api/auth/login', { body: { email, password: PASSWORD } });
const read = async (auctionId: string) =>
  (await call<Auction>(url(1), 'GET', `/api/auctions/${auctionId}`)).body;

describe('appealing a removal', () => {
  it('is the seller’s, once; another moderator reverses it and the auction says so', async () => {
    const [seller] = await registerEach(url(), ['Vendedora Recorrente'] as const);
    const auction = await createAuction(url(), seller.token, { title: 'Relógio recorrido' });
    assert.equal((await placeBid(url(), bystander.token, auction.id, 1000)).status, 201);
    assert.deepEqual(codeOf(await appealRemoval(seller, auction.id)), [409, 'NOT_REMOVED']);
    assert.equal((await remove(auction.id)).status, 200);

    const moderatorSocket = await connectClient(url(1), otto.token);
    const watcher = await connectClient(url(0));
    stack.sockets.push(moderatorSocket, watcher);
    const heard: string[] = [];
    moderatorSocket.on('moderation:appeals', ({ appealId }: { appealId: string }) =>
      heard.push(appealId),
    );
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    const edited: Auction[] = [];
    watcher.on('auction:edited', ({ auction: changed }: { auction: Auction }) =>
      edited.push(changed),
    );

    for (const text of ['   ', 'x'.repeat(2001), 42])
      assert.deepEqual(codeOf(await appealRemoval(seller, auction.id, text)), [
        400,
        'VALIDATION_FAILED',
      ]);
    assert.deepEqual(codeOf(await appealRemoval(bystander, auction.id)), [403, 'NOT_SELLER']);
    assert.deepEqual(codeOf(await appealRemoval(seller, 'no-such-auction')), [
      404,
      'AUCTION_NOT_FOUND',
    ]);
    assert.equal((await appealOf(seller, auction.id)).body.appeal, null);

    const lodged = await appealRemoval(seller, auction.id, '  É original: nota fiscal.  ');
    assert.equal(lodged.status, 201);
    const { appeal } = lodged.body;
    assert.deepEqual(
      [appeal.kind, appeal.auctionId, appeal.decision.reason, appeal.text, appeal.status],
      ['removal', auction.id, 'counterfeit', 'É original: nota fiscal.', 'open'],
    );
    assert.equal(appeal.review, null);
    assert.equal(appeal.decision.decidedAt, (await read(auction.id)).closedAt);
    const again = await appealRemoval(seller, auction.id);
    assert.deepEqual(
      [...codeOf(again), again.body.error?.appealId],
      [409, 'ALREADY_APPEALED', appeal.id],
    );
    assert.deepEqual((await appealOf(seller, auction.id)).body.appeal, appeal);
    assert.deepEqual(codeOf(await appealOf(bystander, auction.id)), [403, 'NOT_SELLER']);
    await eventually(() => heard.includes(appeal.id));

    assert.deepEqual(codeOf(await queue(bystander)), [403, 'NOT_A_MODERATOR']);
    const listed = (await queue()).body.items.find((item) => item.id === appeal.id);
    assert.ok(listed, 'in the queue');
    assert.deepEqual(
      [listed.appellant, listed.decidedBy, listed.auction?.id, listed.auction?.outcome],
      [
        { id: seller.user.id, name: 'Vendedora Recorrente' },
        { id: mara.user.id, name: 'Mara' },
        auction.id,
        'REMOVED',
      ],
    );

    assert.deepEqual(codeOf(await decide(appeal.id, 'reversed', 'ok', bystander)), [
      403,
      'NOT_A_MODERATOR',
    ]);
    // Mara took the decision: another moderator decides its appeal.
    assert.deepEqual(codeOf(await decide(appeal.id, 'reversed', 'ok', mara)), [
      409,
      'OWN_DECISION',
    ]);
    const forMara = (await queue(mara)).body.items.find((item) => item.id === appeal.id);
    assert.deepEqual([forMara?.mayDecide, listed.mayDecide], [false, true]);
    for (const [outcome, reply] of [
      ['overturned', 'ok'],
      ['reversed', '  '],
      ['reversed', 'x'.repeat(2001)],
    ])
      assert.deepEqual(codeOf(await decide(appeal.id, outcome, reply)), [400, 'VALIDATION_FAILED']);
    assert.deepEqual(codeOf(await decide('no-such-appeal', 'upheld')), [404, 'APPEAL_NOT_FOUND']);
    const decided = await decide(appeal.id, 'reversed', ' A nota fiscal confere. ');
    assert.equal(decided.status, 200);
    assert.deepEqual(
      [decided.body.appeal.status, decided.body.appeal.review?.reply],
      ['reversed', 'A nota fiscal confere.'],
    );
    assert.deepEqual(codeOf(await decide(appeal.id, 'upheld')), [409, 'APPEAL_DECIDED']);
    assert.deepEqual((await appealOf(seller, auction.id)).body.appeal, decided.body.appeal);
    assert.ok(!(await queue()).body.items.some((item) => item.id === appeal.id), 'left the queue');
    await eventually(() => heard.filter((id) => id === appeal.id).length === 2);

    // Still ended without a sale; its seller may list it again.
    const after = await read(auction.id);
    assert.deepEqual(
      [after.status, after.outcome, after.removalReversed, after.winner],
      ['cancelled', 'REMOVED', true, null],
    );
    await eventually(() => edited.some((changed) => changed.removalReversed === true));
    const found = await call<{ items: Auction[] }>(
      url(0),
      'GET',
      `/api/auctions/search?q=${encodeURIComponent('relógio recorrido')}`,
    );
    assert.deepEqual(found.body.items, [], 'an ended auction stays out of search');

    const exported = await call<AccountExport>(url(0), 'GET', '/api/me/export', {
      token: seller.token,
    });
    assert.deepEqual(exported.body.appeals, [decided.body.appeal]);
  });

  it('waits in the queue, the longest waiting first', async () => {
    const [seller] = await registerEach(url(), ['Vendedor Paciente'] as const);
    const lodged: string[] = [];
    for (let i = 0; i < 3; i++) {
      const auction = await createAuction(url(), seller.token);
      assert.equal((await remove(auction.id)).status, 200);
      lodged.push((await appealRemoval(seller, auction.id)).body.appeal.id);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const first = await call<AppealQueue>(url(0), 'GET', '/api/moderation/appeals?limit=1', {
      token: mara.token,
    });
    const order = (await queue()).body.items.map((item) => item.id);
    const positions = lodged.map((id) => order.indexOf(id));
    assert.ok(positions.every((at, i) => at >= 0 && (i === 0 || at > (positions[i - 1] ?? 0))));
    assert.equal(first.body.items.length, 1);
    assert.ok(first.body.nextCursor, 'a page at a time');
    assert.notEqual(first.body.items[0]?.id, lodged[2]);
  });

  it('is lodged within six months of the removal', async () => {
    const [seller] = await registerEach(url(), ['Vendedor Tardio'] as const);
    const auction = await createAuction(url(), seller.token);
    assert.equal((await remove(auction.id, 'prohibited')).status, 200);
    const client = stack.redis.client();
    const key = redisKeys().auction(auction.id);
    const removedAt = Number(await client.hget(key, 'removedAt'));
    await client.hset(key, 'removedAt', removedAt - 184 * DAY_MS);
    assert.deepEqual(codeOf(await appealRemoval(seller, auction.id)), [
      409,
      'APPEAL_WINDOW_CLOSED',
    ]);
    await client.hset(key, 'removedAt', removedAt - 182 * DAY_MS);
    assert.equal((await appealRemoval(seller, auction.id)).status, 201);
    // A removal from before `removedAt` was kept closed an open auction then.
    const older = await createAuction(url(), seller.token);
    assert.equal((await remove(older.id, 'prohibited')).status, 200);
    const olderKey = redisKeys().auction(older.id);
    await client.hdel(olderKey, 'removedAt');
    await client.hincrby(olderKey, 'closedAt', -184 * DAY_MS);
    assert.deepEqual(codeOf(await appealRemoval(seller, older.id)), [409, 'APPEAL_WINDOW_CLOSED']);
    client.disconnect();
  });

  it('upheld, leaves the removal as it was; deleted with the account', async () => {
    const [seller] = await registerEach(url(), ['Vendedor Mantido'] as const);
    const auction = await createAuction(url(), seller.token);
    assert.equal((await remove(auction.id)).status, 200);
    const { appeal } = (await appealRemoval(seller, auction.id)).body;
    // The seller's devices hear the decision, on any replica; nobody else does.
    const devices = [
      await connectClient(url(0), seller.token),
      await connectClient(url(1), seller.token),
    ];
    const stranger = await connectClient(url(1), bystander.token);
    stack.sockets.push(...devices, stranger);
    const heard: unknown[] = [];
    for (const socket of [...devices, stranger])
      socket.on('appeal:decided', (payload: unknown) => heard.push([socket === stranger, payload]));
    assert.equal((await decide(appeal.id, 'upheld', 'Falsificado.')).status, 200);
    const told = { appealId: appeal.id, auctionId: auction.id, status: 'upheld' };
    await eventually(() => heard.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the stranger's would be here by now
    assert.deepEqual(heard, [
      [false, told],
      [false, told],
    ]);
    assert.equal((await read(auction.id)).removalReversed, undefined);

    const second = await createAuction(url(), seller.token);
    assert.equal((await remove(second.id)).status, 200);
    const open = (await appealRemoval(seller, second.id)).body.appeal;
    assert.ok((await queue()).body.items.some((item) => item.id === open.id));
    const third = await createAuction(url(), seller.token);
    assert.equal((await remove(third.id)).status, 200);
    const deleted = await call(url(0), 'DELETE', '/api/auth/me', {
      token: seller.token,
      body: { password: PASSWORD },
    });
    assert.equal(deleted.status, 204);
    assert.ok(!(await queue()).body.items.some((item) => item.id === open.id), 'nobody to tell');
    const client = stack.redis.client();
    assert.equal(await client.zscore(redisKeys().appealQueue, open.id), null);
    for (const id of [appeal.id, open.id])
      assert.equal(await client.exists(redisKeys().appeal(id)), 0, 'its words are gone');
    // An appeal that checked its token just before the deletion is refused by the script.
    const store = createAppealStore(loadScripts(client), redisKeys());
    await assert.rejects(store.appealRemoval(third.id, seller.user, 'tarde'), {
      code: 'UNAUTHORIZED',
    });
    assert.equal(await client.exists(redisKeys().userAppeals(seller.user.id)), 0);
    client.disconnect();
  });
});

describe('appealing a suspension', () => {
  it('proves the account by its password; upheld, it stays out and can read the reply', async () => {
    const [member] = await registerEach(url(), ['Suspenso'] as const);
    assert.deepEqual(codeOf(await appealSuspension(member.user.email)), [409, 'NOT_SUSPENDED']);
    assert.equal((await suspend(member.user.id)).status, 200);
    assert.deepEqual(codeOf(await appealSuspension(member.user.email, 'not the password')), [
      401,
      'INVALID_CREDENTIALS',
    ]);
    assert.deepEqual(codeOf(await appealSuspension('nobody@example.com')), [
      401,
      'INVALID_CREDENTIALS',
    ]);

    const lodged = await appealSuspension(member.user.email);
    assert.equal(lodged.status, 201);
    const { appeal } = lodged.body;
    assert.deepEqual(
      [appeal.kind, appeal.auctionId, appeal.decision.reason, appeal.status],
      ['suspension', null, 'fraud', 'open'],
    );
    const listed = (await queue()).body.items.find((item) => item.id === appeal.id);
    assert.deepEqual(
      [listed?.appellant.id, listed?.decidedBy?.id, listed?.auction],
      [member.user.id, mara.user.id, null],
    );
    const waiting = await login(member.user.email);
    assert.deepEqual(
      [...codeOf(waiting), waiting.body.error?.appeal],
      [403, 'ACCOUNT_SUSPENDED', appeal],
      'the refusal carries the appeal',
    );
    assert.equal((await decide(appeal.id, 'upheld', 'Provas claras de fraude.')).status, 200);
    const refused = await login(member.user.email);
    assert.deepEqual(codeOf(refused), [403, 'ACCOUNT_SUSPENDED']);
    assert.equal(refused.body.error?.appeal?.review?.reply, 'Provas claras de fraude.');
    // It cannot sign in to read the answer, so appealing again shows it.
    const again = await appealSuspension(member.user.email);
    assert.deepEqual(codeOf(again), [409, 'ALREADY_APPEALED']);
    assert.deepEqual(
      [again.body.error?.appeal?.status, again.body.error?.appeal?.review?.reply],
      ['upheld', 'Provas claras de fraude.'],
    );
  });

  it('reversed, reinstates the account — but only from the suspension appealed', async () => {
    const [member] = await registerEach(url(), ['Reintegrado'] as const);
    assert.equal((await suspend(member.user.id)).status, 200);
    const first = (await appealSuspension(member.user.email)).body.appeal;
    // Reinstated and suspended again meanwhile: a new decision, appealed anew.
    assert.equal((await reinstate(member.user.id)).status, 204);
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal((await suspend(member.user.id)).status, 200);
    assert.equal((await decide(first.id, 'reversed', 'Antiga.')).status, 200);
    const later = await login(member.user.email);
    assert.deepEqual(
      [...codeOf(later), later.body.error?.appeal],
      [403, 'ACCOUNT_SUSPENDED', undefined],
      'the later suspension stands, not appealed yet',
    );
    const second = await appealSuspension(member.user.email);
    assert.equal(second.status, 201);
    assert.equal((await decide(second.body.appeal.id, 'reversed', 'Engano nosso.')).status, 200);
    assert.equal((await login(member.user.email)).status, 200);
  });

  it('downloads its data with its password, though it cannot sign in', async () => {
    const [member] = await registerEach(url(), ['Exportador'] as const);
    const auction = await createAuction(url(), member.token, { title: 'Lote exportado' });
    const download = (password = PASSWORD, email = member.user.email) =>
      call<AccountExport & Refusal>(url(1), 'POST', '/api/auth/suspended-export', {
        body: { email, password },
      });
    assert.deepEqual(codeOf(await download()), [409, 'NOT_SUSPENDED'], 'it signs in instead');
    assert.equal((await suspend(member.user.id)).status, 200);
    assert.deepEqual(codeOf(await download('not the password')), [401, 'INVALID_CREDENTIALS']);
    assert.deepEqual(codeOf(await download(PASSWORD, 'nobody@example.com')), [
      401,
      'INVALID_CREDENTIALS',
    ]);
    const appeal = (await appealSuspension(member.user.email)).body.appeal;
    const data = await download();
    assert.equal(data.status, 200);
    assert.match(data.headers.get('content-disposition') ?? '', /^attachment; filename="arremate-/);
    assert.deepEqual(
      [data.body.account.id, data.body.selling.map((a) => a.id), data.body.appeals],
      [member.user.id, [auction.id], [appeal]],
    );
  });

  it('is lodged within six months of the suspension', async () => {
    const [member] = await registerEach(url(), ['Atrasado'] as const);
    assert.equal((await suspend(member.user.id)).status, 200);
    const client = stack.redis.client();
    const key = redisKeys().user(member.user.id);
    await client.hset(
      key,
      'suspendedAt',
      Number(await client.hget(key, 'suspendedAt')) - 184 * DAY_MS,
    );
    assert.deepEqual(codeOf(await appealSuspension(member.user.email)), [
      409,
      'APPEAL_WINDOW_CLOSED',
    ]);
    client.disconnect();
  });
});

describe('deciding appeals', () => {
  it('checks the moderator flag and who took the decision in the script, and queues no e-mail without a relay', async () => {
    const [seller] = await registerEach(url(), ['Vendedora Direta'] as const);
    const auction = await createAuction(url(), seller.token);
    assert.equal((await remove(auction.id)).status, 200);
    const { appeal } = (await appealRemoval(seller, auction.id)).body;
    const client = stack.redis.client();
    const store = createAppealStore(loadScripts(client), redisKeys());
    const asBystander = { id: bystander.user.id, name: 'Bia' };
    await assert.rejects(store.decide(appeal.id, asBystander, 'reversed', 'x'), {
      code: 'NOT_A_MODERATOR',
    });
    // Where one moderator runs the platform (APPEALS_BY_ANOTHER_MODERATOR=false), theirs to decide.
    const asMara = { id: mara.user.id, name: 'Mara' };
    await assert.rejects(store.decide(appeal.id, asMara, 'upheld', 'x'), { code: 'OWN_DECISION' });
    const alone = createAppealStore(loadScripts(client), redisKeys(), {
      byAnotherModerator: false,
    });
    assert.equal(
      (await alone.queue(mara.user.id, 50)).items.find((i) => i.id === appeal.id)?.mayDecide,
      true,
    );
    assert.equal((await alone.decide(appeal.id, asMara, 'upheld', 'Mantida.')).status, 'upheld');
    assert.equal((await read(auction.id)).removalReversed, undefined, 'untouched');
    assert.equal(await client.exists(redisKeys().appealStream), 0);
    client.disconnect();
  });
});
