// Verifying an account's address (`POST /api/auth/verify-email`, `…/resend`):
// sign-up mails a single-use link through a real SMTP exchange with a
// loopback relay; following it, on any replica and without a session,
// verifies the address. Real Redis, two replicas in this process, and one
// without a relay.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { hashToken } from '../../app/auth/accounts.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import { call, eventually, register, type Session } from '../support/api-client.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { startReplica, startReplicas, type Replica } from '../support/replicas.ts';
import { startSmtpStandIn, type SmtpStandIn } from '../support/smtp-stand-in.ts';

const PASSWORD = 'correct horse battery'; // what tests/support/api-client.ts registers with
const PUBLIC_URL = 'https://leiloes.example.com';
const keys = redisKeys();

let redis: TestRedis;
let smtp: SmtpStandIn;
let replicas: Replica[];
/** Same Redis, no SMTP_URL: it cannot send links. */
let mailless: Replica;
const url = (i: number) => replicas[i % replicas.length]!.url;

before(async () => {
  redis = await startRedis();
  smtp = await startSmtpStandIn();
  replicas = await startReplicas(redis, 2, {
    SMTP_URL: smtp.url,
    PUBLIC_URL,
    RATE_LIMIT_ENABLED: 'true',
  });
  mailless = await startReplica(redis, {});
});
beforeEach(() => smtp.reset());
after(async () => {
  await Promise.all([...replicas, mailless].map((replica) => replica.close()));
  await smtp.close();
  await redis.stop();
});

interface Answer {
  user?: { id: string; emailVerified: boolean };
  error?: { code: string };
}
const verify = (base: string, token: string) =>
  call<Answer>(base, 'POST', '/api/auth/verify-email', { body: { token } });
const resend = (base: string, who: Session, body?: unknown) =>
  call<Answer>(base, 'POST', '/api/auth/verify-email/resend', {
    token: who.token,
    ...(body === undefined ? {} : { body }),
  });
const verifiedAt = async (base: string, who: Session) =>
  (await call<Answer>(base, 'GET', '/api/auth/me', { token: who.token })).body.user?.emailVerified;

const linkPattern = new RegExp(`^${PUBLIC_URL}/verify-email#token=([A-Za-z0-9_-]+)$`, 'm');

/** The verification e-mails to `address`, once `count` of them arrived. */
async function mailsTo(address: string, count = 1) {
  return eventually(() => {
    const mails = smtp.accepted.filter((m) => m.to[0] === address && linkPattern.test(m.text));
    return mails.length >= count ? mails : undefined;
  });
}
const tokenIn = (text: string) => linkPattern.exec(text)![1]!;

describe('e-mail verification', () => {
  it('sign-up mails a single-use link; following it on another replica verifies the address', async () => {
    const account = await register(url(0), 'Olga');
    assert.equal(account.user.emailVerified, false, 'the sign-up answer');
    assert.equal(await verifiedAt(url(1), account), false);
    const [mail] = await mailsTo(account.user.email);
    assert.equal(mail!.subject, 'Confirme seu e-mail no Arremate');
    assert.match(mail!.text, /^Olá, Olga,/);
    const token = tokenIn(mail!.text);
    const ttl = await redis.client().ttl(keys.emailVerification(hashToken(token)));
    assert.ok(ttl > 259_000 && ttl <= 259_200, `the link works for 3 days (${ttl} s)`);

    const followed = await verify(url(1), token);
    assert.equal(followed.status, 200);
    assert.deepEqual(
      [followed.body.user?.id, followed.body.user?.emailVerified],
      [account.user.id, true],
    );
    assert.equal(await verifiedAt(url(0), account), true);
    const login = await call<Answer>(url(0), 'POST', '/api/auth/login', {
      body: { email: account.user.email, password: PASSWORD },
    });
    assert.equal(login.body.user?.emailVerified, true, 'the login answer');
    const exported = await call<{ account: { emailVerified: boolean } }>(
      url(1),
      'GET',
      '/api/me/export',
      { token: account.token },
    );
    assert.equal(exported.body.account.emailVerified, true);

    const again = await verify(url(0), token);
    assert.deepEqual([again.status, again.body.error?.code], [400, 'INVALID_VERIFICATION_TOKEN']);
    const more = await resend(url(0), account);
    assert.deepEqual([more.status, more.body.error?.code], [409, 'EMAIL_ALREADY_VERIFIED']);
  });

  it('sends a new link on request, in the language asked for, a few times a minute at most', async () => {
    const account = await call<Session>(url(0), 'POST', '/api/auth/register', {
      body: { name: 'Quinn', email: 'quinn@example.com', password: PASSWORD, language: 'en' },
    });
    const quinn = account.body;
    const [welcome] = await mailsTo('quinn@example.com');
    assert.equal(welcome!.subject, 'Confirm your e-mail on Arremate');
    assert.match(welcome!.text, /^Hello Quinn,/);

    assert.equal((await resend(url(1), quinn, { language: 'pt-BR' })).status, 202);
    const [, second] = await mailsTo('quinn@example.com', 2);
    assert.equal(second!.subject, 'Confirme seu e-mail no Arremate');
    // Each link works (once) until it expires.
    assert.equal((await verify(url(0), tokenIn(second!.text))).status, 200);
    assert.equal(await verifiedAt(url(1), quinn), true);

    const rita = await register(url(1), 'Rita');
    // Bursts of 3 per account, then one a minute.
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await resend(url(i), rita)).status);
    assert.deepEqual(statuses, [202, 202, 202, 429]);
    const anonymous = await call(url(0), 'POST', '/api/auth/verify-email/resend', {});
    assert.equal(anonymous.status, 401);
  });

  it('refuses unknown tokens, malformed bodies, and a link sent before the account was deleted', async () => {
    const unknown = await verify(url(0), 'x'.repeat(43));
    assert.deepEqual(
      [unknown.status, unknown.body.error?.code],
      [400, 'INVALID_VERIFICATION_TOKEN'],
    );
    for (const body of [{}, { token: 'short' }, { token: 'x'.repeat(43), extra: 1 }, null]) {
      const reply = await call<Answer>(url(1), 'POST', '/api/auth/verify-email', { body });
      assert.deepEqual(
        [reply.status, reply.body.error?.code],
        [400, 'VALIDATION_FAILED'],
        JSON.stringify(body),
      );
    }
    const bad = await call<Answer>(url(0), 'POST', '/api/auth/verify-email/resend', {
      token: (await register(url(0), 'Bea')).token,
      body: { language: 'fr' },
    });
    assert.deepEqual([bad.status, bad.body.error?.code], [400, 'VALIDATION_FAILED']);

    const gone = await register(url(0), 'Dani');
    const [mail] = await mailsTo(gone.user.email);
    const deleted = await call(url(1), 'DELETE', '/api/auth/me', {
      token: gone.token,
      body: { password: PASSWORD },
    });
    assert.equal(deleted.status, 204);
    const late = await verify(url(0), tokenIn(mail!.text));
    assert.deepEqual([late.status, late.body.error?.code], [400, 'INVALID_VERIFICATION_TOKEN']);
    const client = redis.client();
    assert.equal(await client.exists(keys.user(gone.user.id)), 0, 'no half account left');
    // The script itself refuses, for a link racing the deletion.
    assert.deepEqual(
      await loadScripts(client).verifyEmail(keys.user(gone.user.id), gone.user.email),
      [-18],
    );
    assert.equal(await client.exists(keys.user(gone.user.id)), 0);
    client.disconnect();
  });

  it('is off where no link can be sent; accounts from before it count as verified', async () => {
    const account = await register(mailless.url, 'Lia');
    assert.equal(account.user.emailVerified, false);
    const off = await resend(mailless.url, account);
    assert.deepEqual([off.status, off.body.error?.code], [404, 'EMAIL_VERIFICATION_UNAVAILABLE']);
    const follow = await verify(mailless.url, 'x'.repeat(43));
    assert.deepEqual(
      [follow.status, follow.body.error?.code],
      [404, 'EMAIL_VERIFICATION_UNAVAILABLE'],
    );
    // An account stored before addresses were verified has no such field.
    const client = redis.client();
    await client.hdel(keys.user(account.user.id), 'emailVerified');
    client.disconnect();
    assert.equal(await verifiedAt(mailless.url, account), true);
  });
});
