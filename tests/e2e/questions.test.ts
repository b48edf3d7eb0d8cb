// Browser end-to-end for questions to the seller on the real stack: a buyer
// asks on the auction page and everyone on it sees the question live; the
// seller, on another page, is alerted, follows the alert and answers; the
// asker sees the answer live, or is alerted elsewhere. Also what each viewer
// may do, the page's own checks, a lost event and a reconnection caught up by
// reading the list again, English, and axe.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { call, createAuction, eventually, register, type Session } from '../support/api-client.ts';
import { accessibilityViolations } from './support/accessibility.ts';
import { PHONE, waitLive, waitWatching } from './support/browser.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { filterSocketEvents, type SocketFilter } from './support/socket-filter.ts';
import { useBrowserSuite } from './support/suite.ts';

interface Listed {
  items: { number: number; text: string; answer: { text: string } | null }[];
  version: number;
}

describe('questions to the seller in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();
  let seller: Session;
  let ana: Session;
  let bruno: Session;
  let carla: Session;

  before(async () => {
    [seller, ana, bruno, carla] = await Promise.all([
      register(suite.stack.url, 'Vera Vendedora'),
      register(suite.stack.url, 'Ana'),
      register(suite.stack.url, 'Bruno'),
      register(suite.stack.url, 'Carla'),
    ]);
  });

  const newAuction = (title: string) =>
    createAuction(suite.stack.url, seller.token, { title, durationSeconds: 900 });

  /** Asks through the API (another device), through `base` (default: the browsers' replica). */
  const askThroughApi = async (who: Session, auctionId: string, text: string, base?: string) => {
    const reply = await call(
      base ?? suite.stack.url,
      'POST',
      `/api/auctions/${auctionId}/questions`,
      {
        token: who.token,
        body: { text },
      },
    );
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
  };

  const listed = async (auctionId: string) =>
    (await call<Listed>(suite.stack.url, 'GET', `/api/auctions/${auctionId}/questions`)).body;

  /** The texts of the questions shown, in the order shown. */
  const shownQuestions = (page: Page) =>
    page.getByTestId('questions').getByTestId('question-text').allTextContents();

  const question = (page: Page, number: number) =>
    page.getByTestId('questions').locator(`[data-testid="question"][data-number="${number}"]`);

  const askInPage = async (page: Page, text: string) => {
    await page.getByLabel('Sua pergunta').fill(text);
    await page.getByRole('button', { name: 'Perguntar' }).click();
  };

  const focusedTestId = (page: Page) =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? null);

  test('asked on the page, seen live, the seller alerted elsewhere answers, the asker sees it', async () => {
    const auction = await newAuction('Vitrola Philips');
    const path = `/auctions/${auction.id}`;
    const anaView = await suite.open(path, { session: ana });
    const visitor = await suite.open(path, { viewport: PHONE });
    const sellerView = await suite.open('/', { session: seller });
    await Promise.all([
      waitWatching(anaView.page),
      waitWatching(visitor.page),
      waitLive(sellerView.page),
    ]);
    const { page } = anaView;
    await page.getByTestId('questions-empty').waitFor();
    // A visitor is asked to sign in, coming back here.
    const prompt = visitor.page.getByTestId('questions');
    await prompt.getByText('Entre na sua conta para perguntar ao vendedor.').waitFor();
    assert.equal(await visitor.page.getByLabel('Sua pergunta').count(), 0);
    assert.equal(
      await prompt.getByRole('link', { name: 'Entrar' }).getAttribute('href'),
      `/login?next=${encodeURIComponent(path)}`,
    );

    // Markup in a question is text, never HTML.
    const text = 'Funciona em 220 V? <b>Tem</b> garantia?';
    await page.getByLabel('Sua pergunta').fill(text);
    await waitForText(page, 'ask-question-count', `${text.length} de 500 caracteres`);
    await page.getByRole('button', { name: 'Perguntar' }).click();
    await waitForText(page, 'ask-question-outcome', 'Pergunta enviada');
    assert.deepEqual(await shownQuestions(page), [text], 'shown at once');
    assert.equal(await question(page, 1).locator('b').count(), 0);
    assert.equal(await page.getByLabel('Sua pergunta').inputValue(), '', 'ready for another');
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'ask-question',
      'focus stays in the field',
    );
    await waitForText(page, 'answer-pending', 'Aguardando resposta do vendedor');

    await waitForText(visitor.page, 'question-text', text);
    await waitForText(visitor.page, 'question-asker', 'Ana');
    await waitForText(visitor.page, 'announcer', `Nova pergunta de Ana: ${text}`);

    // The seller, on the lobby, is told and follows the alert.
    await waitForText(sellerView.page, 'alert', 'Nova pergunta em “Vitrola Philips”.');
    await screenshotBoth(sellerView.page, 'alert-question-asked');
    await sellerView.page.getByTestId('alert').getByRole('link', { name: 'Responder' }).click();
    await waitWatching(sellerView.page);
    const sellerPage = sellerView.page;
    assert.equal(await sellerPage.getByTestId('alert').count(), 0, 'followed: gone');
    assert.equal(await sellerPage.getByLabel('Sua pergunta').count(), 0, 'sellers do not ask');
    assert.equal(await sellerPage.getByText('Entre na sua conta para perguntar').count(), 0);

    // Bruno asks too, and leaves for the lobby; the seller, on the page, sees it live, unalerted.
    const brunoView = await suite.open(path, { session: bruno });
    await waitWatching(brunoView.page);
    await askInPage(brunoView.page, 'Aceita retirar em mãos?');
    await waitForText(brunoView.page, 'ask-question-outcome', 'Pergunta enviada');
    await waitForText(sellerPage, 'question-text', 'Aceita retirar em mãos?');
    await waitForText(sellerPage, 'announcer', 'Nova pergunta de Bruno: Aceita retirar em mãos?');
    assert.equal(await sellerPage.getByTestId('alert').count(), 0, 'no alert on the page itself');
    await brunoView.page.getByRole('link', { name: 'Voltar aos leilões' }).click();
    await waitLive(brunoView.page);
    await screenshotBoth(sellerPage, 'questions-seller');

    // The seller answers question 1: Ana, on the page, sees it live and is not alerted.
    await sellerPage
      .getByLabel('Sua resposta à pergunta 1')
      .fill('Sim, bivolt. Garantia de 90 dias.');
    await question(sellerPage, 1).getByRole('button', { name: 'Responder' }).click();
    await waitForText(sellerPage, 'answer-text', 'Sim, bivolt. Garantia de 90 dias.');
    assert.equal(await focusedTestId(sellerPage), 'answer', 'focus on the answer given');
    assert.equal(await question(sellerPage, 1).getByRole('textbox').count(), 0, 'answered once');
    await question(page, 1)
      .getByTestId('answer-text')
      .filter({ hasText: 'Sim, bivolt. Garantia de 90 dias.' })
      .waitFor();
    await waitForText(page, 'announcer', 'O vendedor respondeu à pergunta 1: Sim, bivolt.');
    assert.equal(await question(page, 1).getByTestId('answer-pending').count(), 0);
    await waitForText(visitor.page, 'answer-text', 'Sim, bivolt.');
    assert.equal(await page.getByTestId('alert').count(), 0);

    // Question 2: Bruno, on the lobby, is alerted and follows it to the answer.
    await sellerPage.getByLabel('Sua resposta à pergunta 2').fill('Sim, em Campinas.');
    await question(sellerPage, 2).getByRole('button', { name: 'Responder' }).click();
    await waitForText(
      brunoView.page,
      'alert',
      'O vendedor respondeu sua pergunta em “Vitrola Philips”.',
    );
    await screenshotBoth(brunoView.page, 'alert-question-answered');
    await brunoView.page.getByTestId('alert').getByRole('link', { name: 'Ver resposta' }).click();
    await question(brunoView.page, 2)
      .getByTestId('answer-text')
      .filter({ hasText: 'Sim, em Campinas.' })
      .waitFor();
    assert.equal(await sellerView.page.getByTestId('alert').count(), 0, 'the seller: none');
    await screenshotBoth(page, 'questions-asker');
    await screenshotBoth(visitor.page, 'questions-visitor');
  });

  test('the seller removes a question, asked first; it goes from a visitor’s page live', async () => {
    const auction = await newAuction('Abajur de cristal');
    await askThroughApi(ana, auction.id, 'Funciona em 220 V?');
    await askThroughApi(bruno, auction.id, 'Me chama no zap 99999-0000');
    const path = `/auctions/${auction.id}`;
    const visitor = (await suite.open(path, { viewport: PHONE })).page;
    await waitWatching(visitor);
    await eventually(async () => (await shownQuestions(visitor)).length === 2);
    assert.equal(await visitor.getByRole('button', { name: /Remover a pergunta/ }).count(), 0);

    const { page } = await suite.open(path, { session: seller });
    await waitWatching(page);
    const spam = question(page, 2);
    await spam.getByRole('button', { name: 'Remover a pergunta 2' }).click();
    await page.getByRole('button', { name: 'Voltar' }).click();
    assert.equal(await spam.count(), 1, 'stepping back keeps it');
    await spam.getByRole('button', { name: 'Remover a pergunta 2' }).click();
    await page.getByRole('button', { name: 'Sim, remover' }).click();
    await eventually(async () => (await question(page, 2).count()) === 0);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'questions-title');
    await eventually(async () => (await shownQuestions(visitor)).length === 1);
    assert.deepEqual(await shownQuestions(visitor), ['Funciona em 220 V?']);
    assert.deepEqual(
      (await listed(auction.id)).items.map((item) => item.number),
      [1],
    );
  });

  test('a blank question is refused in the page; a 501st character cannot be typed', async () => {
    const auction = await newAuction('Luneta de latão');
    const { page } = await suite.open(`/auctions/${auction.id}`, { session: carla });
    await waitWatching(page);
    await askInPage(page, '   \n  ');
    await waitForText(page, 'ask-question-error', 'Escreva sua pergunta antes de enviar.');
    assert.equal(await page.getByLabel('Sua pergunta').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ask-question');
    assert.equal((await listed(auction.id)).items.length, 0, 'nothing sent');

    const field = page.getByLabel('Sua pergunta');
    await field.fill('x'.repeat(500));
    await field.press('End');
    await field.pressSequentially('yz');
    assert.equal((await field.inputValue()).length, 500, 'the field takes no more');
    await waitForText(page, 'ask-question-count', '500 de 500 caracteres');
    assert.equal(await page.getByTestId('ask-question-error').count(), 0, 'typing clears it');
    await page.getByRole('button', { name: 'Perguntar' }).click();
    await waitForText(page, 'ask-question-outcome', 'Pergunta enviada');
    assert.deepEqual(
      (await listed(auction.id)).items.map((item) => item.text.length),
      [500],
    );
  });

  test('a lost question event is noticed by the version gap and the list read again', async () => {
    const auction = await newAuction('Máquina fotográfica Yashica');
    let dropNext = true;
    let filter: SocketFilter | undefined;
    const { page } = await suite.open(`/auctions/${auction.id}`, {
      beforeLoad: async (page) => {
        filter = await filterSocketEvents(page, (event) => {
          if (event !== 'question:asked' || !dropNext) return false;
          dropNext = false;
          return true;
        });
      },
    });
    await waitLive(page);
    await filter?.upgraded();
    await waitWatching(page);
    await page.getByTestId('questions-empty').waitFor();

    await askThroughApi(ana, auction.id, 'Qual a lente?');
    await eventually(() => filter?.dropped.length === 1, 10_000);
    await page.waitForTimeout(500);
    assert.deepEqual(await shownQuestions(page), [], 'the first event really was lost');

    // Its version skips one: without reading the list again it would wait forever.
    await askThroughApi(bruno, auction.id, 'O fotômetro funciona?');
    await waitForText(page, 'question-text', 'O fotômetro funciona?');
    assert.deepEqual(await shownQuestions(page), ['Qual a lente?', 'O fotômetro funciona?']);
  });

  test('after the connection comes back, what was asked meanwhile is read again', async () => {
    const auction = await newAuction('Relógio cuco');
    const { page } = await suite.open(`/auctions/${auction.id}`);
    await waitWatching(page);
    await page.getByTestId('questions-empty').waitFor();
    await suite.stack.restartPrimary('SIGTERM', async () => {
      await page.locator('.connection[data-state="disconnected"]').waitFor();
      // Asked through the other replica while this page's server is down: no event reaches it.
      await askThroughApi(carla, auction.id, 'Ainda toca de hora em hora?', suite.stack.spareUrl);
    });
    await waitForText(page, 'question-text', 'Ainda toca de hora em hora?', 20_000);
    await waitWatching(page);
    assert.deepEqual(await shownQuestions(page), ['Ainda toca de hora em hora?']);
  });

  test('in English: the section, the form and the API’s refusals', async () => {
    const dora = await register(suite.stack.url, 'Dora');
    const auction = await newAuction('Brass telescope');
    await askThroughApi(bruno, auction.id, 'Does it come with a tripod?');
    const { page } = await suite.open(`/auctions/${auction.id}`, { session: dora });
    await waitWatching(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Questions to the seller' }).waitFor();
    await waitForText(page, 'answer-pending', 'Waiting for the seller’s answer');
    await waitForText(page, 'question', 'Question 1');
    await waitForText(page, 'ask-question-count', '0 of 500 characters');

    await page.getByLabel('Your question').fill('  ');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await waitForText(page, 'ask-question-error', 'Write your question before sending it.');

    // Five asked from another device use up Dora's burst: the sixth is refused by the API.
    for (let i = 1; i <= 5; i++) await askThroughApi(dora, auction.id, `Question ${i}?`);
    await page.getByLabel('Your question').fill('And a sixth?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await waitForText(page, 'ask-question-outcome', 'Too many attempts in a short time.');
    assert.equal(await page.getByLabel('Your question').inputValue(), 'And a sixth?', 'kept');
    assert.equal((await listed(auction.id)).items.length, 6);
  });

  test('axe finds nothing on the page with questions, for the asker, the seller and a visitor', async () => {
    const auction = await newAuction('Abajur de opalina');
    await askThroughApi(ana, auction.id, 'Qual a altura?');
    await askThroughApi(bruno, auction.id, 'A cúpula tem trincas?');
    const answered = await call(
      suite.stack.url,
      'POST',
      `/api/auctions/${auction.id}/questions/1/answer`,
      { token: seller.token, body: { text: 'Quarenta centímetros.' } },
    );
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    for (const session of [ana, seller, undefined])
      for (const viewport of [undefined, PHONE]) {
        const { page } = await suite.open(`/auctions/${auction.id}`, { session, viewport });
        await waitForText(page, 'answer-text', 'Quarenta centímetros.');
        await page.getByTestId('answer-pending').waitFor();
        const who = session === ana ? 'asker' : session ? 'seller' : 'visitor';
        assert.deepEqual(
          await accessibilityViolations(page),
          [],
          `${who} (${viewport ? 'phone' : 'desktop'})`,
        );
        await page.close();
      }
  });
});
