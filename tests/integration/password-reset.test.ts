// "Esqueci minha senha" (`POST /api/auth/password-reset`, `…/confirm`): a
// single-use link goes by e-mail through a real SMTP exchange with a loopback
// relay; following it sets the new password and ends every session of the
// account on every replica. The answer never tells whether an e-mail has an
// account. Real Redis, two replicas in this process.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { hashToken } from '../../app/auth/accounts.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import { call, eventually, register, sleep, type Session } from '../support/api-client.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { connectClient, startReplica, startReplicas, type Replica } from '../support/replicas.ts';
import { startSmtpStandIn, type SmtpStandIn } from '../support/smtp-stand-in.ts';

const PASSWORD = 'correct horse battery'; // what tests/support/api-client.ts registers with
const PUBLIC_URL = 'https://leiloes.example.com';

let redis: TestRedis;
let smtp: SmtpStandIn;
let replicas: Replica[];
const url = (i: number) => replicas[i % replicas.length]!.url;

before(async () => {
  redis = await startRedis();
  smtp = await startSmtpStandIn();
  replicas = await startReplicas(redis, 2, {
    SMTP_URL: smtp.url,
    PUBLIC_URL,
    MAIL_FROM: 'Arremate <conta@arremate.test>',
  });
});
beforeEach(() => smtp.reset());
after(async () => {
  await Promise.all(replicas.map((replica) => replica.close()));
  await smtp.close();
  await redis.stop();
});

const ask = (replica: number, email: string) =>
  call<{ error?: { code: string } }>(url(replica), 'POST', '/api/auth/password-reset', {
    body: { email },
  });
const confirm = (replica: number, token: string, newPassword: string) =>
  call<{ error?: { code: string } }>(url(replica), 'POST', '/api/auth/password-reset/confirm', {
    body: { token, newPassword },
  });
const login = (replica: number, email: string, password: string) =>
  call<Session>(url(replica), 'POST', '/api/auth/login', { body: { email, password } });
const me = async (replica: number, token: string) =>
  (await call(url(replica), 'GET', '/api/auth/me', { token })).status;

const resetLink = new RegExp(`${PUBLIC_URL}/reset#token=([A-Za-z0-9_-]+)`);

/** The reset e-mail to `address` (sign-up sent it another, to verify the address). */
const resetMailTo = (address: string) =>
  eventually(() => smtp.accepted.find((m) => m.to[0] === address && resetLink.test(m.text)));

/** The token of the link in the reset e-mail to `address`. */
async function linkSentTo(address: string): Promise<string> {
  return resetLink.exec((await resetMailTo(address)).text)![1]!;
}

describe('password reset by e-mail', () => {
  it('mails a single-use link; following it sets the new password and ends every session everywhere', async () => {
    const account = await register(url(0), 'Olga');
    const { email } = account.user;
    const laptop = (await login(1, email, PASSWORD)).body.token;
    const socket = await connectClient(url(1), laptop);
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));

    assert.equal((await ask(1, `  ${email.toUpperCase()} `)).status, 202);
    const token = await linkSentTo(email);
    const mail = await resetMailTo(email);
    assert.equal(mail.from, 'conta@arremate.test');
    assert.equal(mail.subject, 'Redefinir sua senha no Arremate');
    assert.match(mail.text, /^Olá, Olga,/);
    const ttl = await redis.client().ttl(redisKeys().passwordReset(hashToken(token)));
    assert.ok(ttl > 3500 && ttl <= 3600, `link expires in an hour (${ttl} s)`);

    assert.equal((await confirm(0, token, 'a brand new passphrase')).status, 204);
    for (const replica of [0, 1])
      for (const session of [account.token, laptop])
        await eventually(async () => (await me(replica, session)) === 401);
    await disconnected;
    assert.equal((await login(0, email, PASSWORD)).status, 401);
    assert.equal((await login(1, email, 'a brand new passphrase')).status, 200);

    const again = await confirm(1, token, 'yet another passphrase');
    assert.equal(again.status, 400);
    assert.equal(again.body.error?.code, 'INVALID_RESET_TOKEN');
  });

  it('refuses a link sent before the account was deleted, and leaves no password behind', async () => {
    const account = await register(url(0), 'Rita');
    assert.equal((await ask(0, account.user.email)).status, 202);
    const token = await linkSentTo(account.user.email);
    const deleted = await call(url(1), 'DELETE', '/api/auth/me', {
      token: account.token,
      body: { password: PASSWORD },
    });
    assert.equal(deleted.status, 204);
    const reply = await confirm(0, token, 'a brand new passphrase');
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error?.code, 'INVALID_RESET_TOKEN');
    const client = redis.client();
    assert.equal(await client.exists(redisKeys().user(account.user.id)), 0);
    // The script itself refuses too, for a reset racing the deletion.
    const scripted = loadScripts(client);
    const keys = redisKeys();
    assert.deepEqual(
      await scripted.endSessions(
        keys.userSessions(account.user.id),
        keys.user(account.user.id),
        keys.session(''),
        '',
        '',
        'a-new-password-hash',
      ),
      [-18],
    );
    assert.equal(await client.exists(keys.user(account.user.id)), 0);
    client.disconnect();
  });

  it('writes the e-mail in the language of the page that asked', async () => {
    const account = await register(url(0), 'Quinn');
    const reply = await call(url(0), 'POST', '/api/auth/password-reset', {
      body: { email: account.user.email, language: 'en' },
    });
    assert.equal(reply.status, 202);
    const mail = await resetMailTo(account.user.email);
    assert.equal(mail.subject, 'Reset your Arremate password');
    assert.match(mail.text, /^Hello Quinn,/);
    assert.doesNotMatch(mail.text, /Olá/);
  });

  it('answers the same for an e-mail without an account, and sends nothing', async () => {
    assert.equal((await ask(0, 'nobody-here@example.com')).status, 202);
    await sleep(300);
    assert.deepEqual(
      smtp.accepted.filter((mail) => resetLink.test(mail.text)),
      [],
    );
  });

  it('refuses bad bodies with 400 and an unknown token with INVALID_RESET_TOKEN', async () => {
    const bad = [
      ['/api/auth/password-reset', {}],
      ['/api/auth/password-reset', { email: 'a@b.c', extra: 1 }],
      ['/api/auth/password-reset', { email: 'a@b.c', language: 'fr' }],
      ['/api/auth/password-reset/confirm', { token: 'short', newPassword: 'a long passphrase' }],
      ['/api/auth/password-reset/confirm', { token: 'x'.repeat(43), newPassword: 'short' }],
    ] as const;
    for (const [path, body] of bad) {
      const reply = await call<{ error: { code: string } }>(url(0), 'POST', path, { body });
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.error.code, 'VALIDATION_FAILED');
    }
    const unknown = await confirm(0, 'x'.repeat(43), 'a long passphrase');
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error?.code, 'INVALID_RESET_TOKEN');
  });

  it('is off, with 404 PASSWORD_RESET_UNAVAILABLE, where no relay is set up', async () => {
    const plain = await startReplica(redis);
    try {
      const account = await register(plain.url, 'Pia');
      for (const [path, body] of [
        ['/api/auth/password-reset', { email: account.user.email }],
        ['/api/auth/password-reset/confirm', { token: 'x'.repeat(43), newPassword: 'a long one' }],
      ] as const) {
        const reply = await call<{ error: { code: string } }>(plain.url, 'POST', path, { body });
        assert.equal(reply.status, 404, path);
        assert.equal(reply.body.error.code, 'PASSWORD_RESET_UNAVAILABLE');
      }
    } finally {
      await plain.close();
    }
  });
});
