// Browser end-to-end for the seller's listing: correcting it before the first
// bid (the seller's page, a watcher's page and the lobby all show the new
// title and description without a reload; a blank title is refused in place;
// after the first bid the correction is no longer offered), offering an
// unsold item again from its page, and the contact between the two parties
// of a sale (or what is left of it when one deleted their account).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import type { Auction } from '../../core/schemas.ts';
import { boughtNow, call, createAuction, register, type Session } from '../support/api-client.ts';
import { PHONE, waitLive, waitWatching } from './support/browser.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('the seller’s listing in the browser', { timeout: 120_000 }, () => {
  const suite = useBrowserSuite();
  let seller: Session;
  let bruno: Session;

  before(async () => {
    [seller, bruno] = await Promise.all([
      register(suite.stack.url, 'Vera Vendedora'),
      register(suite.stack.url, 'Bruno'),
    ]);
  });

  test('the seller corrects the title and description; watchers and the lobby see it live', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Relogio de bolso',
      description: 'Prata.',
      durationSeconds: 900,
    });
    const path = `/auctions/${auction.id}`;
    const { page } = await suite.open(path, { session: seller });
    const watcher = await suite.open(path, { session: bruno, viewport: PHONE });
    const lobby = await suite.open('/');
    await Promise.all([waitWatching(page), waitWatching(watcher.page), waitLive(lobby.page)]);

    await page.getByRole('button', { name: 'Corrigir título, descrição ou categoria' }).click();
    const title = page.getByLabel('Título', { exact: true });
    assert.equal(await title.evaluate((el) => el === document.activeElement), true);
    assert.equal(await title.inputValue(), 'Relogio de bolso');

    // Blank after trimming (the API would refuse it): said beside the field, nothing sent.
    await title.fill('   ');
    await page.getByRole('button', { name: 'Salvar correção' }).click();
    await waitForText(page, 'edit-title-error', 'Preencha este campo.');
    assert.equal(await page.locator('h1').textContent(), 'Relogio de bolso');

    await title.fill('Relógio de bolso suíço');
    await page.getByRole('textbox', { name: 'Descrição' }).fill('Prata 925, corrente inclusa.');
    await screenshotBoth(page, 'auction-edit-form');
    await page.getByRole('button', { name: 'Salvar correção' }).click();
    await waitForText(page, 'edit-auction-outcome', 'Anúncio corrigido');
    // Focus is back on the button that opened the form.
    assert.equal(
      await page.getByTestId('edit-auction').evaluate((el) => el === document.activeElement),
      true,
    );
    await page.getByRole('heading', { level: 1, name: 'Relógio de bolso suíço' }).waitFor();

    // The watcher's compact socket gets this one whole: the description changed.
    await watcher.page.getByRole('heading', { level: 1, name: 'Relógio de bolso suíço' }).waitFor();
    await watcher.page.getByText('Prata 925, corrente inclusa.').waitFor();
    await waitForText(
      watcher.page,
      'corrected-notice',
      'O vendedor corrigiu o título, a descrição ou a categoria',
    );
    assert.equal(
      await page.getByTestId('corrected-notice').count(),
      0,
      'not told of their own edit',
    );
    await lobby.page.getByRole('link', { name: 'Relógio de bolso suíço' }).waitFor();
    assert.equal(await lobby.page.getByRole('link', { name: 'Relogio de bolso' }).count(), 0);
    await screenshotBoth(watcher.page, 'auction-edited');

    // The first bid ends corrections: the seller's page stops offering one at once.
    const bid = await call(suite.stack.url, 'POST', `/api/auctions/${auction.id}/bids`, {
      token: bruno.token,
      body: { amount: auction.minimumBid },
    });
    assert.equal(bid.status, 201);
    await page.getByTestId('edit-auction').waitFor({ state: 'detached' });
    await waitForText(page, 'auction-page', 'Este leilão é seu');
  });

  test('an unsold item is offered again from its page, the form filled from it', async () => {
    const first = await createAuction(suite.stack.url, seller.token, {
      title: 'Luneta de latão',
      description: 'Com tripé.',
      startingPrice: 1_234,
      reservePrice: 2_000,
      buyNowPrice: 5_000,
      softCloseSeconds: 300,
      durationSeconds: 2,
    });
    const { page } = await suite.open(`/auctions/${first.id}`, { session: seller });
    await waitForText(page, 'auction-result', 'Encerrado', 15_000);
    // Minha atividade offers the same.
    await page.goto(`${suite.stack.url}/activity`);
    const fromActivity = page.getByRole('link', { name: 'Anunciar de novo: Luneta de latão' });
    assert.equal(await fromActivity.getAttribute('href'), `/new?from=${first.id}`);
    await screenshotBoth(page, 'activity-offer-again');
    await page.goBack();
    await page.getByRole('link', { name: 'Anunciar de novo' }).click();
    await waitForText(page, 'copied-from', 'Preenchido a partir de “Luneta de latão”');
    await waitForText(page, 'copied-from', 'preço de reserva');
    assert.equal(await page.getByLabel('Título', { exact: true }).inputValue(), 'Luneta de latão');
    assert.equal(await page.getByRole('textbox', { name: 'Descrição' }).inputValue(), 'Com tripé.');
    assert.equal(await page.getByLabel('Lance inicial (R$)').inputValue(), '12,34');
    assert.equal(await page.getByLabel('Preço de reserva (R$)').inputValue(), '');
    await screenshotBoth(page, 'offer-again');
    await page.getByRole('button', { name: 'Publicar leilão' }).click();
    await page.waitForURL(
      (url) => /\/auctions\//.test(url.pathname) && !url.pathname.endsWith(first.id),
    );
    const again = (
      await call<Auction>(
        suite.stack.url,
        'GET',
        new URL(page.url()).pathname.replace('/auctions', '/api/auctions'),
      )
    ).body;
    assert.deepEqual(
      [
        again.title,
        again.startingPrice,
        again.buyNowPrice,
        again.softCloseSeconds,
        again.hasReserve,
      ],
      ['Luneta de latão', 1_234, 5_000, 300, false],
    );

    // Someone else's auction fills nothing.
    const other = await suite.open(`/new?from=${first.id}`, { session: bruno });
    await other.page.getByLabel('Título', { exact: true }).waitFor();
    await other.page.waitForTimeout(500);
    assert.equal(await other.page.getByLabel('Título', { exact: true }).inputValue(), '');
    assert.equal(await other.page.getByTestId('copied-from').count(), 0);
  });

  test('after a sale, the seller and the buyer see each other’s contact; nobody else does', async () => {
    const auction = await boughtNow(suite.stack.url, seller, bruno, {
      title: 'Vitrola',
      buyNowPrice: 30_000,
    });
    const path = `/auctions/${auction.id}`;
    const sellerPage = (await suite.open(path, { session: seller })).page;
    await waitForText(sellerPage, 'sale-contact', 'Contato de quem comprou');
    await waitForText(sellerPage, 'sale-contact', `Bruno — ${bruno.user.email}`);
    assert.equal(
      await sellerPage.getByRole('link', { name: bruno.user.email }).getAttribute('href'),
      `mailto:${bruno.user.email}`,
    );
    await screenshotBoth(sellerPage, 'sale-contact');
    const buyerPage = (await suite.open(path, { session: bruno, viewport: PHONE })).page;
    await waitForText(buyerPage, 'sale-contact', `Vera Vendedora — ${seller.user.email}`);

    const ana = await register(suite.stack.url, 'Ana');
    const outsider = (await suite.open(path, { session: ana })).page;
    await waitForText(outsider, 'auction-result', 'Encerrado');
    await outsider.waitForTimeout(500);
    assert.equal(await outsider.getByTestId('sale-contact').count(), 0);
    assert.equal((await outsider.content()).includes('@'), false, 'no address on the page');
  });

  test('a buyer waits after a sale to delete the account, then is named without a contact', async () => {
    const caio = await register(suite.stack.url, 'Caio');
    const auction = await boughtNow(suite.stack.url, seller, caio, {
      title: 'Luminária',
      buyNowPrice: 9_000,
    });
    const account = (await suite.open('/account', { session: caio })).page;
    await account.getByRole('button', { name: 'Excluir minha conta' }).click();
    await account.getByLabel('Sua senha, para confirmar').fill('correct horse battery');
    await account.getByRole('button', { name: 'Excluir a conta para sempre' }).click();
    // 30 days after the sale closed, to the minute, as the page's time zone writes it.
    const availableAt = new Date(Date.parse(auction.closedAt ?? '') + 30 * 86_400_000);
    const expected = await account.evaluate(
      (iso) =>
        new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short' }).format(
          new Date(iso),
        ),
      availableAt.toISOString(),
    );
    await waitForText(account, 'delete-outcome', `excluir a conta a partir de ${expected}`);
    assert.equal(
      await account.getByRole('link', { name: 'Ver o leilão' }).getAttribute('href'),
      `/auctions/${auction.id}`,
    );

    // A month later (the sale's close moved back), the account can go.
    const redis = suite.stack.redis.client();
    await redis.hset(redisKeys().auction(auction.id), 'closedAt', Date.now() - 31 * 86_400_000);
    redis.disconnect();
    const deleted = await call(suite.stack.url, 'DELETE', '/api/auth/me', {
      token: caio.token,
      body: { password: 'correct horse battery' },
    });
    assert.equal(deleted.status, 204);
    const { page } = await suite.open(`/auctions/${auction.id}`, { session: seller });
    await waitForText(page, 'sale-contact', 'Contato de quem comprou');
    await waitForText(page, 'sale-contact', 'Caio excluiu a conta');
    assert.equal(await page.getByTestId('sale-contact').getByRole('link').count(), 0);
  });

  test('a lobby card shows Buy It Now while it lasts and where the reserve stands, live', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Máquina de escrever',
      reservePrice: 5_000,
      buyNowPrice: 20_000,
      durationSeconds: 900,
    });
    const { page } = await suite.open('/');
    await waitLive(page);
    const card = page.locator(`[data-testid="open-auction"][data-auction-id="${auction.id}"]`);
    await waitForText(page, 'card-buy-now', 'Compre já: R$ 200,00');
    await screenshotBoth(page, 'lobby-offer-chips');
    assert.equal(
      await card.getByTestId('card-reserve').textContent(),
      'Preço de reserva não atingido',
    );

    const bid = (amount: number) =>
      call(suite.stack.url, 'POST', `/api/auctions/${auction.id}/bids`, {
        token: bruno.token,
        body: { amount },
      });
    // Below the reserve, Buy It Now stays on offer; reaching it ends the offer.
    assert.equal((await bid(1_000)).status, 201);
    await card.getByTestId('card-bids').filter({ hasText: '1 lance' }).waitFor();
    assert.equal(await card.getByTestId('card-buy-now').count(), 1);
    assert.equal((await bid(5_000)).status, 201);
    await card
      .getByTestId('card-reserve')
      .filter({ hasText: 'Preço de reserva atingido' })
      .waitFor();
    assert.equal(await card.getByTestId('card-buy-now').count(), 0);
  });
});
