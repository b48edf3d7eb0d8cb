// Browser end-to-end: accounts (sign up, sign out, sign in, kept across
// reloads), the create-auction form with its field messages, and the language
// switch — on the real stack.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { AccountExport, NotificationSettings } from '../../core/schemas.ts';
import { call, createAuction, register, type Session } from '../support/api-client.ts';
import { fieldOfApiError } from '../../web/src/forms/new-auction-form.ts';
import { PHONE, waitLive } from './support/browser.ts';
import { brl, screenshot, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('forms, accounts and language in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();
  let seller: Session;

  before(async () => {
    seller = await register(suite.stack.url, 'Sofia');
  });

  const open = suite.open;

  test('the session survives a reload; signing out and in again works', async () => {
    const { page } = await open('/signup');
    const email = `rita-${Date.now()}@example.com`;
    await page.getByLabel('Nome').fill('Rita');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Senha').fill('curta');
    await page.getByRole('button', { name: 'Criar conta' }).click();
    await waitForText(page, 'password-error', '8 caracteres');
    await page.getByLabel('Senha').fill('senha comprida');
    await page.getByRole('button', { name: 'Criar conta' }).click();
    await waitForText(page, 'signed-in-user', 'Rita');

    await page.reload();
    await waitForText(page, 'signed-in-user', 'Rita');
    await waitLive(page);

    await page.getByRole('button', { name: 'Sair' }).click();
    await page.getByRole('link', { name: 'Entrar' }).first().waitFor();
    await page.reload();
    assert.equal(await page.getByTestId('signed-in-user').count(), 0);

    await page.getByRole('link', { name: 'Entrar' }).first().click();
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Senha').fill('senha errada');
    await page.getByRole('button', { name: 'Entrar' }).last().click();
    await waitForText(page, 'form-error', 'E-mail ou senha incorretos');
    await page.getByLabel('Senha').fill('senha comprida');
    await page.getByRole('button', { name: 'Entrar' }).last().click();
    await waitForText(page, 'signed-in-user', 'Rita');
  });

  test('a session revoked elsewhere signs the page out and keeps it live', async () => {
    const session = await register(suite.stack.url, 'Ulisses');
    const { page } = await open('/', { session });
    await waitForText(page, 'signed-in-user', 'Ulisses');
    await waitLive(page);
    // Signing out on another device revokes the token and drops its sockets.
    assert.equal(
      (await call(suite.stack.url, 'POST', '/api/auth/logout', { token: session.token })).status,
      204,
    );
    await page.getByRole('link', { name: 'Entrar' }).first().waitFor();
    await waitLive(page);
    assert.equal(await page.evaluate(() => localStorage.getItem('arremate.session')), null);
  });

  test('changing the password, or asking, signs out the other devices, not this one', async () => {
    const account = await register(suite.stack.url, 'Wanda');
    const other = await call<Session>(suite.stack.url, 'POST', '/api/auth/login', {
      body: { email: account.user.email, password: 'correct horse battery' },
    });
    const here = await open('/', { session: account });
    const elsewhere = await open('/', { session: other.body, viewport: PHONE });
    await Promise.all([waitLive(here.page), waitLive(elsewhere.page)]);

    const { page } = here;
    await page.getByTestId('signed-in-user').click();
    await page.getByRole('heading', { name: 'Minha conta' }).waitFor();
    await page.getByText(account.user.email).waitFor();
    await page.getByLabel('Senha atual').fill('not the password');
    await page.getByLabel('Nova senha').fill('uma senha nova e longa');
    await page.getByRole('button', { name: 'Trocar a senha' }).click();
    await waitForText(page, 'currentPassword-error', 'A senha atual não confere.');

    await page.getByLabel('Senha atual').fill('correct horse battery');
    await page.getByRole('button', { name: 'Trocar a senha' }).click();
    await waitForText(page, 'password-outcome', 'Senha trocada.');
    await screenshot(page, 'account-password-changed');
    // The phone is signed out at once; this page stays signed in, and live.
    await elsewhere.page.getByRole('link', { name: 'Entrar' }).first().waitFor();
    await page.reload();
    await waitForText(page, 'signed-in-user', 'Wanda');
    await waitLive(page);
    const login = await call<Session>(suite.stack.url, 'POST', '/api/auth/login', {
      body: { email: account.user.email, password: 'uma senha nova e longa' },
    });
    assert.equal(login.status, 200);

    // That login is another device: signed out from here, without a password change.
    await page.getByRole('button', { name: 'Sair dos outros dispositivos' }).click();
    await waitForText(page, 'devices-outcome', '1 dispositivo desconectado.');
    const status = await call(suite.stack.url, 'GET', '/api/auth/me', { token: login.body.token });
    assert.equal(status.status, 401);
  });

  test('downloading one’s data saves a JSON file of the account', async () => {
    const account = await register(suite.stack.url, 'Yara');
    const auction = await createAuction(suite.stack.url, account.token, { title: 'Abajur' });
    const { page } = await open('/account', { session: account });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Baixar meus dados' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^arremate-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await download.path(), 'utf8')) as AccountExport;
    assert.deepEqual(data.account, account.user);
    assert.deepEqual(
      data.selling.map((sold) => sold.title),
      [auction.title],
    );
    await waitForText(page, 'export-outcome', 'Arquivo baixado.');
  });

  const OUTBID = 'Avisar quando meu lance for superado';
  const ENDING_SOON =
    'Avisar quando um leilão que acompanho ou em que dei lance estiver para terminar';
  const QUESTIONS = 'Avisar de perguntas sobre meus leilões e de respostas às minhas perguntas';
  const FEEDBACK = 'Avisar de avaliações que eu receber e de respostas às minhas';
  const SEARCHES = 'Novos anúncios das minhas buscas salvas';

  /** The e-mail choice's box, once the saved choices are read: enabled, and `checked` as given. */
  async function emailBox(page: Page, name: string, checked: boolean): Promise<Locator> {
    const box = page.getByRole('checkbox', { name, exact: true });
    await box
      .and(page.locator(checked ? 'input:enabled:checked' : 'input:enabled:not(:checked)'))
      .waitFor();
    return box;
  }

  /** The body of the next PUT of the notification choices the page sends. */
  function nextSave(page: Page): Promise<unknown> {
    return page
      .waitForRequest(
        (request) => request.method() === 'PUT' && request.url().endsWith('/api/me/notifications'),
      )
      .then((request) => request.postDataJSON());
  }

  const savedChoices = async (account: Session) =>
    (
      await call<NotificationSettings>(suite.stack.url, 'GET', '/api/me/notifications', {
        token: account.token,
      })
    ).body;

  test('outbid e-mails are turned off and on from the account page, for every device', async () => {
    const account = await register(suite.stack.url, 'Zeca');
    const { page } = await open('/account', { session: account });
    await emailBox(page, ENDING_SOON, true);
    const sent = nextSave(page);
    await (await emailBox(page, OUTBID, true)).uncheck();
    await waitForText(page, 'emails-outcome', 'você não receberá mais esses avisos');
    assert.deepEqual(await sent, { outbidEmails: false });
    assert.deepEqual(await savedChoices(account), {
      outbidEmails: false,
      endingSoonEmails: true,
      questionEmails: true,
      feedbackEmails: true,
      searchEmails: true,
    });
    const elsewhere = (await open('/account', { session: account, viewport: PHONE })).page;
    await emailBox(elsewhere, ENDING_SOON, true);
    await (await emailBox(elsewhere, OUTBID, false)).check();
    await waitForText(elsewhere, 'emails-outcome', 'você será avisado quando seu lance');
    await page.reload();
    await emailBox(page, OUTBID, true);
    await emailBox(page, ENDING_SOON, true);
  });

  test('ending-soon, question, feedback and saved-search e-mails are turned off and on on their own, the others kept', async () => {
    const account = await register(suite.stack.url, 'Zuleica');
    // Outbid e-mails already off, so a save of the wrong choice, or of both, shows.
    const off = await call(suite.stack.url, 'PUT', '/api/me/notifications', {
      token: account.token,
      body: { outbidEmails: false },
    });
    assert.equal(off.status, 200);
    const { page } = await open('/account', { session: account });
    await emailBox(page, OUTBID, false);
    const sent = nextSave(page);
    await (await emailBox(page, ENDING_SOON, true)).uncheck();
    await waitForText(page, 'emails-outcome', 'avisos de leilões para terminar');
    assert.deepEqual(await sent, { endingSoonEmails: false });
    assert.deepEqual(await savedChoices(account), {
      outbidEmails: false,
      endingSoonEmails: false,
      questionEmails: true,
      feedbackEmails: true,
      searchEmails: true,
    });

    await page.reload();
    await emailBox(page, OUTBID, false);
    const sentAgain = nextSave(page);
    await (await emailBox(page, ENDING_SOON, false)).check();
    await waitForText(page, 'emails-outcome', 'leilão que acompanha ou em que deu lance estiver');
    assert.deepEqual(await sentAgain, { endingSoonEmails: true });
    assert.deepEqual(await savedChoices(account), {
      outbidEmails: false,
      endingSoonEmails: true,
      questionEmails: true,
      feedbackEmails: true,
      searchEmails: true,
    });

    // The third box, on its own too.
    const sentQuestions = nextSave(page);
    await (await emailBox(page, QUESTIONS, true)).uncheck();
    await waitForText(page, 'emails-outcome', 'não receberá mais e-mails sobre perguntas');
    assert.deepEqual(await sentQuestions, { questionEmails: false });
    assert.equal((await savedChoices(account)).questionEmails, false);
    await page.reload();
    await emailBox(page, QUESTIONS, false);
    await emailBox(page, ENDING_SOON, true);

    // The fourth, ratings after a sale, on its own as well.
    const sentFeedback = nextSave(page);
    await (await emailBox(page, FEEDBACK, true)).uncheck();
    await waitForText(page, 'emails-outcome', 'não receberá mais e-mails sobre avaliações');
    assert.deepEqual(await sentFeedback, { feedbackEmails: false });
    assert.deepEqual(await savedChoices(account), {
      outbidEmails: false,
      endingSoonEmails: true,
      questionEmails: false,
      feedbackEmails: false,
      searchEmails: true,
    });
    await page.reload();
    await emailBox(page, FEEDBACK, false);
    await emailBox(page, QUESTIONS, false);

    // The fifth, new listings for saved searches, on its own too.
    const sentSearches = nextSave(page);
    await (await emailBox(page, SEARCHES, true)).uncheck();
    await waitForText(page, 'emails-outcome', 'os alertas de busca só aparecerão nas páginas');
    assert.deepEqual(await sentSearches, { searchEmails: false });
    assert.deepEqual(await savedChoices(account), {
      outbidEmails: false,
      endingSoonEmails: true,
      questionEmails: false,
      feedbackEmails: false,
      searchEmails: false,
    });
    await page.reload();
    await emailBox(page, SEARCHES, false);
    await emailBox(page, FEEDBACK, false);
  });

  test('deleting the account: refused while selling, the password asked, then signed out everywhere', async () => {
    const account = await register(suite.stack.url, 'Xana');
    const other = await call<Session>(suite.stack.url, 'POST', '/api/auth/login', {
      body: { email: account.user.email, password: 'correct horse battery' },
    });
    const here = await open('/account', { session: account });
    const elsewhere = await open('/', { session: other.body, viewport: PHONE });
    await waitLive(elsewhere.page);
    const { page } = here;
    const auction = await createAuction(suite.stack.url, account.token);

    const deleteButton = page.getByRole('button', { name: 'Excluir minha conta' });
    await deleteButton.click();
    const password = page.getByLabel('Sua senha, para confirmar');
    assert.equal(await password.evaluate((el) => el === document.activeElement), true);
    const confirmButton = page.getByRole('button', { name: 'Excluir a conta para sempre' });
    await confirmButton.click();
    await waitForText(page, 'deletePassword-error', 'Preencha este campo.');
    await password.fill('not the password');
    await confirmButton.click();
    await waitForText(page, 'deletePassword-error', 'A senha atual não confere.');
    await password.fill('correct horse battery');
    await confirmButton.click();
    await waitForText(page, 'delete-outcome', 'Você tem um leilão aberto.');
    assert.equal(
      await page.getByRole('link', { name: 'Ver o leilão' }).getAttribute('href'),
      `/auctions/${auction.id}`,
    );
    await screenshot(page, 'account-delete-refused');
    // Stepping back returns focus to the button that opened the form.
    await page.getByRole('button', { name: 'Manter a conta' }).click();
    assert.equal(await deleteButton.evaluate((el) => el === document.activeElement), true);

    const cancelled = await call(suite.stack.url, 'POST', `/api/auctions/${auction.id}/cancel`, {
      token: account.token,
    });
    assert.equal(cancelled.status, 200);
    await deleteButton.click();
    await password.fill('correct horse battery');
    await confirmButton.click();
    await page.getByRole('heading', { name: 'Conta excluída' }).waitFor();
    await page.getByRole('status').getByText('Sua conta foi excluída').waitFor();
    await page.getByRole('link', { name: 'Entrar' }).first().waitFor();
    // The other device is signed out at once.
    await elsewhere.page.getByRole('link', { name: 'Entrar' }).first().waitFor();
    const signIn = await call(suite.stack.url, 'POST', '/api/auth/login', {
      body: { email: account.user.email, password: 'correct horse battery' },
    });
    assert.equal(signIn.status, 401);
  });

  test('the create-auction form parses reais exactly and explains what is wrong', async () => {
    const { page } = await open('/new', { session: seller, viewport: PHONE });
    await page.getByLabel('Título').fill('Máquina de escrever Olivetti');
    await page.getByLabel('Descrição').fill('Lettera 32, com maleta.');
    await page.getByLabel('Lance inicial (R$)').fill('12,345');
    await page.getByLabel('Duração').fill('0');
    await page.getByRole('button', { name: 'Publicar leilão' }).click();
    await waitForText(page, 'startingPrice-error', 'ambíguo');
    await waitForText(page, 'duration-error', 'entre 1 segundo e 30 dias');
    await screenshot(page, 'new-auction-errors-phone');

    await page.getByLabel('Lance inicial (R$)').fill('1.234,56');
    await page.getByLabel('Duração').fill('2');
    await page.getByLabel('Unidade').selectOption('hours');
    await page.getByLabel('Incremento mínimo (R$)').fill('10');
    // A secret reserve, and a Buy It Now price that must be above it.
    await page.getByLabel('Preço de reserva (R$)').fill('2.000,00');
    await page.getByLabel('“Compre já” (R$)').fill('1.500,00');
    await page.getByRole('button', { name: 'Publicar leilão' }).click();
    await waitForText(page, 'buyNowPrice-error', 'maior que o lance inicial e que a reserva');
    await page.getByLabel('“Compre já” (R$)').fill('3.000,00');
    assert.equal(await page.getByLabel('Janela de prorrogação').inputValue(), '120');
    await page.getByLabel('Janela de prorrogação').selectOption({ label: '30 segundos' });
    await screenshot(page, 'new-auction-rules-phone');
    await page.getByRole('button', { name: 'Publicar leilão' }).click();

    await page.getByTestId('auction-page').waitFor();
    await waitForText(page, 'current-price', brl(123_456));
    await waitForText(page, 'auction-page', 'Este leilão é seu');
    await waitForText(page, 'reserve-status', 'Preço de reserva não atingido');
    await waitForText(page, 'auction-rules', 'Lances nos últimos 30 segundos prorrogam o leilão');
    assert.equal(await page.getByRole('button', { name: 'Dar lance' }).count(), 0);
    // The seller is never offered Buy It Now, and may cancel until the first bid.
    assert.equal(await page.getByRole('button', { name: /Compre já/ }).count(), 0);
    await page.getByRole('button', { name: 'Cancelar leilão' }).waitFor();
    const auctionId = page.url().split('/').at(-1) ?? '';
    const { body } = await call<{ buyNowPrice: number; hasReserve: boolean; minIncrement: number }>(
      suite.stack.url,
      'GET',
      `/api/auctions/${auctionId}`,
    );
    assert.deepEqual(
      [body.buyNowPrice, body.hasReserve, body.minIncrement],
      [300_000, true, 1_000],
    );
  });

  test('a scheduled start in the past and an empty increment (the default table)', async () => {
    const { page } = await open('/new', { session: seller });
    await page.getByLabel('Título').fill('Abajur');
    await page.getByLabel('Lance inicial (R$)').fill('300');
    await page.getByLabel('Agendar o início').check();
    await page.getByLabel('Começa em').fill('2000-01-01T00:00');
    await page.getByRole('button', { name: 'Publicar leilão' }).click();
    await waitForText(page, 'startsAt-error', 'início no futuro');
    await page.getByLabel('Agora').check();
    await page.getByRole('button', { name: 'Publicar leilão' }).click();
    await page.getByTestId('auction-page').waitFor();
    // R$ 300,00 is in the R$ 250–500 band of the default table: R$ 5,00.
    await waitForText(page, 'auction-rules', `Incremento mínimo: ${brl(500)}`);
  });

  test('an end time in the past is refused beside the field', async () => {
    const { page } = await open('/new', { session: seller });
    await page.getByLabel('Título').fill('Relógio');
    await page.getByLabel('Lance inicial (R$)').fill('1234.56');
    await page.getByLabel('Em uma data e hora').check();
    await page.getByLabel('Termina em').fill('2000-01-01T00:00');
    await page.getByRole('button', { name: 'Publicar leilão' }).click();
    await waitForText(page, 'endsAt-error', 'momento no futuro');
  });

  test('the API’s 400s name the field, so the form can show them beside it', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'x'.repeat(121), startingPrice: 100, durationSeconds: 60 }, 'title'],
      [{ title: 'ok', startingPrice: 0, durationSeconds: 60 }, 'startingPrice'],
      [{ title: 'ok', startingPrice: 100, durationSeconds: 0 }, 'duration'],
      [
        { title: 'ok', startingPrice: 100, durationSeconds: 60, softCloseSeconds: 4000 },
        'softCloseSeconds',
      ],
      [{ title: 'ok', startingPrice: 100, durationSeconds: 60, minIncrement: 1.5 }, 'minIncrement'],
      [{ title: 'ok', startingPrice: 100, endsAt: '2000-01-01T00:00:00Z' }, 'endsAt'],
    ];
    for (const [body, field] of cases) {
      const reply = await call<{
        error: { code: string; message: string } & Record<string, unknown>;
      }>(suite.stack.url, 'POST', '/api/auctions', { token: seller.token, body });
      assert.equal(reply.status, 400, JSON.stringify(reply.body));
      const { code, message, ...details } = reply.body.error;
      assert.equal(code, 'VALIDATION_FAILED');
      assert.equal(fieldOfApiError(details, message), field, message);
    }
  });

  test('English is one click away and remembered', async () => {
    const { page } = await open('/');
    await page.getByRole('heading', { name: 'Leilões abertos' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Open auctions' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.reload();
    await page.getByRole('heading', { name: 'Open auctions' }).waitFor();
    await page.getByRole('button', { name: 'Mudar para português' }).click();
    await page.getByRole('heading', { name: 'Leilões abertos' }).waitFor();
  });

  test('keyboard only: skip link, visible focus, bid with Enter', async () => {
    const bidder = await register(suite.stack.url, 'Tiago');
    const created = await fetch(`${suite.stack.url}/api/auctions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${seller.token}` },
      body: JSON.stringify({
        title: 'Teclado mecânico',
        startingPrice: 15_000,
        durationSeconds: 600,
      }),
    });
    const auction = (await created.json()) as { id: string };
    const { page } = await open(`/auctions/${auction.id}`, { session: bidder });
    await waitLive(page);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Pular para o conteúdo' });
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(outline, 'solid', 'focus is visible');

    await page.getByLabel('Seu lance (R$)').focus();
    await page.keyboard.press('Enter');
    await waitForText(page, 'bid-feedback', `Lance de ${brl(15_000)} aceito`);
  });
});
