// Browser end-to-end for "Minha atividade" (/activity): the bidder sees where
// they stand in each auction they bid on, live, including auctions they bid
// on from another device; the seller sees what they sell; both are told on
// any page how an auction of theirs ended; an asker sees their questions and
// the seller's answer as soon as it is given.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { call, createAuction, register, type Session } from '../support/api-client.ts';
import { accessibilityViolations } from './support/accessibility.ts';
import { waitLive } from './support/browser.ts';
import { brl, screenshotBoth } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('my activity in the browser', { timeout: 120_000 }, () => {
  const suite = useBrowserSuite();
  let seller: Session;
  let ana: Session;
  let bruno: Session;

  before(async () => {
    [seller, ana, bruno] = await Promise.all([
      register(suite.stack.url, 'Vera Vendedora'),
      register(suite.stack.url, 'Ana'),
      register(suite.stack.url, 'Bruno'),
    ]);
  });

  const bid = async (who: Session, auctionId: string, amount: number) => {
    const reply = await call(suite.stack.url, 'POST', `/api/auctions/${auctionId}/bids`, {
      token: who.token,
      body: { amount },
    });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
  };

  /** The row or card of an auction in one section ("buying" or "selling"). */
  const entry = (page: Page, section: string, auctionId: string): Locator =>
    page.getByTestId(section).locator(`[data-auction-id="${auctionId}"]`);

  /** Waits until the section has read its list, so what follows arrives live. */
  const loaded = (page: Page, section: string) =>
    page
      .getByTestId(section)
      .locator('ul[aria-busy="false"]')
      .first()
      .waitFor({ state: 'attached' });

  const standing = (page: Page, auctionId: string, text: string) =>
    entry(page, 'buying', auctionId).getByTestId('my-standing').filter({ hasText: text }).waitFor();

  test('the bidder sees where they stand, live, in auctions bid on anywhere', async () => {
    const clock = await createAuction(suite.stack.url, seller.token, {
      title: 'Relógio de bolso',
      durationSeconds: 900,
    });
    const radio = await createAuction(suite.stack.url, seller.token, {
      title: 'Rádio valvulado',
      durationSeconds: 900,
      // Below the reserve, Buy It Now stays offered after a bid.
      reservePrice: 15_000,
      buyNowPrice: 20_000,
    });
    await bid(ana, clock.id, 1_000);

    const { page } = await suite.open('/', { session: ana });
    await waitLive(page);
    await page.getByRole('link', { name: 'Minha atividade' }).click();
    await page.getByRole('heading', { name: 'Minha atividade' }).waitFor();
    await Promise.all([loaded(page, 'buying'), loaded(page, 'selling')]);
    await standing(page, clock.id, 'Você está vencendo');
    await page.getByText('Você ainda não pôs nada à venda.').waitFor();
    assert.equal(await entry(page, 'buying', radio.id).count(), 0, 'not bid on: not listed');

    await bid(bruno, clock.id, 1_100);
    await standing(page, clock.id, 'Seu lance foi superado');

    // From another device: the auction joins the list as soon as Ana leads it.
    await bid(ana, radio.id, 1_000);
    await standing(page, radio.id, 'Você está vencendo');

    const bought = await call(suite.stack.url, 'POST', `/api/auctions/${radio.id}/buy-now`, {
      token: bruno.token,
    });
    assert.equal(bought.status, 201);
    await standing(page, radio.id, 'Não foi desta vez');
    assert.equal(
      await entry(page, 'buying', radio.id).getAttribute('data-testid'),
      'closed-auction',
      'finished auctions move to the finished list',
    );
    await screenshotBoth(page, 'activity-bidder');
  });

  test('the seller sees their auctions, and a new one at once', async () => {
    const { page } = await suite.open('/activity', { session: seller });
    await waitLive(page);
    await loaded(page, 'selling');
    await page.getByText('Você ainda não deu lances.', { exact: false }).waitFor();
    await page.getByText('Você ainda não fez perguntas.', { exact: false }).waitFor();
    const before = await page.getByTestId('selling').locator('[data-auction-id]').count();
    assert.ok(before >= 2, 'the auctions of the first test');

    const lamp = await createAuction(suite.stack.url, seller.token, {
      title: 'Luminária art déco',
    });
    await entry(page, 'selling', lamp.id).getByText('Luminária art déco').waitFor();
    await screenshotBoth(page, 'activity-seller');
  });

  test('the winner and the seller are told how it ended, on any page', async () => {
    const winner = await suite.open('/', { session: ana });
    const sellerView = await suite.open('/activity', { session: seller });
    await Promise.all([waitLive(winner.page), waitLive(sellerView.page)]);
    const typewriter = await createAuction(suite.stack.url, seller.token, {
      title: 'Máquina de escrever',
      durationSeconds: 3,
    });
    await bid(ana, typewriter.id, 1_000);

    const toast = (page: Page, text: string) =>
      page.getByTestId('alert').filter({ hasText: text }).waitFor({ timeout: 10_000 });
    await toast(winner.page, `Você arrematou “Máquina de escrever” por ${brl(1_000)}!`);
    await toast(sellerView.page, `Seu leilão “Máquina de escrever” foi vendido por ${brl(1_000)}.`);
    await screenshotBoth(winner.page, 'alert-won');
    await winner.page.getByTestId('alert').getByRole('link', { name: 'Ver leilão' }).click();
    await winner.page.getByTestId('auction-page').waitFor();
    assert.equal(await winner.page.getByTestId('alert').count(), 0, 'followed: gone');
  });

  test('the asker sees their questions, latest first, and an answer as soon as it is given', async () => {
    const url = suite.stack.url;
    const carla = await register(url, 'Carla');
    const [lamp, chair] = await Promise.all([
      createAuction(url, seller.token, { title: 'Abajur de opalina', durationSeconds: 900 }),
      createAuction(url, seller.token, { title: 'Cadeira austríaca', durationSeconds: 900 }),
    ]);
    const ask = async (auctionId: string, text: string) => {
      const reply = await call<{ question: { number: number } }>(
        url,
        'POST',
        `/api/auctions/${auctionId}/questions`,
        { token: carla.token, body: { text } },
      );
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      return reply.body.question.number;
    };
    const lampQuestion = await ask(lamp.id, 'Funciona em 220 V?');
    await ask(chair.id, 'A palhinha está inteira?');

    const { page } = await suite.open('/activity', { session: carla });
    await waitLive(page);
    await loaded(page, 'my-questions');
    const section = page.getByTestId('my-questions');
    await section.getByRole('heading', { level: 2, name: 'Minhas perguntas' }).waitFor();
    const asked = section.getByTestId('my-question');
    assert.deepEqual(
      await asked.getByRole('heading', { level: 3 }).allTextContents(),
      ['Cadeira austríaca', 'Abajur de opalina'],
      'the latest first',
    );
    assert.deepEqual(await asked.getByTestId('question-text').allTextContents(), [
      'A palhinha está inteira?',
      'Funciona em 220 V?',
    ]);
    assert.equal(
      await section.getByRole('link', { name: 'Cadeira austríaca' }).getAttribute('href'),
      `/auctions/${chair.id}`,
    );
    assert.equal(
      await section.getByText('Aguardando resposta do vendedor').count(),
      2,
      'neither answered yet',
    );

    // The seller answers while the page is open: it shows without a reload.
    const answered = await call(
      url,
      'POST',
      `/api/auctions/${lamp.id}/questions/${lampQuestion}/answer`,
      { token: seller.token, body: { text: 'Sim, e em 110 V.' } },
    );
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    const lampEntry = section.locator(`[data-auction-id="${lamp.id}"]`);
    await lampEntry.getByTestId('answer-text').filter({ hasText: 'Sim, e em 110 V.' }).waitFor();
    assert.equal(await lampEntry.getByTestId('answer-pending').count(), 0);
    await section
      .locator(`[data-auction-id="${chair.id}"]`)
      .getByText('Aguardando resposta do vendedor')
      .waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], 'axe on the questions listed');
    await screenshotBoth(page, 'activity-questions');

    await section.getByRole('link', { name: 'Abajur de opalina' }).click();
    await page.waitForURL(`**/auctions/${lamp.id}`);
    await page
      .getByTestId('questions')
      .getByTestId('answer-text')
      .filter({ hasText: 'Sim, e em 110 V.' })
      .waitFor();
  });

  test('asks a visitor to sign in', async () => {
    const { page } = await suite.open('/activity');
    await page.getByText('Entre na sua conta para ver seus lances e suas vendas.').waitFor();
    await page.getByRole('link', { name: 'Entrar' }).last().click();
    await page.waitForURL(/\/login\?next=%2Factivity$/);
  });
});
