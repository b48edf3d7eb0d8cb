// Changing one's password (`POST /api/auth/password`): the new one works, the
// old one no longer does, and every other session of the account ends on
// every replica — cached tokens and open sockets included — while the
// session that asked stays. `POST /api/auth/logout-others` ends them alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAccounts } from '../../app/auth/accounts.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import { call, eventually, register, type Session } from '../support/api-client.ts';
import { runNode } from '../support/processes.ts';
import { connectClient } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

const stack = useReplicaStack(3);
const { url } = stack;

const PASSWORD = 'correct horse battery'; // what tests/support/api-client.ts registers with

function login(replica: number, email: string, password: string) {
  return call<Session>(url(replica), 'POST', '/api/auth/login', { body: { email, password } });
}

const me = async (replica: number, token: string) =>
  (await call(url(replica), 'GET', '/api/auth/me', { token })).status;

describe('changing the password', () => {
  it('ends every other session on every replica, keeps this one, and swaps the passwords', async () => {
    const account = await register(url(0), 'Paula');
    const { email } = account.user;
    const laptop = (await login(1, email, PASSWORD)).body.token;
    const phone = (await login(2, email, PASSWORD)).body.token;
    // Every replica has resolved (and cached) every token.
    for (const token of [account.token, laptop, phone])
      for (const replica of [0, 1, 2]) assert.equal(await me(replica, token), 200);
    const phoneSocket = await connectClient(url(2), phone);
    const disconnected = new Promise((resolve) => phoneSocket.once('disconnect', resolve));

    const changed = await call(url(1), 'POST', '/api/auth/password', {
      token: laptop,
      body: { currentPassword: PASSWORD, newPassword: 'a new long passphrase' },
    });
    assert.equal(changed.status, 204);

    for (const replica of [0, 1, 2]) {
      await eventually(async () => (await me(replica, phone)) === 401);
      await eventually(async () => (await me(replica, account.token)) === 401);
      assert.equal(await me(replica, laptop), 200, 'the session that asked stays');
    }
    await disconnected;
    assert.equal((await login(0, email, PASSWORD)).status, 401);
    assert.equal((await login(0, email, 'a new long passphrase')).status, 200);
  });

  it('also ends sessions opened before the sessions were listed, once npm run backfill has run', async () => {
    const account = await register(url(0), 'Sara');
    const older = (await login(1, account.user.email, PASSWORD)).body.token;
    // What a session of the previous release looks like: not listed.
    const client = stack.redis.client();
    const listKey = `arremate:user:${account.user.id}:sessions`;
    await client.del(listKey);
    const backfill = runNode('app/backfill.ts', stack.redis.env);
    assert.equal((await backfill.exited).code, 0, backfill.output());
    assert.equal(await client.zcard(listKey), 2);
    assert.ok((await client.pttl(listKey)) > 0, 'the list expires with its sessions');
    client.disconnect();

    const changed = await call(url(0), 'POST', '/api/auth/password', {
      token: account.token,
      body: { currentPassword: PASSWORD, newPassword: 'a new long passphrase' },
    });
    assert.equal(changed.status, 204);
    await eventually(async () => (await me(1, older)) === 401);
    assert.equal(await me(0, account.token), 200);
  });

  it('counts only sessions still open: a logout takes its own off the list', async () => {
    const account = await register(url(0), 'Vera');
    const phone = (await login(1, account.user.email, PASSWORD)).body.token;
    assert.equal((await call(url(1), 'POST', '/api/auth/logout', { token: phone })).status, 204);
    const reply = await call<{ ended: number }>(url(0), 'POST', '/api/auth/logout-others', {
      token: account.token,
    });
    assert.deepEqual(reply.body, { ended: 0 });
  });

  it('signs out the other devices without a password change', async () => {
    const account = await register(url(0), 'Tito');
    const others = [
      (await login(1, account.user.email, PASSWORD)).body.token,
      (await login(2, account.user.email, PASSWORD)).body.token,
    ];
    const stranger = await register(url(0), 'Uma');
    for (const token of others) assert.equal(await me(2, token), 200);
    const reply = await call<{ ended: number }>(url(2), 'POST', '/api/auth/logout-others', {
      token: account.token,
    });
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { ended: 2 });
    for (const token of others) await eventually(async () => (await me(2, token)) === 401);
    assert.equal(await me(2, account.token), 200);
    assert.equal(await me(2, stranger.token), 200, 'nobody else is signed out');
    assert.equal((await login(0, account.user.email, PASSWORD)).status, 200, 'same password');
  });

  it('refuses a wrong current password with 403 WRONG_PASSWORD and changes nothing', async () => {
    const account = await register(url(0), 'Quim');
    const other = (await login(1, account.user.email, PASSWORD)).body.token;
    const refused = await call<{ error: { code: string } }>(url(0), 'POST', '/api/auth/password', {
      token: account.token,
      body: { currentPassword: 'not it at all', newPassword: 'a new long passphrase' },
    });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'WRONG_PASSWORD');
    assert.equal(await me(1, other), 200, 'no session ended');
    assert.equal(await me(0, account.token), 200, 'and this one is fine: not a 401');
    assert.equal((await login(0, account.user.email, PASSWORD)).status, 200);
  });

  it('answers 400 to a short or missing new password and 401 without a session', async () => {
    const account = await register(url(0), 'Rui');
    for (const body of [
      { currentPassword: PASSWORD, newPassword: 'short' },
      { currentPassword: PASSWORD },
      { currentPassword: '', newPassword: 'a new long passphrase' },
      { currentPassword: PASSWORD, newPassword: 'a new long passphrase', admin: true },
    ]) {
      const reply = await call<{ error: { code: string } }>(url(0), 'POST', '/api/auth/password', {
        token: account.token,
        body,
      });
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.error.code, 'VALIDATION_FAILED');
    }
    const anonymous = await call(url(0), 'POST', '/api/auth/password', {
      body: { currentPassword: PASSWORD, newPassword: 'a new long passphrase' },
    });
    assert.equal(anonymous.status, 401);
    assert.equal((await login(0, account.user.email, PASSWORD)).status, 200, 'unchanged');
  });
});

describe('racing a password change', () => {
  // The accounts module against the same Redis, with one of its script calls
  // held back until something else has happened: the interleaving that two
  // replicas can produce, made deterministic.
  function accountsWhere(script: 'openSession' | 'endSessions', first: () => Promise<unknown>) {
    const scripted = loadScripts(stack.redis.client());
    let held = false;
    const raced = new Proxy(scripted, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (name !== script || typeof value !== 'function') return value;
        return async (...args: string[]) => {
          if (!held) {
            held = true;
            await first();
          }
          return (value as (...a: string[]) => Promise<unknown>).apply(target, args);
        };
      },
    });
    return createAccounts(raced, redisKeys(), { tokenTtlSeconds: 3600, saleHoldMs: 0 });
  }

  const changePassword = (token: string, currentPassword: string, newPassword: string) =>
    call(url(0), 'POST', '/api/auth/password', {
      token,
      body: { currentPassword, newPassword },
    });

  it('refuses a login that checked the old password just before the change', async () => {
    const account = await register(url(0), 'Rita');
    const racing = accountsWhere('openSession', async () => {
      assert.equal(
        (await changePassword(account.token, PASSWORD, 'the new passphrase')).status,
        204,
      );
    });
    await assert.rejects(racing.login(account.user.email, PASSWORD), {
      code: 'INVALID_CREDENTIALS',
    });
    const sessions = await stack.redis.client().zcard(redisKeys().userSessions(account.user.id));
    assert.equal(sessions, 1, 'only the session that changed the password');
  });

  it('lets only one of two simultaneous changes through', async () => {
    const account = await register(url(0), 'Sara');
    const racing = accountsWhere('endSessions', async () => {
      assert.equal(
        (await changePassword(account.token, PASSWORD, 'first new passphrase')).status,
        204,
      );
    });
    await assert.rejects(
      racing.changePassword(account.user.id, account.token, PASSWORD, 'second new passphrase'),
      { code: 'WRONG_PASSWORD' },
    );
    assert.equal((await login(0, account.user.email, 'first new passphrase')).status, 200);
    assert.equal((await login(0, account.user.email, 'second new passphrase')).status, 401);
  });
});
