// E-mail choices (`GET`/`PUT /api/me/notifications`) and the outbid stream
// the bid script feeds for the worker's outbid e-mails (tests/worker/
// outbid-email.test.ts and ending-soon-email.test.ts follow them to the relay).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import {
  call,
  createAuction,
  placeBid,
  register,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

// With a relay configured, as outbid notices are queued only where they can be e-mailed
// (nothing listens there: the worker's side is tests/worker/outbid-email.test.ts).
const stack = useReplicaStack(2, {
  env: { SMTP_URL: 'smtp://127.0.0.1:9', ENDING_SOON_EMAIL_MINUTES: '2' },
});
const { url } = stack;
const keys = redisKeys();

interface Choices {
  outbidEmails: boolean;
  endingSoonEmails: boolean;
  questionEmails: boolean;
  feedbackEmails: boolean;
  searchEmails: boolean;
}
const allOn: Choices = {
  outbidEmails: true,
  endingSoonEmails: true,
  questionEmails: true,
  feedbackEmails: true,
  searchEmails: true,
};

const choices = (who: Session, replica: number) =>
  call<Choices>(url(replica), 'GET', '/api/me/notifications', {
    token: who.token,
  });
const choose = (who: Session, body: unknown, replica = 0) =>
  call<Partial<Choices> & { error?: { code: string } }>(
    url(replica),
    'PUT',
    '/api/me/notifications',
    { token: who.token, body },
  );

describe('e-mail choices', { timeout: 30_000 }, () => {
  it('start all on; one turned off on one replica is off on every one, the other untouched; on again', async () => {
    const ana = await register(url(0), 'Ana');
    assert.deepEqual((await choices(ana, 1)).body, allOn);
    const off = await choose(ana, { outbidEmails: false });
    const outbidOff = { ...allOn, outbidEmails: false };
    assert.deepEqual([off.status, off.body], [200, outbidOff]);
    assert.deepEqual((await choices(ana, 1)).body, outbidOff);
    const client = stack.redis.client();
    assert.equal(await client.hget(keys.user(ana.user.id), 'outbidEmails'), '0');
    client.disconnect();
    const exported = await call<{ notifications: unknown }>(url(1), 'GET', '/api/me/export', {
      token: ana.token,
    });
    assert.deepEqual(exported.body.notifications, outbidOff);
    // The other kind alone: the answer says both, as they now are.
    const bothOff = { ...allOn, outbidEmails: false, endingSoonEmails: false };
    assert.deepEqual((await choose(ana, { endingSoonEmails: false }, 1)).body, bothOff);
    assert.deepEqual((await choices(ana, 0)).body, bothOff);
    const endingOnly = { ...bothOff, endingSoonEmails: true };
    assert.deepEqual((await choose(ana, { endingSoonEmails: true }, 0)).body, endingOnly);
    const questionsOff = { ...endingOnly, questionEmails: false };
    assert.deepEqual((await choose(ana, { questionEmails: false }, 1)).body, questionsOff);
    assert.equal(await stack.redis.client().hget(keys.user(ana.user.id), 'questionEmails'), '0');
    const feedbackOff = { ...questionsOff, feedbackEmails: false };
    assert.deepEqual((await choose(ana, { feedbackEmails: false }, 0)).body, feedbackOff);
    assert.equal(await stack.redis.client().hget(keys.user(ana.user.id), 'feedbackEmails'), '0');
    const searchesOff = { ...feedbackOff, searchEmails: false };
    assert.deepEqual((await choose(ana, { searchEmails: false }, 1)).body, searchesOff);
    assert.equal(await stack.redis.client().hget(keys.user(ana.user.id), 'searchEmails'), '0');
    assert.deepEqual((await choose(ana, allOn, 1)).body, allOn);
    assert.deepEqual((await choices(ana, 0)).body, allOn);
  });

  it('refuses what is not a choice with 400, and anyone signed out with 401', async () => {
    const bea = await register(url(0), 'Bea');
    for (const body of [
      {},
      { outbidEmails: 'no' },
      { endingSoonEmails: 0 },
      { outbidEmails: false, extra: 1 },
      { endingSoonEmails: null },
      { questionEmails: 'yes' },
      { feedbackEmails: 1 },
      { searchEmails: 'off' },
      null,
      [],
    ]) {
      const reply = await choose(bea, body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.error?.code, 'VALIDATION_FAILED');
    }
    assert.deepEqual((await choices(bea, 1)).body, allOn, 'unchanged');
    for (const method of ['GET', 'PUT'] as const) {
      const anonymous = await call(url(1), method, '/api/me/notifications', {
        ...(method === 'PUT' ? { body: { outbidEmails: false } } : {}),
      });
      assert.equal(anonymous.status, 401, method);
    }
  });

  it('are never written for an account deleted meanwhile', async () => {
    const client = stack.redis.client();
    const [code] = await loadScripts(client).setNotifications(
      keys.user('gone'),
      '1',
      'outbidEmails',
      'outbidEmails',
      '0',
    );
    assert.equal(code, -18);
    assert.equal(await client.exists(keys.user('gone')), 0);
    client.disconnect();
  });
});

describe('the outbid stream', { timeout: 30_000 }, () => {
  it('gets the overtaken leader of each bid that takes the lead, and nobody else', async () => {
    const [seller, caio, dora] = await registerEach(url(0), ['Seller', 'Caio', 'Dora']);
    const auction = await createAuction(url(0), seller.token);
    const client = stack.redis.client();
    const entries = async () =>
      (await client.xrange(keys.outbidStream, '-', '+'))
        .map(([, fields]) => Object.fromEntries(chunks(fields)))
        .filter((entry) => entry.auctionId === auction.id);

    assert.equal((await placeBid(url(0), caio.token, auction.id, 1_000)).status, 201);
    assert.deepEqual(await entries(), [], 'a first bid overtakes nobody');
    assert.equal((await placeBid(url(1), dora.token, auction.id, 1_100)).status, 201);
    assert.deepEqual(await entries(), [{ auctionId: auction.id, userId: caio.user.id, seq: '2' }]);
    // Caio takes the lead back with a maximum (Dora overtaken), which then answers
    // Dora's next bid at once: she reads that in the reply, so no entry for it.
    const withMax = await call(url(0), 'POST', `/api/auctions/${auction.id}/bids`, {
      token: caio.token,
      body: { amount: 1_200, maxAmount: 5_000 },
    });
    assert.equal(withMax.status, 201);
    assert.equal((await placeBid(url(1), dora.token, auction.id, 1_300)).status, 201);
    assert.deepEqual(
      (await entries()).map((entry) => entry.userId),
      [caio.user.id, dora.user.id],
    );
    client.disconnect();
  });
});

describe('the ending-soon e-mail schedule', { timeout: 30_000 }, () => {
  it('takes every auction listed through the API for longer than ENDING_SOON_EMAIL_MINUTES', async () => {
    const [seller] = await registerEach(url(0), ['Seller']);
    const long = await createAuction(url(1), seller!.token, { durationSeconds: 180 });
    const short = await createAuction(url(0), seller!.token, { durationSeconds: 90 });
    const client = stack.redis.client();
    assert.equal(
      Number(await client.zscore(keys.endingSoonMail, long.id)),
      Date.parse(long.endsAt) - 120_000,
      'two minutes before the end',
    );
    assert.equal(await client.zscore(keys.endingSoonMail, short.id), null, 'too short');
    client.disconnect();
  });
});

function chunks(flat: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  return pairs;
}
