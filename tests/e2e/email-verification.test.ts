// Browser end-to-end for confirming the address: signing up sends a link
// (through a loopback SMTP relay) in the UI's language, Minha conta says the
// address is not confirmed yet, the link's page confirms it once (the token
// leaving the address bar at once) and the account page follows without a
// reload; a new link can be asked for from Minha conta.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { User } from '../../core/schemas.ts';
import { call, eventually, type Session } from '../support/api-client.ts';
import { startSmtpStandIn, type ReceivedMail } from '../support/smtp-stand-in.ts';
import { accessibilityViolations } from './support/accessibility.ts';
import { PHONE } from './support/browser.ts';
import { screenshot, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const smtp = await startSmtpStandIn();

const PUBLIC_URL = 'https://leiloes.example.com';
const SUBJECT = {
  'pt-BR': 'Confirme seu e-mail no Arremate',
  en: 'Confirm your e-mail on Arremate',
};
const UNVERIFIED_PT =
  'E-mail não confirmado: os avisos por e-mail só são enviados depois da confirmação.';
const SPENT_PT = 'Este link de confirmação não vale mais';

let counter = 0;
const newEmail = (name: string) => `${name}-${process.pid}-${++counter}-${Date.now()}@example.com`;

/** The verification e-mails the stand-in accepted for `email`, oldest first. */
const verificationMails = (email: string) =>
  smtp.accepted.filter(
    (mail) =>
      mail.to[0] === email && (mail.subject === SUBJECT['pt-BR'] || mail.subject === SUBJECT.en),
  );

/** Waits for the `n`th (1-based) verification e-mail to `email`. */
const nthMail = (email: string, n: number) =>
  eventually(() => verificationMails(email)[n - 1], 15_000);

/** The link's path on the UI (`/verify-email#token=…`) and its token. */
function linkIn(mail: ReceivedMail): { path: string; token: string } {
  const match = /https:\/\/leiloes\.example\.com(\/verify-email#token=([A-Za-z0-9_-]+))/.exec(
    mail.text,
  );
  assert.ok(match?.[1] && match[2], mail.text);
  return { path: match[1], token: match[2] };
}

/** The session the UI keeps in localStorage. */
async function storedSession(page: Page): Promise<Session> {
  const session = await page.evaluate(
    () => JSON.parse(localStorage.getItem('arremate.session') ?? 'null') as unknown,
  );
  assert.ok(session, 'signed in');
  return session as Session;
}

describe('confirming the e-mail address in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite({ apiEnv: { SMTP_URL: smtp.url, PUBLIC_URL } });
  after(() => smtp.close());

  const me = async (token: string) => {
    const reply = await call<{ user: User }>(suite.stack.url, 'GET', '/api/auth/me', { token });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body.user;
  };

  test('the sign-up link confirms the address, and the account page follows at once', async () => {
    const email = newEmail('clara');
    const { page } = await suite.open('/signup', { viewport: PHONE });
    await page.getByLabel('Nome').fill('Clara');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Senha').fill('uma senha longa');
    await page.getByRole('button', { name: 'Criar conta' }).click();
    await waitForText(page, 'signed-in-user', 'Clara');
    const session = await storedSession(page);
    assert.equal(session.user.emailVerified, false);

    const mail = await nthMail(email, 1);
    assert.equal(mail.subject, SUBJECT['pt-BR']);
    const link = linkIn(mail);

    await page.getByTestId('signed-in-user').click();
    await page.getByRole('heading', { name: 'Minha conta' }).waitFor();
    await waitForText(page, 'email-unverified', UNVERIFIED_PT);
    await page.getByRole('button', { name: 'Enviar link de confirmação' }).waitFor();
    assert.equal(await page.getByTestId('email-verified').count(), 0);
    assert.deepEqual(await accessibilityViolations(page), [], 'the account page, unverified');
    assert.equal((await me(session.token)).emailVerified, false);
    await screenshot(page, 'email-unverified-account-phone');

    // The page itself must update the signed-in user: the start-up refresh
    // (GET /api/auth/me) is cut off, so it cannot be what shows "confirmed".
    await page.route('**/api/auth/me', (route) => route.abort());
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/auth/verify-email'))
        posts.push(request.url());
    });
    await page.goto(`${suite.stack.url}${link.path}`);
    await page.getByRole('heading', { name: 'Confirmação de e-mail' }).waitFor();
    await page.getByRole('status').getByText('E-mail confirmado').waitFor();
    await waitForText(page, 'verify-outcome', email);
    assert.ok(!page.url().includes(link.token), 'the token left the address bar');
    assert.equal(new URL(page.url()).hash, '');
    assert.deepEqual(await accessibilityViolations(page), [], 'the confirmation page');
    await screenshot(page, 'email-verified-phone');

    await page.getByRole('link', { name: 'Ir para Minha conta' }).click();
    await page.getByRole('heading', { name: 'Minha conta' }).waitFor();
    await waitForText(page, 'email-verified', 'E-mail confirmado');
    assert.equal(await page.getByTestId('email-unverified').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Enviar link de confirmação' }).count(), 0);
    assert.equal((await storedSession(page)).user.emailVerified, true);
    assert.equal(posts.length, 1, 'the token was posted once');
    await page.unroute('**/api/auth/me');

    assert.equal((await me(session.token)).emailVerified, true);

    // The same link again, on another device: spent.
    const other = (await suite.open(link.path)).page;
    await other.getByRole('heading', { name: 'Confirmação de e-mail' }).waitFor();
    await other.getByRole('status').getByText(SPENT_PT).waitFor();
    await waitForText(other, 'verify-outcome', 'Peça um novo em Minha conta');
    assert.equal(await other.getByRole('button', { name: 'Tentar de novo' }).count(), 0);
    await other.getByRole('link', { name: 'Ir para Minha conta' }).waitFor();
    assert.ok(!other.url().includes(link.token), 'the token left the address bar');
  });

  test('a new link from Minha conta, in the language of the page', async () => {
    const email = newEmail('hugo');
    const { page } = await suite.open('/signup');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Create an account' }).waitFor();
    await page.getByLabel('Name').fill('Hugo');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('a long password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await waitForText(page, 'signed-in-user', 'Hugo');
    const session = await storedSession(page);

    // Signed up in English: the link came in English.
    const first = await nthMail(email, 1);
    assert.equal(first.subject, SUBJECT.en);

    await page.getByTestId('signed-in-user').click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await waitForText(page, 'email-unverified', 'E-mail not confirmed');
    await page.getByRole('button', { name: 'Send confirmation link' }).click();
    await waitForText(page, 'verification-outcome', `We sent a link to ${email}.`);
    const second = await nthMail(email, 2);
    assert.equal(second.subject, SUBJECT.en);

    await page.getByRole('button', { name: 'Mudar para português' }).click();
    await waitForText(page, 'email-unverified', UNVERIFIED_PT);
    await page.getByRole('button', { name: 'Enviar link de confirmação' }).click();
    await waitForText(page, 'verification-outcome', `Enviamos um link para ${email}.`);
    const third = await nthMail(email, 3);
    assert.equal(third.subject, SUBJECT['pt-BR']);
    await screenshot(page, 'email-verification-resent');

    const tokens = [first, second, third].map((mail) => linkIn(mail).token);
    assert.equal(new Set(tokens).size, 3, 'each e-mail has its own link');

    // The second link, opened signed out (say, on the phone where the mail is read).
    const phone = (await suite.open(linkIn(second).path, { viewport: PHONE })).page;
    await phone.getByRole('status').getByText('E-mail confirmado').waitFor();
    assert.equal((await me(session.token)).emailVerified, true);

    // This page still has its old copy: asking again says it is confirmed, and shows it.
    assert.equal(await page.getByTestId('email-verified').count(), 0);
    await page.getByRole('button', { name: 'Enviar link de confirmação' }).click();
    await waitForText(page, 'verification-outcome', 'Seu e-mail já está confirmado.');
    await waitForText(page, 'email-verified', 'E-mail confirmado');
    assert.equal(await page.getByTestId('email-unverified').count(), 0);
    assert.equal(verificationMails(email).length, 3, 'no e-mail for a confirmed address');

    await page.reload();
    await waitForText(page, 'email-verified', 'E-mail confirmado');
    assert.equal(await page.getByTestId('email-unverified').count(), 0);
  });

  test('a link without its token, or with a broken one, says so', async () => {
    const { page } = await suite.open('/verify-email');
    await page.getByRole('heading', { name: 'Confirmação de e-mail' }).waitFor();
    await page.getByRole('alert').getByText('Este link está incompleto').waitFor();

    const broken = (await suite.open('/verify-email#token=curto')).page;
    await waitForText(broken, 'verify-outcome', SPENT_PT);
    assert.equal(new URL(broken.url()).hash, '');
  });
});
