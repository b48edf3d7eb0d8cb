// Suspending an account (`/api/moderation/users/:id/suspend`): a moderator's
// decision ends every session of the account at once — its tokens refused
// and its sockets closed on every replica — and keeps it from signing in
// until it is reinstated, while its bids and listings stand; with
// `removeOpenAuctions` its open auctions go too. Moderators are not
// suspended, and nobody else suspends. Real Redis, two replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Socket } from 'socket.io-client';
import { redisKeys } from '../../core/redis/keys.ts';
import { createModerationStore } from '../../core/redis/moderation-store.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type { Auction, ModeratedUser, ModerationQueue, User } from '../../core/schemas.ts';
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

type Refusal = { error?: { code: string } };
const PASSWORD = 'correct horse battery';

let moderator: Session;
let bystander: Session;
const stack = useReplicaStack(2, {
  setup: async () => {
    [moderator, bystander] = await registerEach(stack.url(), ['Mara Moderator', 'Bia'] as const);
    grantModerators(stack.redis, moderator);
  },
});
const { url } = stack;

const suspend = (who: Session, userId: string, body: unknown = { reason: 'fraud' }, replica = 1) =>
  call<{ removed: string[] } & Refusal>(
    url(replica),
    'POST',
    `/api/moderation/users/${userId}/suspend`,
    { token: who.token, body },
  );
const reinstate = (who: Session, userId: string) =>
  call<Refusal>(url(0), 'POST', `/api/moderation/users/${userId}/reinstate`, {
    token: who.token,
  });
const account = (who: Session, userId: string) =>
  call<ModeratedUser & Refusal>(url(0), 'GET', `/api/moderation/users/${userId}`, {
    token: who.token,
  });
const login = (email: string, password = PASSWORD) =>
  call<{ token: string } & Refusal>(url(1), 'POST', '/api/auth/login', {
    body: { email, password },
  });
const me = (token: string, replica = 0) =>
  call<{ user: User }>(url(replica), 'GET', '/api/auth/me', { token });
const read = async (auctionId: string) =>
  (await call<Auction>(url(0), 'GET', `/api/auctions/${auctionId}`)).body;
const codeOf = (reply: { status: number; body: Refusal }) => [reply.status, reply.body.error?.code];
const disconnected = (socket: Socket) =>
  new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));

describe('suspending an account', () => {
  it('ends every session at once and keeps it out until reinstated', async () => {
    const [fraudster] = await registerEach(url(), ['Frederico'] as const);
    const second = await login(fraudster.user.email);
    assert.equal(second.status, 200);
    // Both sessions known to both replicas (their caches hold them).
    for (const token of [fraudster.token, second.body.token])
      for (const replica of [0, 1]) assert.equal((await me(token, replica)).status, 200);
    const socket = await connectClient(url(0), fraudster.token);
    stack.sockets.push(socket);
    const closed = disconnected(socket);

    const done = await suspend(moderator, fraudster.user.id, { reason: 'fraud' }, 1);
    assert.deepEqual([done.status, done.body.removed], [200, []]);
    await closed;
    // Redis tells every replica's session cache within milliseconds.
    const statuses = async () => {
      const replies = [];
      for (const token of [fraudster.token, second.body.token])
        for (const replica of [0, 1]) replies.push((await me(token, replica)).status);
      return replies;
    };
    await eventually(async () => (await statuses()).every((status) => status === 401), 2000);

    assert.deepEqual(codeOf(await login(fraudster.user.email)), [403, 'ACCOUNT_SUSPENDED']);
    assert.deepEqual(
      codeOf(await login(fraudster.user.email, 'not the password')),
      [401, 'INVALID_CREDENTIALS'],
      'a stranger learns nothing',
    );
    const seen = await account(moderator, fraudster.user.id);
    assert.equal(seen.status, 200);
    assert.deepEqual(
      [seen.body.name, seen.body.email, seen.body.moderator, seen.body.suspension?.reason],
      ['Frederico', fraudster.user.email, false, 'fraud'],
    );
    assert.ok(Date.parse(seen.body.suspension?.suspendedAt ?? '') > Date.now() - 60_000);
    // The public profile says so (not why), for whoever deals with the account.
    const publicly = async () =>
      (await call<{ suspended: boolean }>(url(1), 'GET', `/api/users/${fraudster.user.id}`)).body;
    const profile = await publicly();
    assert.equal(profile.suspended, true);
    assert.ok(!JSON.stringify(profile).includes('fraud'), 'the reason is not public');
    assert.equal((await suspend(moderator, fraudster.user.id)).status, 200, 'twice is fine');
    const client = stack.redis.client();
    assert.equal(
      await client.exists(redisKeys().suspensionStream),
      0,
      'no e-mail queued where the platform sends none (no SMTP_URL)',
    );
    client.disconnect();

    assert.equal((await reinstate(moderator, fraudster.user.id)).status, 204);
    assert.equal((await account(moderator, fraudster.user.id)).body.suspension, null);
    assert.equal((await publicly()).suspended, false);
    const back = await login(fraudster.user.email);
    assert.equal(back.status, 200);
    assert.equal((await me(back.body.token)).status, 200);
    assert.equal((await reinstate(moderator, fraudster.user.id)).status, 204, 'twice is fine');
  });

  it('removes the open auctions when asked; bids and other auctions stand', async () => {
    const [seller] = await registerEach(url(), ['Vendedor Suspeito'] as const);
    const open = await createAuction(url(), seller.token, { title: 'Aberto 1' });
    const alsoOpen = await createAuction(url(), seller.token, { title: 'Aberto 2' });
    const ended = await createAuction(url(), seller.token, { durationSeconds: 1 });
    const elsewhere = await createAuction(url(), bystander.token);
    assert.equal((await placeBid(url(), bystander.token, open.id, 1000)).status, 201);
    assert.equal((await placeBid(url(), seller.token, elsewhere.id, 1000)).status, 201);
    await eventually(async () => (await read(ended.id)).status === 'closed');

    const done = await suspend(moderator, seller.user.id, {
      reason: 'counterfeit',
      removeOpenAuctions: true,
    });
    assert.equal(done.status, 200);
    assert.deepEqual(done.body.removed.sort(), [open.id, alsoOpen.id].sort());
    for (const id of [open.id, alsoOpen.id])
      assert.deepEqual(
        [(await read(id)).outcome, (await read(id)).removalReason],
        ['REMOVED', 'counterfeit'],
      );
    assert.equal((await read(ended.id)).status, 'closed', 'an ended auction is left as it ended');
    const bid = await read(elsewhere.id);
    assert.deepEqual([bid.status, bid.leader?.id], ['open', seller.user.id], 'its bids stand');
  });

  it('is for moderators to do, and not to moderators', async () => {
    const [target] = await registerEach(url(), ['Alvo'] as const);
    for (const refused of [
      await suspend(bystander, target.user.id),
      await reinstate(bystander, target.user.id),
      await account(bystander, target.user.id),
    ])
      assert.deepEqual(codeOf(refused), [403, 'NOT_A_MODERATOR']);
    assert.equal((await me(target.token)).status, 200, 'untouched');

    assert.deepEqual(codeOf(await suspend(moderator, moderator.user.id)), [
      409,
      'MODERATOR_ACCOUNT',
    ]);
    assert.equal((await me(moderator.token)).status, 200);
    assert.deepEqual(codeOf(await suspend(moderator, 'nobody-at-all')), [404, 'USER_NOT_FOUND']);
    assert.deepEqual(codeOf(await account(moderator, 'nobody-at-all')), [404, 'USER_NOT_FOUND']);
    for (const body of [{}, { reason: 'spam' }, { reason: 'fraud', removeOpenAuctions: 'yes' }])
      assert.deepEqual(codeOf(await suspend(moderator, target.user.id, body)), [
        400,
        'VALIDATION_FAILED',
      ]);
    assert.equal((await me(target.token)).status, 200, 'still untouched');

    // The script checks the flag itself, as the decisions on auctions do: a
    // request past the route's check just before a revoke is still refused.
    const client = stack.redis.client();
    const store = createModerationStore(loadScripts(client), redisKeys());
    const asBystander = { id: bystander.user.id, name: 'Bia' };
    await assert.rejects(store.suspend(target.user.id, asBystander, 'fraud'), {
      code: 'NOT_A_MODERATOR',
    });
    await assert.rejects(store.reinstate(target.user.id, asBystander), {
      code: 'NOT_A_MODERATOR',
    });
    client.disconnect();
    assert.equal((await me(target.token)).status, 200, 'untouched by the script either');
  });

  it('shows in the queue beside the seller’s reported auctions', async () => {
    const [seller] = await registerEach(url(), ['Vendedora Denunciada'] as const);
    const auction = await createAuction(url(), seller.token);
    await call(url(), 'POST', `/api/auctions/${auction.id}/flags`, {
      token: bystander.token,
      body: { reason: 'fraud' },
    });
    const item = async () =>
      (
        await call<ModerationQueue>(url(0), 'GET', '/api/moderation/queue?limit=50', {
          token: moderator.token,
        })
      ).body.items.find((i) => i.auction.id === auction.id);
    assert.equal((await item())?.sellerSuspended, false);
    await suspend(moderator, seller.user.id);
    assert.equal((await item())?.sellerSuspended, true, 'still open, still reported');
  });
});
