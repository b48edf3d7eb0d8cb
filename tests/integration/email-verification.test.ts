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
    const moved = await call<{ emailsSent: boolean }>(mailless.url, 'POST', '/api/auth/email', {
      token: account.token,
      body: { newEmail: 'lia.nova@example.com', password: PASSWORD },
    });
    assert.deepEqual([moved.status, moved.body.emailsSent], [200, false], 'moved, nothing mailed');
    // An account stored before addresses were verified has no such field.
    const client = redis.client();
    await client.hdel(keys.user(account.user.id), 'emailVerified');
    client.disconnect();
    assert.equal(await verifiedAt(mailless.url, account), true);
  });
});

describe('changing the address', () => {
  const change = (base: string, who: Session, body: Record<string, unknown>) =>
    call<Answer & { user?: { email: string }; emailsSent?: boolean }>(
      base,
      'POST',
      '/api/auth/email',
      {
        token: who.token,
        body,
      },
    );
  const revert = (base: string, token: string) =>
    call<Answer>(base, 'POST', '/api/auth/email/revert', { body: { token } });
  const login = (base: string, email: string) =>
    call<Answer & { user?: { email: string } }>(base, 'POST', '/api/auth/login', {
      body: { email, password: PASSWORD },
    });
  const revertPattern = new RegExp(`^${PUBLIC_URL}/email-revert#token=([A-Za-z0-9_-]+)$`, 'm');
  const noticeTo = (address: string) =>
    eventually(() => smtp.accepted.find((m) => m.to[0] === address && revertPattern.test(m.text)));

  it('moves the account with its password: the new address unverified and linked, the old one freed and told', async () => {
    const ana = await register(url(0), 'Ana');
    const before = ana.user.email;
    const wrong = await change(url(1), ana, {
      newEmail: 'ana.nova@example.com',
      password: 'not it at all',
    });
    assert.deepEqual([wrong.status, wrong.body.error?.code], [403, 'WRONG_PASSWORD']);
    const same = await change(url(1), ana, { newEmail: before.toUpperCase(), password: PASSWORD });
    assert.deepEqual([same.status, same.body.error?.code], [400, 'VALIDATION_FAILED']);
    const taken = await register(url(0), 'Taken');
    const clash = await change(url(1), ana, { newEmail: taken.user.email, password: PASSWORD });
    assert.deepEqual([clash.status, clash.body.error?.code], [409, 'EMAIL_TAKEN']);
    assert.equal((await login(url(0), before)).status, 200, 'nothing changed yet');

    const moved = await change(url(1), ana, {
      newEmail: 'Ana.Nova@Example.com',
      password: PASSWORD,
    });
    assert.equal(moved.status, 200);
    assert.deepEqual(
      [moved.body.user?.email, moved.body.user?.emailVerified, moved.body.emailsSent],
      ['ana.nova@example.com', false, true],
    );
    assert.equal(await verifiedAt(url(0), ana), false, 'the session stays, unverified');
    assert.equal((await login(url(0), before)).status, 401);
    assert.equal((await login(url(1), 'ana.nova@example.com')).status, 200);
    // The new address gets a link to verify it; the old one a notice with a link back.
    const [link] = await mailsTo('ana.nova@example.com');
    assert.equal((await verify(url(0), tokenIn(link!.text))).status, 200);
    const notice = await noticeTo(before);
    assert.equal(notice!.subject, 'O e-mail da sua conta no Arremate foi trocado');
    assert.match(notice!.text, /agora usa o endereço a\*\*\*@example\.com/);
    assert.doesNotMatch(notice!.text, /ana\.nova/, 'the new address only masked');
    // The old address is free: someone else may sign up with it.
    const other = await call(url(0), 'POST', '/api/auth/register', {
      body: { name: 'Outra', email: before, password: PASSWORD },
    });
    assert.equal(other.status, 201);
  });

  it('puts the old address back by its link, verified, and ends every session; once', async () => {
    const bia = await register(url(0), 'Bia');
    const original = bia.user.email;
    const laptop = (await login(url(1), original)).body as unknown as Session;
    assert.equal(
      (await change(url(0), bia, { newEmail: 'intruso@example.com', password: PASSWORD })).status,
      200,
    );
    const token = revertPattern.exec((await noticeTo(original))!.text)![1]!;
    // Moved again meanwhile: the link still puts the original back.
    assert.equal(
      (await change(url(0), bia, { newEmail: 'intruso2@example.com', password: PASSWORD })).status,
      200,
    );

    const back = await revert(url(1), token);
    assert.equal(back.status, 204);
    for (const session of [bia, laptop])
      for (const replica of [0, 1])
        await eventually(
          async () =>
            (await call(url(replica), 'GET', '/api/auth/me', { token: session.token })).status ===
            401,
        );
    const again = await login(url(0), original);
    assert.equal(again.status, 200);
    assert.deepEqual([again.body.user?.email, again.body.user?.emailVerified], [original, true]);
    for (const gone of ['intruso@example.com', 'intruso2@example.com'])
      assert.equal((await login(url(0), gone)).status, 401, gone);
    const twice = await revert(url(0), token);
    assert.deepEqual([twice.status, twice.body.error?.code], [400, 'INVALID_REVERT_TOKEN']);
  });

  it('cannot take back an address someone signed up with meanwhile, nor act for a deleted account', async () => {
    const caio = await register(url(0), 'Caio');
    const original = caio.user.email;
    assert.equal(
      (await change(url(0), caio, { newEmail: 'caio.novo@example.com', password: PASSWORD }))
        .status,
      200,
    );
    const token = revertPattern.exec((await noticeTo(original))!.text)![1]!;
    await call(url(0), 'POST', '/api/auth/register', {
      body: { name: 'Novo dono', email: original, password: PASSWORD },
    });
    const refused = await revert(url(1), token);
    assert.deepEqual([refused.status, refused.body.error?.code], [409, 'EMAIL_TAKEN']);
    assert.equal((await login(url(0), 'caio.novo@example.com')).status, 200, 'unchanged');

    const dani = await register(url(0), 'Dani');
    assert.equal(
      (await change(url(0), dani, { newEmail: 'dani.novo@example.com', password: PASSWORD }))
        .status,
      200,
    );
    const daniToken = revertPattern.exec((await noticeTo(dani.user.email))!.text)![1]!;
    const deleted = await call(url(1), 'DELETE', '/api/auth/me', {
      token: dani.token,
      body: { password: PASSWORD },
    });
    assert.equal(deleted.status, 204);
    const late = await revert(url(0), daniToken);
    assert.deepEqual([late.status, late.body.error?.code], [400, 'INVALID_REVERT_TOKEN']);
    const client = redis.client();
    assert.equal(await client.exists(keys.user(dani.user.id)), 0, 'no half account left');
    assert.equal(await client.get(keys.userByEmail(dani.user.email)), null);
    // The script refuses a change whose password or address moved meanwhile.
    const scripted = loadScripts(client);
    const eva = await register(url(0), 'Eva');
    assert.deepEqual(
      await scripted.changeEmail(
        keys.user(eva.user.id),
        keys.userByEmail(eva.user.email),
        keys.userByEmail('eva.x@example.com'),
        eva.user.id,
        eva.user.email,
        'eva.x@example.com',
        'not-the-stored-hash',
      ),
      [-15],
    );
    assert.equal(await client.get(keys.userByEmail('eva.x@example.com')), null);
    // …or whose account moved to another address since the caller read it.
    const hash = (await client.hget(keys.user(eva.user.id), 'passwordHash')) as string;
    assert.deepEqual(
      await scripted.changeEmail(
        keys.user(eva.user.id),
        keys.userByEmail('eva.earlier@example.com'),
        keys.userByEmail('eva.x@example.com'),
        eva.user.id,
        'eva.earlier@example.com',
        'eva.x@example.com',
        hash,
      ),
      [-15],
    );
    assert.equal(await client.get(keys.userByEmail('eva.x@example.com')), null);
    assert.equal(await client.get(keys.userByEmail(eva.user.email)), eva.user.id);
    client.disconnect();
  });
});
