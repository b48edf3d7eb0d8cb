// Browser end-to-end: people bidding against each other on the real stack,
// each in their own browser profile, seeing every bid live.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  call,
  createAuction,
  eventually,
  placeBid,
  register,
  type Session,
} from '../support/api-client.ts';
import { PHONE, waitLive } from './support/browser.ts';
import {
  brl,
  historySeqs,
  screenshot,
  waitForHistory,
  waitForText,
} from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('live bidding in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();
  let seller: Session;
  let bruno: Session;

  before(async () => {
    [seller, bruno] = await Promise.all([
      register(suite.stack.url, 'Vera Vendedora'),
      register(suite.stack.url, 'Bruno'),
    ]);
  });

  const open = suite.open;

  test('two bidders see each other live; an anonymous viewer on a phone sees both', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Relógio de bolso <b>1920</b>',
      description: 'Funcionando.\n<img src=x onerror="window.injected=1"> Corrente inclusa.',
      startingPrice: 10_000,
      minIncrement: 500,
      durationSeconds: 900,
    });
    const path = `/auctions/${auction.id}`;

    // Ana signs up through the UI and lands back on the auction.
    const ana = await open(`/signup?next=${encodeURIComponent(path)}`);
    await ana.page.getByLabel('Nome').fill('Ana');
    await ana.page.getByLabel('E-mail').fill(`ana-${Date.now()}@example.com`);
    await ana.page.getByLabel('Senha').fill('uma senha longa');
    await ana.page.getByRole('button', { name: 'Criar conta' }).click();
    await ana.page.getByTestId('auction-page').waitFor();
    await waitForText(ana.page, 'signed-in-user', 'Ana');

    const brunoPage = await open(path, { session: bruno });
    const carla = await open(path, { viewport: PHONE });
    await Promise.all([ana, brunoPage, carla].map((viewer) => waitLive(viewer.page)));

    // User text is shown as text, never as HTML.
    await waitForText(carla.page, 'auction-page', 'Relógio de bolso <b>1920</b>');
    assert.equal(await carla.page.locator('.auction__description img').count(), 0);
    assert.equal(
      await carla.page.evaluate(() => (window as { injected?: number }).injected),
      undefined,
    );

    // Ana bids the pre-filled minimum.
    assert.equal(await ana.page.getByLabel('Seu lance (R$)').inputValue(), '100,00');
    await ana.page.getByRole('button', { name: 'Dar lance' }).click();
    await waitForText(ana.page, 'bid-feedback', 'aceito');
    for (const { page } of [brunoPage, carla]) {
      await waitForText(page, 'current-price', brl(10_000));
      await waitForText(page, 'leader', 'Ana');
      await waitForHistory(page, [1]);
    }

    // Bruno's form followed the live minimum; he bids more and Ana is told she was outbid.
    await waitForText(brunoPage.page, 'minimum-bid', brl(10_500));
    assert.equal(await brunoPage.page.getByLabel('Seu lance (R$)').inputValue(), '105,00');
    await brunoPage.page.getByLabel('Seu lance (R$)').fill('cento e dez');
    await brunoPage.page.getByRole('button', { name: 'Dar lance' }).click();
    await waitForText(brunoPage.page, 'bid-feedback', 'Valor inválido');
    await brunoPage.page.getByLabel('Seu lance (R$)').fill('110,00');
    await brunoPage.page.getByRole('button', { name: 'Dar lance' }).click();
    await waitForText(ana.page, 'outbid-notice', `Bruno ofereceu ${brl(11_000)}`);
    await waitForText(ana.page, 'current-price', brl(11_000));
    await waitForHistory(ana.page, [2, 1]);
    await waitForHistory(carla.page, [2, 1]);
    await waitForText(carla.page, 'leader', 'Bruno');
    await waitForText(carla.page, 'announcer', `Bruno: ${brl(11_000)}`);
    // Live events carry no description (the page asks for compact events); it keeps the one it loaded.
    for (const { page } of [ana, brunoPage, carla])
      assert.match(
        (await page.locator('.auction__description').textContent()) ?? '',
        /Corrente inclusa\./,
      );

    // The anonymous viewer may watch but not bid.
    await carla.page.getByRole('button', { name: 'Dar lance' }).click();
    await waitForText(carla.page, 'bid-feedback', 'Entre para continuar');

    await screenshot(ana.page, 'auction-desktop');
    await screenshot(carla.page, 'auction-phone');
  });

  test('a bid below the minimum shows the minimum the server now requires', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      startingPrice: 5_000,
      minIncrement: 1_000,
    });
    const ana = await open(`/auctions/${auction.id}`, {
      session: await register(suite.stack.url, 'Ana'),
    });
    await waitLive(ana.page);
    // The page still offers R$ 50,00 when Bruno's R$ 80,00 lands; Ana types R$ 60,00.
    await ana.page.getByLabel('Seu lance (R$)').fill('60');
    assert.equal(
      (await placeBid(suite.stack.spareUrl, bruno.token, auction.id, 8_000)).status,
      201,
    );
    await ana.page.getByRole('button', { name: 'Dar lance' }).click();
    await waitForText(ana.page, 'bid-feedback', `O mínimo agora é ${brl(9_000)}`);
    await eventually(
      async () => (await ana.page.getByLabel('Seu lance (R$)').inputValue()) === '90,00',
    );
    assert.deepEqual(await historySeqs(ana.page), [1]);

    // Amounts are parsed exactly; an ambiguous one is refused before it is sent.
    await ana.page.getByLabel('Seu lance (R$)').fill('12,345');
    await ana.page.getByRole('button', { name: 'Dar lance' }).click();
    await waitForText(ana.page, 'bid-feedback', 'ambíguo');
  });

  test('a bid topped at once by someone’s automatic maximum says so, and no bid is missing', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      startingPrice: 10_000,
      minIncrement: 1_000,
    });
    // Bruno bids R$ 100,00 with a secret maximum of R$ 200,00.
    const proxy = await call(suite.stack.url, 'POST', `/api/auctions/${auction.id}/bids`, {
      token: bruno.token,
      body: { amount: 10_000, maxAmount: 20_000 },
    });
    assert.equal(proxy.status, 201, JSON.stringify(proxy.body));
    const ana = await open(`/auctions/${auction.id}`, {
      session: await register(suite.stack.url, 'Ana'),
    });
    await waitLive(ana.page);
    await ana.page.getByLabel('Seu lance (R$)').fill('150');
    await ana.page.getByRole('button', { name: 'Dar lance' }).click();
    await waitForText(ana.page, 'bid-feedback', 'superado por um lance automático');
    await waitForHistory(ana.page, [3, 2, 1]);
    await waitForText(ana.page, 'leader', 'Bruno');
    await waitForText(ana.page, 'current-price', brl(16_000));
  });

  test('the lobby shows new auctions and prices without a reload', async () => {
    const desktop = await open('/');
    const phone = await open('/', { viewport: PHONE });
    await Promise.all([waitLive(desktop.page), waitLive(phone.page)]);

    const later = await createAuction(suite.stack.url, seller.token, {
      title: 'Bicicleta aro 29',
      durationSeconds: 3600,
    });
    const sooner = await createAuction(suite.stack.spareUrl, seller.token, {
      title: 'Luminária art déco',
      durationSeconds: 1800,
      startingPrice: 25_000,
    });
    const card = (id: string) =>
      desktop.page.locator(`[data-testid="open-auction"][data-auction-id="${id}"]`);
    await card(later.id).waitFor();
    await card(sooner.id).waitFor();
    const order = await desktop.page
      .getByTestId('open-auction')
      .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.auctionId));
    assert.ok(order.indexOf(sooner.id) < order.indexOf(later.id), 'soonest-ending first');

    assert.equal(
      (await placeBid(suite.stack.spareUrl, bruno.token, sooner.id, 30_000)).status,
      201,
    );
    await card(sooner.id)
      .getByTestId('card-price')
      .filter({ hasText: brl(30_000) })
      .waitFor();
    await card(sooner.id).getByTestId('card-leader').filter({ hasText: 'Bruno' }).waitFor();
    await card(sooner.id).getByTestId('card-bids').filter({ hasText: '1 lance' }).waitFor();
    await phone.page.getByRole('link', { name: 'Luminária art déco' }).waitFor();
    await waitForText(phone.page, 'announcer', 'Novo leilão: Luminária art déco');

    await screenshot(desktop.page, 'lobby-desktop');
    await screenshot(phone.page, 'lobby-phone');
  });

  test('the result and the worker’s report appear when the auction closes', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Vaso de cerâmica',
      startingPrice: 4_000,
      durationSeconds: 4,
    });
    const watcher = await open(`/auctions/${auction.id}`, { session: bruno });
    await waitLive(watcher.page);
    await watcher.page.getByRole('button', { name: 'Dar lance' }).click();
    await waitForText(watcher.page, 'bid-feedback', 'aceito');

    await waitForText(
      watcher.page,
      'auction-result',
      `Você arrematou este lote por ${brl(4_000)}`,
      15_000,
    );
    await waitForText(watcher.page, 'report-text', 'Vaso de cerâmica', 20_000);
    await waitForText(watcher.page, 'report-email', 'Bruno');
    assert.ok((await watcher.page.getByTestId('report-post').innerText()).length > 10);
    await screenshot(watcher.page, 'auction-closed-report-desktop');

    // The lobby lists it among the recently closed, with winner and price.
    const lobby = await open('/');
    const row = lobby.page.locator(
      `[data-testid="closed-auction"][data-auction-id="${auction.id}"]`,
    );
    await row.filter({ hasText: `Arrematado por Bruno por ${brl(4_000)}` }).waitFor();
    await screenshot(lobby.page, 'lobby-with-closed-desktop');
  });
});
