// Browser end-to-end for moving an account to another address on Minha conta
// (the password asked again), and for the link the old address gets "if it was
// not you" (`/email-revert`): it puts the address back, verified, ends every
// session of the account (this device's too) and works once. Mail goes
// through a loopback SMTP relay.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { User } from '../../core/schemas.ts';
import { call, eventually, register, type Session } from '../support/api-client.ts';
import { startSmtpStandIn, type ReceivedMail } from '../support/smtp-stand-in.ts';
import { accessibilityViolations } from './support/accessibility.ts';
import { PHONE } from './support/browser.ts';
import { screenshot, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const smtp = await startSmtpStandIn();

const PUBLIC_URL = 'https://leiloes.example.com';
const VERIFY_SUBJECT = {
  'pt-BR': 'Confirme seu e-mail no Arremate',
  en: 'Confirm your e-mail on Arremate',
};
const NOTICE_SUBJECT = {
  'pt-BR': 'O e-mail da sua conta no Arremate foi trocado',
  en: 'The e-mail of your Arremate account was changed',
};
const UNVERIFIED_PT =
  'E-mail não confirmado: os avisos por e-mail só são enviados depois da confirmação.';
const REVERTED_PT =
  'Seu endereço de e-mail voltou para a conta e todos os dispositivos foram desconectados. Agora escolha uma nova senha.';
const SPENT_PT = 'Este link para devolver o endereço à conta não vale mais';
const PASSWORD = 'uma senha longa';

let counter = 0;
const newEmail = (name: string) => `${name}-${process.pid}-${++counter}-${Date.now()}@example.com`;

/** The e-mails the stand-in accepted for `email` with one of `subjects`, oldest first. */
const mailsTo = (email: string, subjects: Record<string, string>) =>
  smtp.accepted.filter(
    (mail) => mail.to[0] === email && Object.values(subjects).includes(mail.subject),
  );

const firstMail = (email: string, subjects: Record<string, string>) =>
  eventually(() => mailsTo(email, subjects)[0], 15_000);

/** The link's path on the UI (`/<page>#token=…`) and its token. */
function linkIn(mail: ReceivedMail, page: 'verify-email' | 'email-revert') {
  const match = new RegExp(`https://leiloes\\.example\\.com(/${page}#token=([A-Za-z0-9_-]+))`).exec(
    mail.text,
  );
  assert.ok(match?.[1] && match[2], mail.text);
  return { path: match[1], token: match[2] };
}

/** The session the UI keeps in localStorage (null when signed out). */
function storedSession(page: Page): Promise<Session | null> {
  return page.evaluate(
    () => JSON.parse(localStorage.getItem('arremate.session') ?? 'null') as Session | null,
  );
}

describe('changing the e-mail address in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite({ apiEnv: { SMTP_URL: smtp.url, PUBLIC_URL } });
  after(() => smtp.close());

  const me = (token: string) =>
    call<{ user: User }>(suite.stack.url, 'GET', '/api/auth/me', { token });
  const login = (email: string, password = PASSWORD) =>
    call<Session>(suite.stack.url, 'POST', '/api/auth/login', { body: { email, password } });

  test('Minha conta moves the account; the link sent to the old address takes it back, once', async () => {
    const url = suite.stack.url;
    const original = newEmail('olga');
    const moved = newEmail('intruso');
    const { page } = await suite.open('/signup');
    await page.getByLabel('Nome').fill('Olga');
    await page.getByLabel('E-mail').fill(original);
    await page.getByLabel('Senha').fill(PASSWORD);
    await page.getByRole('button', { name: 'Criar conta' }).click();
    await waitForText(page, 'signed-in-user', 'Olga');
    const session = await storedSession(page);
    assert.ok(session, 'signed in');

    // The sign-up address is confirmed first, so "not confirmed" below is the change's doing.
    const welcome = linkIn(await firstMail(original, VERIFY_SUBJECT), 'verify-email');
    const verified = await call(url, 'POST', '/api/auth/verify-email', {
      body: { token: welcome.token },
    });
    assert.equal(verified.status, 200, JSON.stringify(verified.body));

    await page.getByTestId('signed-in-user').click();
    await page.getByRole('heading', { name: 'Minha conta' }).waitFor();
    await waitForText(page, 'email-verified', 'E-mail confirmado');
    await page.getByRole('heading', { name: 'Trocar o e-mail' }).waitFor();
    const address = page.getByLabel('Novo e-mail');
    const password = page.getByLabel('Senha da sua conta');
    const submit = page.getByRole('button', { name: 'Trocar o e-mail' });

    // Another account's address: said beside the address.
    const other = await register(url, 'Outra');
    await address.fill(other.user.email);
    await password.fill(PASSWORD);
    await submit.click();
    await waitForText(page, 'newEmail-error', 'Já existe uma conta com este e-mail.');
    assert.equal(await page.getByTestId('emailPassword-error').count(), 0);

    // The wrong password: said beside the password, and nothing changes.
    await address.fill(moved);
    await password.fill('not the password');
    await submit.click();
    await waitForText(page, 'emailPassword-error', 'A senha atual não confere.');
    assert.equal(await page.getByTestId('newEmail-error').count(), 0);
    assert.equal(await page.getByTestId('email-change-outcome').innerText(), '');
    const unchanged = await me(session.token);
    assert.equal(unchanged.status, 200, JSON.stringify(unchanged.body));
    assert.equal(unchanged.body.user.email, original);
    assert.equal(unchanged.body.user.emailVerified, true);
    await page.getByText(original, { exact: true }).waitFor();

    await password.fill(PASSWORD);
    await submit.click();
    await waitForText(
      page,
      'email-change-outcome',
      `Pronto: enviamos um link de confirmação para ${moved}. Seu endereço anterior foi avisado.`,
    );
    // The account's facts follow at once: the new address, not confirmed yet.
    await page.getByText(moved, { exact: true }).waitFor();
    assert.equal(await page.getByText(original, { exact: true }).count(), 0);
    await waitForText(page, 'email-unverified', UNVERIFIED_PT);
    await page.getByRole('button', { name: 'Enviar link de confirmação' }).waitFor();
    assert.equal(await page.getByTestId('email-verified').count(), 0);
    assert.equal(await address.inputValue(), '');
    assert.equal(await password.inputValue(), '');
    const kept = await storedSession(page);
    assert.equal(kept?.user.email, moved);
    assert.equal(kept?.user.emailVerified, false);
    assert.deepEqual(await accessibilityViolations(page), [], 'the account page, address changed');
    await screenshot(page, 'email-changed-account');

    // Sessions stay; the API has the new address, unverified.
    const changedNow = await me(session.token);
    assert.equal(changedNow.status, 200, JSON.stringify(changedNow.body));
    assert.equal(changedNow.body.user.email, moved);
    assert.equal(changedNow.body.user.emailVerified, false);

    // The old address is told, with the link that undoes it; the new one gets a link to confirm.
    const notice = await firstMail(original, NOTICE_SUBJECT);
    assert.equal(notice.subject, NOTICE_SUBJECT['pt-BR']);
    assert.match(notice.text, /Se não foi você/);
    const revert = linkIn(notice, 'email-revert');
    const confirmation = await firstMail(moved, VERIFY_SUBJECT);
    assert.equal(confirmation.subject, VERIFY_SUBJECT['pt-BR']);
    const confirmLink = linkIn(confirmation, 'verify-email');
    assert.equal(mailsTo(original, NOTICE_SUBJECT).length, 1, 'one notice, for the change made');

    // Signing in: the old address no longer works, the new one does.
    const byOld = await login(original);
    assert.equal(byOld.status, 401, JSON.stringify(byOld.body));
    const byNew = await login(moved);
    assert.equal(byNew.status, 200, JSON.stringify(byNew.body));
    assert.equal(byNew.body.user.email, moved);

    // The link, opened on another device (signed out).
    const phone = (await suite.open(revert.path, { viewport: PHONE })).page;
    await phone.getByRole('heading', { name: 'Devolução do endereço de e-mail' }).waitFor();
    await waitForText(phone, 'revert-outcome', REVERTED_PT);
    const forgot = phone.getByRole('link', { name: 'Esqueci minha senha' });
    assert.equal(await forgot.getAttribute('href'), '/forgot');
    assert.ok(!phone.url().includes(revert.token), 'the token left the address bar');
    assert.equal(new URL(phone.url()).hash, '');
    assert.deepEqual(await accessibilityViolations(phone), [], 'the revert page');
    await screenshot(phone, 'email-reverted-phone');

    // Every session of the account ended: the browser that changed it, and the sign-in above.
    for (const token of [session.token, byNew.body.token]) {
      const ended = await me(token);
      assert.equal(ended.status, 401, JSON.stringify(ended.body));
    }
    // The first browser's socket was dropped, so it learns it is signed out.
    await page.getByRole('link', { name: 'Entrar' }).first().waitFor();
    await page.getByText('Entre na sua conta para ver seus dados.').waitFor();
    assert.equal(await storedSession(page), null);

    // The old address is the account's again, and verified; the new one is not.
    const back = await login(original);
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.equal(back.body.user.id, session.user.id);
    assert.equal(back.body.user.email, original);
    assert.equal(back.body.user.emailVerified, true);
    const byNewAgain = await login(moved);
    assert.equal(byNewAgain.status, 401, JSON.stringify(byNewAgain.body));
    // The link sent to the new address confirms nothing now.
    const lateConfirm = await call<{ error: { code: string } }>(
      url,
      'POST',
      '/api/auth/verify-email',
      { body: { token: confirmLink.token } },
    );
    assert.equal(lateConfirm.status, 400, JSON.stringify(lateConfirm.body));
    assert.equal(lateConfirm.body.error.code, 'INVALID_VERIFICATION_TOKEN');

    // The same link again: spent, and nothing to retry.
    const again = (await suite.open(revert.path)).page;
    await waitForText(again, 'revert-outcome', SPENT_PT);
    assert.equal(await again.getByRole('button', { name: 'Tentar de novo' }).count(), 0);
    assert.equal(await again.getByRole('link', { name: 'Esqueci minha senha' }).count(), 0);
    const still = await me(back.body.token);
    assert.equal(still.status, 200, 'a spent link ends no session');
    assert.equal(still.body.user.email, original);
  });

  test('the device that follows the link, signed in to the account, is signed out; mail in the page language', async () => {
    const account = await register(suite.stack.url, 'Iris');
    const moved = newEmail('iris-new');
    const { page } = await suite.open('/account', { session: account });
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await page.getByLabel('New e-mail').fill(moved);
    await page.getByLabel('Your account password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Change e-mail' }).click();
    await waitForText(
      page,
      'email-change-outcome',
      `Done: we sent a confirmation link to ${moved}.`,
    );
    await waitForText(page, 'email-unverified', 'E-mail not confirmed');

    const notice = await firstMail(account.user.email, NOTICE_SUBJECT);
    assert.equal(notice.subject, NOTICE_SUBJECT.en);
    assert.equal((await firstMail(moved, VERIFY_SUBJECT)).subject, VERIFY_SUBJECT.en);
    const revert = linkIn(notice, 'email-revert');

    // Cut the socket and the start-up check of the session off: only the
    // revert page itself can sign this device out.
    await page.route('**/socket.io/**', (route) => route.abort());
    await page.route('**/api/auth/me', (route) => route.abort());
    await page.goto(`${suite.stack.url}${revert.path}`);
    await page.getByRole('heading', { name: 'Restoring your e-mail address' }).waitFor();
    await waitForText(page, 'revert-outcome', 'Your e-mail address is back on the account');
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    assert.equal(await page.getByTestId('signed-in-user').count(), 0);
    assert.equal(await storedSession(page), null);
    await page.getByRole('link', { name: 'I forgot my password' }).waitFor();

    assert.equal((await me(account.token)).status, 401);
    const back = await login(account.user.email, 'correct horse battery');
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.equal(back.body.user.emailVerified, true);
  });

  test('an address taken meanwhile, and links without a usable token, say so', async () => {
    const url = suite.stack.url;
    const account = await register(url, 'Nina');
    const moved = newEmail('nina-new');
    const changed = await call<{ user: User }>(url, 'POST', '/api/auth/email', {
      token: account.token,
      body: { newEmail: moved, password: 'correct horse battery' },
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    const revert = linkIn(await firstMail(account.user.email, NOTICE_SUBJECT), 'email-revert');
    // Someone signs up with the address the account left.
    const squatter = await call(url, 'POST', '/api/auth/register', {
      body: { name: 'Outro', email: account.user.email, password: 'outra senha longa' },
    });
    assert.equal(squatter.status, 201, JSON.stringify(squatter.body));

    const { page } = await suite.open(revert.path);
    await waitForText(page, 'revert-outcome', 'Alguém já criou uma conta com este endereço');
    assert.equal(await page.getByRole('button', { name: 'Tentar de novo' }).count(), 0);
    const stays = await me(account.token);
    assert.equal(stays.status, 200, JSON.stringify(stays.body));
    assert.equal(stays.body.user.email, moved);

    const missing = (await suite.open('/email-revert')).page;
    await missing.getByRole('heading', { name: 'Devolução do endereço de e-mail' }).waitFor();
    await missing.getByRole('alert').getByText('Este link está incompleto').waitFor();

    const broken = (await suite.open('/email-revert#token=curto')).page;
    await waitForText(broken, 'revert-outcome', SPENT_PT);
    assert.equal(new URL(broken.url()).hash, '');
  });
});
