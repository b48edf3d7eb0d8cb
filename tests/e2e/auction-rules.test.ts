// Browser end-to-end for issue 8's rules on the real stack: proxy bidding
// with a secret maximum (and the leader raising it), Buy It Now, a scheduled start, the soft-close
// extension, the seller cancelling, the watchlist and the per-user alerts
// (outbid, ending soon) on any page.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { call, createAuction, register, type Session } from '../support/api-client.ts';
import { PHONE, waitLive, waitWatching } from './support/browser.ts';
import {
  brl,
  documentHtml,
  screenshotBoth,
  waitForHistory,
  waitForText,
} from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

/** Ending-soon notices this long before the end, so a test can wait for one. */
const ENDING_SOON_SECONDS = 4;

describe('auction rules in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite({ apiEnv: { ENDING_SOON_SECONDS: String(ENDING_SOON_SECONDS) } });
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

  const open = suite.open;

  const bidThroughApi = async (who: Session, auctionId: string, body: object) => {
    const reply = await call(suite.stack.url, 'POST', `/api/auctions/${auctionId}/bids`, {
      token: who.token,
      body,
    });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
  };

  /** Bids through the page's form: amount and, optionally, a secret maximum. */
  const bidInPage = async (page: Page, amount: string, maximum = '') => {
    await page.getByLabel('Seu lance (R$)').fill(amount);
    await page.getByLabel('Lance máximo (automático, R$)').fill(maximum);
    await page.getByRole('button', { name: 'Dar lance' }).click();
  };

  /** Marks ("automático", "compre já") of the history rows, newest first. */
  const historyMarks = (page: Page) =>
    page
      .getByTestId('bid-row')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('.badge--auto, .badge--buy-now')].map((b) => b.textContent),
        ),
      );

  test('proxy bidding: the maximum answers for its owner, marked live, and stays secret', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Câmera Rolleiflex',
      startingPrice: 10_000,
      minIncrement: 1_000,
      durationSeconds: 900,
    });
    const path = `/auctions/${auction.id}`;
    const anaPage = await open(path, { session: ana });
    const brunoPage = await open(path, { session: bruno, viewport: PHONE });
    await Promise.all([waitLive(anaPage.page), waitLive(brunoPage.page)]);

    // Ana bids R$ 100,00 with a secret maximum of R$ 437,00.
    await bidInPage(anaPage.page, '100', '437');
    await waitForText(
      anaPage.page,
      'bid-feedback',
      `Você lidera com lance automático até seu máximo de ${brl(43_700)}`,
    );
    await waitForText(anaPage.page, 'own-maximum', `Seu lance máximo: ${brl(43_700)}`);

    // Bruno bids R$ 200,00: Ana's maximum answers at once with R$ 210,00.
    await waitForText(brunoPage.page, 'minimum-bid', brl(11_000));
    await bidInPage(brunoPage.page, '200');
    await waitForText(brunoPage.page, 'bid-feedback', 'superado por um lance automático');
    for (const { page } of [anaPage, brunoPage]) {
      await waitForHistory(page, [3, 2, 1]);
      await waitForText(page, 'current-price', brl(21_000));
      await waitForText(page, 'leader', 'Ana');
      assert.deepEqual(await historyMarks(page), [['automático'], [], []]);
    }

    // The maximum is nowhere in Bruno's page or storage; Ana keeps seeing hers after a reload.
    // Whole numbers only: ids and tokens are random text that may hold "437".
    const secrets = [/\b437\b/, /\b43700\b/, /\b43\.700\b/];
    const brunoHtml = await documentHtml(brunoPage.page);
    for (const secret of secrets) assert.doesNotMatch(brunoHtml, secret);
    const brunoStorage = await brunoPage.page.evaluate(() => JSON.stringify({ ...localStorage }));
    for (const secret of secrets) assert.doesNotMatch(brunoStorage, secret);
    await screenshotBoth(anaPage.page, 'proxy-bidding-leader');
    await screenshotBoth(brunoPage.page, 'proxy-bidding-topped');
    await anaPage.page.reload();
    await waitForText(anaPage.page, 'own-maximum', brl(43_700));
    // Her phone (another browser, nothing stored) learns it from the API while she leads.
    const anaPhone = await open(path, { session: ana, viewport: PHONE });
    await waitLive(anaPhone.page);
    await waitForText(anaPhone.page, 'own-maximum', `Seu lance máximo: ${brl(43_700)}`);
  });

  test('the leader raises their maximum without moving the price; it answers the next bid', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Relógio Omega',
      startingPrice: 10_000,
      minIncrement: 1_000,
      durationSeconds: 900,
    });
    const path = `/auctions/${auction.id}`;
    const anaPage = await open(path, { session: ana });
    const brunoPage = await open(path, { session: bruno });
    await Promise.all([waitLive(anaPage.page), waitLive(brunoPage.page)]);
    await bidInPage(anaPage.page, '100', '150');
    await waitForText(anaPage.page, 'own-maximum', `Seu lance máximo: ${brl(15_000)}`);
    // Only the leader is offered the raise.
    assert.equal(await brunoPage.page.getByTestId('raise-max').count(), 0);

    await anaPage.page.getByText('Aumentar meu lance máximo').click();
    await anaPage.page.getByLabel('Novo lance máximo (R$)').fill('120');
    await anaPage.page.getByRole('button', { name: 'Salvar máximo' }).click();
    await waitForText(anaPage.page, 'raise-max-feedback', 'só pode subir');
    await anaPage.page.getByLabel('Novo lance máximo (R$)').fill('400');
    await anaPage.page.getByRole('button', { name: 'Salvar máximo' }).click();
    await waitForText(
      anaPage.page,
      'raise-max-feedback',
      `seu lance máximo agora é ${brl(40_000)}`,
    );
    await waitForText(anaPage.page, 'own-maximum', `Seu lance máximo: ${brl(40_000)}`);
    await waitForText(anaPage.page, 'current-price', brl(10_000));
    await screenshotBoth(anaPage.page, 'raise-maximum');

    // Bruno bids R$ 300,00: above Ana's first maximum, below her new one.
    await waitForText(brunoPage.page, 'minimum-bid', brl(11_000));
    await bidInPage(brunoPage.page, '300');
    await waitForText(brunoPage.page, 'bid-feedback', 'superado por um lance automático');
    for (const { page } of [anaPage, brunoPage]) {
      await waitForHistory(page, [3, 2, 1]);
      await waitForText(page, 'current-price', brl(31_000));
      await waitForText(page, 'leader', 'Ana');
    }
    const brunoHtml = await documentHtml(brunoPage.page);
    for (const secret of ['400,00', '40000', '40.000']) assert.ok(!brunoHtml.includes(secret));
  });

  test('whoever is outbid is alerted on any other page, with a link back', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Gramofone Victor',
      startingPrice: 5_000,
      minIncrement: 500,
      durationSeconds: 900,
    });
    await bidThroughApi(ana, auction.id, { amount: 5_000, maxAmount: 6_000 });
    const { page } = await open('/', { session: ana });
    await waitLive(page);

    // Bruno's maximum beats Ana's: she is outbid while looking at the lobby.
    await bidThroughApi(bruno, auction.id, { amount: 5_500, maxAmount: 9_000 });
    await waitForText(page, 'alert', 'Seu lance foi superado em “Gramofone Victor”');
    await screenshotBoth(page, 'alert-outbid');
    // A reload does not lose it: it stays until dismissed or followed. A tab
    // opened afterwards shows it too, and loses it when the first follows it.
    await page.reload();
    await waitForText(page, 'alert', 'Seu lance foi superado em “Gramofone Victor”');
    const otherTab = await page.context().newPage();
    await otherTab.goto(new URL('/watchlist', page.url()).href);
    await waitForText(otherTab, 'alert', 'Seu lance foi superado em “Gramofone Victor”');
    await page.getByTestId('alert').getByRole('link', { name: 'Dar novo lance' }).click();
    await page.getByTestId('auction-page').waitFor();
    await waitForText(page, 'current-price', brl(6_500));
    assert.equal(await page.getByTestId('alert').count(), 0, 'followed alerts go away');
    await otherTab.getByTestId('alert').waitFor({ state: 'detached' });
    await otherTab.close();
    await page.reload();
    await page.getByTestId('auction-page').waitFor();
    await waitLive(page);
    assert.equal(await page.getByTestId('alert').count(), 0, 'and do not come back');
  });

  test('Buy It Now closes the auction at once, live for a watcher', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Poltrona Mole',
      startingPrice: 10_000,
      reservePrice: 15_000,
      buyNowPrice: 25_000,
      minIncrement: 1_000,
      durationSeconds: 900,
    });
    // A bid below the reserve: Buy It Now is still offered.
    await bidThroughApi(bruno, auction.id, { amount: 10_000 });
    const path = `/auctions/${auction.id}`;
    const buyer = await open(path, { session: ana });
    const watcher = await open(path, { viewport: PHONE });
    await Promise.all([waitLive(buyer.page), waitLive(watcher.page)]);
    await waitForText(watcher.page, 'reserve-status', 'Preço de reserva não atingido');

    await buyer.page.getByRole('button', { name: `Compre já por ${brl(25_000)}` }).click();
    await waitForText(buyer.page, 'buy-now', 'O leilão termina agora');
    await screenshotBoth(buyer.page, 'buy-now-confirm');
    await buyer.page.getByRole('button', { name: `Confirmar compra por ${brl(25_000)}` }).click();
    await waitForText(
      buyer.page,
      'auction-result',
      `Você comprou este lote no “Compre já” por ${brl(25_000)}`,
    );

    await waitForText(
      watcher.page,
      'auction-result',
      `Comprado por Ana no “Compre já” por ${brl(25_000)}`,
    );
    await waitForHistory(watcher.page, [2, 1]);
    assert.deepEqual(await historyMarks(watcher.page), [['compre já'], []]);
    assert.equal(await watcher.page.getByRole('button', { name: 'Dar lance' }).count(), 0);
    await screenshotBoth(watcher.page, 'buy-now-closed');
  });

  test('a scheduled auction counts down to its start and takes bids only then; a late bid extends it', async () => {
    const { body: clock } = await call<{ now: string }>(suite.stack.url, 'GET', '/api/time');
    // Time enough to open both pages and read the countdown on a busy machine
    // (a CI run once spent 5 s before the page said *Começa em*).
    const startsAtMs = Date.parse(clock.now) + 9_000;
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Violão Di Giorgio',
      startingPrice: 30_000,
      durationSeconds: 20,
      softCloseSeconds: 30,
      startsAt: new Date(startsAtMs).toISOString(),
      maxEndsAt: new Date(startsAtMs + 60_000).toISOString(),
    });
    const lobby = await open('/', { viewport: PHONE });
    const { page } = await open(`/auctions/${auction.id}`, { session: bruno });
    await Promise.all([waitLive(lobby.page), waitLive(page)]);

    const card = lobby.page.locator(
      `[data-testid="open-auction"][data-auction-id="${auction.id}"]`,
    );
    await card.getByTestId('card-starts-in').waitFor();
    await waitForText(page, 'bids-open-at', 'O leilão ainda não começou');
    await waitForText(page, 'auction-page', 'Começa em');
    assert.equal(await page.getByRole('button', { name: 'Dar lance' }).isDisabled(), true);
    await waitForText(page, 'auction-rules', 'Lances nos últimos 30 segundos prorrogam o leilão');
    await waitForText(page, 'auction-rules', 'Prorrogações nunca passam de');
    await screenshotBoth(page, 'auction-scheduled');
    await screenshotBoth(lobby.page, 'lobby-scheduled');

    // At the start (on the server's clock) the form opens by itself.
    await page.getByTestId('bids-open-at').waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByRole('button', { name: 'Dar lance' }).click();
    await waitForText(page, 'bid-feedback', 'aceito');
    // 20 s of auction, 30 s window: the bid moved the end, and the page says so.
    await waitForText(page, 'extended-notice', 'Leilão prorrogado');
    await card.getByTestId('card-ends-in').waitFor();
    await screenshotBoth(page, 'auction-extended');
    // A visitor arriving now is told too: the auction keeps its first end.
    const late = await open(`/auctions/${auction.id}`, { viewport: PHONE });
    await waitForText(late.page, 'extended-notice', 'Leilão prorrogado');
  });

  test('the seller cancels before the first bid, and a watcher sees it at once', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Máquina de costura Singer',
      durationSeconds: 900,
    });
    const path = `/auctions/${auction.id}`;
    const sellerPage = await open(path, { session: seller });
    const watcher = await open(path, { session: bruno, viewport: PHONE });
    await Promise.all([waitLive(sellerPage.page), waitLive(watcher.page)]);

    const { page } = sellerPage;
    await page.getByRole('button', { name: 'Cancelar leilão' }).click();
    await page.getByRole('button', { name: 'Voltar' }).click();
    // Stepping back returns focus to the button that asked.
    assert.equal(
      await page
        .getByRole('button', { name: 'Cancelar leilão' })
        .evaluate((el) => el === document.activeElement),
      true,
    );
    await page.getByRole('button', { name: 'Cancelar leilão' }).click();
    await screenshotBoth(page, 'cancel-confirm');
    await page.getByRole('button', { name: 'Sim, cancelar o leilão' }).click();
    await waitForText(page, 'auction-result', 'O vendedor cancelou este leilão');

    await waitForText(watcher.page, 'auction-result', 'Cancelado. O vendedor cancelou este leilão');
    assert.equal(await watcher.page.getByRole('button', { name: 'Dar lance' }).count(), 0);
    await screenshotBoth(watcher.page, 'auction-cancelled');

    // Once someone has bid, cancelling is not offered.
    const withBid = await createAuction(suite.stack.url, seller.token, { durationSeconds: 900 });
    await bidThroughApi(bruno, withBid.id, { amount: 1_000 });
    await page.goto(`${suite.stack.url}/auctions/${withBid.id}`);
    await waitForText(page, 'auction-page', 'Este leilão é seu');
    assert.equal(await page.getByRole('button', { name: 'Cancelar leilão' }).count(), 0);
  });

  test('an auction’s page says how many watch it, live, and the viewer’s star counts at once', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Bússola de bolso',
      durationSeconds: 900,
    });
    for (const who of [ana, bruno])
      await call(suite.stack.url, 'PUT', `/api/me/watchlist/${auction.id}`, { token: who.token });
    const elisa = await register(suite.stack.url, 'Elisa');
    const { page } = await open(`/auctions/${auction.id}`, { session: elisa });
    await waitForText(page, 'watcher-count', '2 pessoas acompanham este leilão');
    const stored = page.waitForResponse((r) => r.url().endsWith(`/api/me/watchlist/${auction.id}`));
    // The seller's other auctions, listed on the page, have stars of their own.
    await page.getByRole('button', { name: 'Acompanhar: Bússola de bolso' }).click();
    await waitForText(page, 'watcher-count', '3 pessoas acompanham este leilão');
    assert.equal((await stored).status(), 204);
    const counted = await call<{ count: number }>(
      suite.stack.url,
      'GET',
      `/api/auctions/${auction.id}/watchers`,
    );
    assert.equal(counted.body.count, 3);
    // Anyone may read it, signed in or not, and nobody watching shows nothing.
    const anonymous = await open(`/auctions/${auction.id}`);
    await waitForText(anonymous.page, 'watcher-count', '3 pessoas acompanham este leilão');
    // Live, without reading it again: others' stars move it on every open page.
    // (Watching, its socket is connected: the reading its connection asks for is sent.)
    await waitWatching(anonymous.page);
    const reads = { count: 0 };
    anonymous.page.on('request', (r) => void (r.url().endsWith('/watchers') && reads.count++));
    const carla = await register(suite.stack.url, 'Carla');
    await call(suite.stack.url, 'PUT', `/api/me/watchlist/${auction.id}`, { token: carla.token });
    await waitForText(anonymous.page, 'watcher-count', '4 pessoas acompanham este leilão');
    await waitForText(page, 'watcher-count', '4 pessoas acompanham este leilão');
    for (const who of [ana, bruno, carla])
      await call(suite.stack.url, 'DELETE', `/api/me/watchlist/${auction.id}`, {
        token: who.token,
      });
    await waitForText(anonymous.page, 'watcher-count', '1 pessoa acompanha este leilão');
    assert.equal(reads.count, 0, 'heard, not read again');
    // Elisa, the last one, takes her star back: gone at once on her page, live on the others'.
    await page.getByRole('button', { name: 'Na minha lista: Bússola de bolso' }).click();
    await anonymous.page.getByTestId('watcher-count').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('watcher-count').count(), 0);
    const unwatched = await createAuction(suite.stack.url, seller.token, { durationSeconds: 900 });
    const read = anonymous.page.waitForResponse((r) =>
      r.url().endsWith(`/${unwatched.id}/watchers`),
    );
    await anonymous.page.goto(`${suite.stack.url}/auctions/${unwatched.id}`);
    await anonymous.page.getByTestId('auction-page').waitFor();
    await read;
    assert.equal(await anonymous.page.getByTestId('watcher-count').count(), 0);
  });

  test('the watchlist: a star on a lobby card, "Minha lista", and an ending-soon alert there', async () => {
    const dora = await register(suite.stack.url, 'Dora');
    const { page } = await open('/', { session: dora });
    await waitLive(page);
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Luneta de latão',
      // The ending-soon notice comes ENDING_SOON_SECONDS before the end.
      durationSeconds: ENDING_SOON_SECONDS + 6,
    });
    const card = page.locator(`[data-testid="open-auction"][data-auction-id="${auction.id}"]`);
    const star = card.getByRole('button', { name: 'Acompanhar: Luneta de latão' });
    // The star lights at once; the list is stored when the API answers.
    const stored = page.waitForResponse(
      (response) =>
        response.request().method() === 'PUT' &&
        response.url().endsWith(`/api/me/watchlist/${auction.id}`),
    );
    await star.click();
    await card.locator('[data-testid="watch-toggle"][aria-pressed="true"]').waitFor();
    assert.equal((await stored).status(), 204);
    const listed = await call<{ items: { id: string }[] }>(
      suite.stack.url,
      'GET',
      '/api/me/watchlist',
      { token: dora.token },
    );
    assert.deepEqual(
      listed.body.items.map((item) => item.id),
      [auction.id],
    );

    await page.getByRole('link', { name: 'Minha lista' }).click();
    await page.getByRole('heading', { name: 'Minha lista' }).waitFor();
    await page.locator(`[data-testid="open-auction"][data-auction-id="${auction.id}"]`).waitFor();
    await waitForText(page, 'alert', '“Luneta de latão” termina em breve', 15_000);
    await screenshotBoth(page, 'watchlist-ending-soon');
    await page.getByTestId('alert').getByRole('link', { name: 'Ver leilão' }).click();
    await page.getByTestId('auction-page').waitFor();
  });
});
