// Browser end-to-end for a seller's blocked users on the real stack: the
// seller blocks a bidder from the bidder's profile (asked first, stepping back
// once), the bidder's bid and question on that seller's auction are refused in
// words while the price stays, a bid on another seller's goes; the seller
// finds the person on Minha conta and unblocks them there, and the bidder's
// next bid goes. Bids already placed stand, but raising their maximum and Buy
// It Now are refused too, in English as well. Nobody is offered to block
// themselves, nor a visitor anyone; axe on the profile and on Minha conta.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Auction, BlockedUsers, OwnMaximum, QuestionList } from '../../core/schemas.ts';
import { call, createAuction, registerEach, type Session } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { PHONE, waitWatching } from './support/browser.ts';
import { brl, screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const REFUSED = 'Quem vende não aceita lances, compras nem perguntas suas nos leilões que anuncia.';
const REFUSED_EN =
  'This seller does not accept bids, purchases or questions from you on their auctions.';

describe('blocking users in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();

  const blockedBy = async (who: Session) =>
    (
      await call<BlockedUsers>(suite.stack.url, 'GET', '/api/me/blocked', { token: who.token })
    ).body.items.map((user) => user.name);

  async function blockThroughApi(seller: Session, user: Session) {
    const reply = await call(suite.stack.url, 'PUT', `/api/me/blocked/${user.user.id}`, {
      token: seller.token,
    });
    assert.equal(reply.status, 204, JSON.stringify(reply.body));
  }

  const auctionNow = async (id: string) =>
    (await call<Auction>(suite.stack.url, 'GET', `/api/auctions/${id}`)).body;

  /** The focused control's accessible words (its aria-label, else its text); null when none is. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      return element.getAttribute('aria-label') || element.textContent;
    });
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

  async function bidInPage(page: Page, amount: string) {
    await page.getByLabel('Seu lance (R$)').fill(amount);
    await page.getByRole('button', { name: 'Dar lance' }).click();
  }

  test('blocked from the profile, refused in words, unblocked on Minha conta', async () => {
    const [vera, bruno, olga] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Bruno Lanceiro',
      'Olga Outra',
    ]);
    const veraLot = await createAuction(suite.stack.url, vera.token, {
      title: 'Vitrola Philips',
      durationSeconds: 900,
    });
    const olgaLot = await createAuction(suite.stack.url, olga.token, {
      title: 'Lampião a querosene',
      durationSeconds: 900,
    });

    // Vera, on Bruno's profile: asked first, and stepping back blocks no one.
    const profile = (await suite.open(`/users/${bruno.user.id}`, { session: vera })).page;
    const block = profile.getByRole('button', { name: 'Bloquear Bruno Lanceiro', exact: true });
    await block.click();
    const asked = profile.getByRole('group', { name: /^Bloquear Bruno Lanceiro\?/ });
    await asked.waitFor();
    const question = await asked.textContent();
    assert.match(
      question ?? '',
      /não poderá mais dar lances, comprar nem fazer perguntas nos seus leilões/,
    );
    assert.match(question ?? '', /Os lances que ela já deu continuam valendo/);
    assert.equal(await focused(profile), 'Sim, bloquear', 'focus on the confirm button');
    await screenshotBoth(profile, 'block-confirm');
    await profile.getByRole('button', { name: 'Voltar' }).click();
    assert.equal(await focused(profile), 'Bloquear Bruno Lanceiro', 'focus back on the button');
    assert.deepEqual(await blockedBy(vera), [], 'stepping back blocks no one');

    await block.click();
    await profile.getByRole('button', { name: 'Sim, bloquear' }).click();
    await waitForText(profile, 'block-outcome', 'Pronto: você bloqueou Bruno Lanceiro.');
    const unblockHere = profile.getByRole('button', { name: 'Desbloquear Bruno Lanceiro' });
    await unblockHere.waitFor();
    assert.equal(await focused(profile), 'Desbloquear Bruno Lanceiro', 'focus on its successor');
    await waitForText(profile, 'blocked-note', 'está entre os usuários que você bloqueou');
    assert.deepEqual(await blockedBy(vera), ['Bruno Lanceiro']);
    // Read again with the page: the list says he is blocked.
    await profile.reload();
    await unblockHere.waitFor();
    assert.equal(await block.count(), 0);
    await screenshotBoth(profile, 'profile-blocked');

    // Bruno bids on Vera's auction: refused in words, the price stays.
    const bidder = (await suite.open(`/auctions/${veraLot.id}`, { session: bruno })).page;
    await waitWatching(bidder);
    await bidInPage(bidder, '20,00');
    await waitForText(bidder, 'bid-feedback', REFUSED);
    assert.equal(await bidder.getByTestId('current-price').textContent(), brl(1_000));
    assert.equal(await bidder.getByTestId('bid-count').textContent(), '0');
    const untouched = await auctionNow(veraLot.id);
    assert.deepEqual([untouched.currentPrice, untouched.bidCount], [1_000, 0]);

    // His question is refused with the same words, and kept in the field.
    await bidder.getByLabel('Sua pergunta').fill('Ainda está disponível?');
    await bidder.getByRole('button', { name: 'Perguntar' }).click();
    await waitForText(bidder, 'ask-question-outcome', REFUSED);
    assert.equal(await bidder.getByLabel('Sua pergunta').inputValue(), 'Ainda está disponível?');
    const questions = await call<QuestionList>(
      suite.stack.url,
      'GET',
      `/api/auctions/${veraLot.id}/questions`,
    );
    assert.equal(questions.body.items.length, 0);
    await screenshotBoth(bidder, 'blocked-bidder');

    // Another seller's auction takes his bid.
    const elsewhere = (await suite.open(`/auctions/${olgaLot.id}`, { session: bruno })).page;
    await waitWatching(elsewhere);
    await bidInPage(elsewhere, '15,00');
    await waitForText(elsewhere, 'bid-feedback', 'Você está na frente!');
    await waitForText(elsewhere, 'current-price', brl(1_500));

    // Vera finds him on Minha conta, his name leading to his profile, and unblocks him there.
    const account = (await suite.open('/account', { session: vera })).page;
    const section = account.getByTestId('blocked');
    await section.getByRole('heading', { name: 'Usuários bloqueados' }).waitFor();
    const row = section.getByTestId('blocked-user');
    await row.filter({ hasText: 'Bruno Lanceiro' }).waitFor();
    assert.equal(await row.count(), 1);
    assert.equal(
      await row.getByRole('link', { name: 'Bruno Lanceiro' }).getAttribute('href'),
      `/users/${bruno.user.id}`,
    );
    await section.getByText('abra o perfil público da pessoa').waitFor();
    await assertAccessibleAtBothSizes(account, 'Minha conta with a blocked user');
    await screenshotBoth(account, 'account-blocked');
    await section.getByRole('button', { name: 'Desbloquear Bruno Lanceiro' }).click();
    await waitForText(account, 'blocked-outcome', 'Você desbloqueou Bruno Lanceiro');
    await waitForText(account, 'blocked-empty', 'Você não bloqueou ninguém.');
    assert.equal(await row.count(), 0);
    assert.equal(await focusedId(account), 'blocked-title', 'focus on the section');
    assert.deepEqual(await blockedBy(vera), []);

    // Bruno, still on the page, bids again: it goes.
    await bidInPage(bidder, '20,00');
    await waitForText(bidder, 'bid-feedback', `Lance de ${brl(2_000)} aceito`);
    await waitForText(bidder, 'current-price', brl(2_000));
    assert.equal((await auctionNow(veraLot.id)).currentPrice, 2_000);
  });

  test('bids already placed stand; raising the maximum and Buy It Now are refused, in English too', async () => {
    const [rita, dario] = await registerEach(suite.stack.url, ['Rita Vendedora', 'Dario']);
    const leading = await createAuction(suite.stack.url, rita.token, {
      title: 'Câmera Rolleiflex',
      durationSeconds: 900,
    });
    const buyable = await createAuction(suite.stack.url, rita.token, {
      title: 'Rádio Telefunken',
      durationSeconds: 900,
      buyNowPrice: 5_000,
    });
    const bid = await call(suite.stack.url, 'POST', `/api/auctions/${leading.id}/bids`, {
      token: dario.token,
      body: { amount: 1_000, maxAmount: 3_000 },
    });
    assert.equal(bid.status, 201, JSON.stringify(bid.body));
    await blockThroughApi(rita, dario);

    // His bid stands: he still leads, and is offered raising his maximum, which is refused.
    const page = (await suite.open(`/auctions/${leading.id}`, { session: dario })).page;
    await waitWatching(page);
    assert.equal(await page.getByTestId('bid-count').textContent(), '1');
    await page.getByText('Aumentar meu lance máximo').click();
    await page.getByLabel('Novo lance máximo (R$)').fill('80');
    await page.getByRole('button', { name: 'Salvar máximo' }).click();
    await waitForText(page, 'raise-max-feedback', REFUSED);
    const own = await call<OwnMaximum>(
      suite.stack.url,
      'GET',
      `/api/auctions/${leading.id}/max-bid`,
      { token: dario.token },
    );
    assert.equal(own.body.maxAmount, 3_000, 'the maximum stays');

    // Buy It Now, asked first, is refused; the auction stays open.
    const buy = (await suite.open(`/auctions/${buyable.id}`, { session: dario })).page;
    await waitWatching(buy);
    await buy.getByRole('button', { name: `Compre já por ${brl(5_000)}` }).click();
    await buy.getByRole('button', { name: `Confirmar compra por ${brl(5_000)}` }).click();
    await waitForText(buy, 'buy-now', REFUSED);
    assert.equal((await auctionNow(buyable.id)).status, 'open');

    // In English.
    await buy.getByRole('button', { name: 'Switch to English' }).click();
    await buy.getByLabel('Your bid (R$)').fill('12.00');
    await buy.getByRole('button', { name: 'Place bid' }).click();
    await waitForText(buy, 'bid-feedback', REFUSED_EN);
    assert.equal((await auctionNow(buyable.id)).bidCount, 0);
  });

  test('no one is offered to block themselves, nor a visitor anyone; axe on the profile', async () => {
    const [vera, bruno] = await registerEach(suite.stack.url, ['Vera Vendedora', 'Bruno']);
    const blockedReads = (page: Page) => {
      const reads: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/api/me/blocked') reads.push(request.url());
      });
      return reads;
    };

    // Her own profile: no button, and her list is not even read.
    const own = (await suite.open('/', { session: vera })).page;
    const ownReads = blockedReads(own);
    await own.goto(`${suite.stack.url}/users/${vera.user.id}`);
    await own.getByRole('heading', { level: 1, name: 'Vera Vendedora' }).waitFor();
    await own.getByTestId('received').waitFor();
    assert.equal(await own.getByRole('button', { name: /Bloquear|Desbloquear/ }).count(), 0);
    assert.deepEqual(ownReads, [], 'the profile did not read the list');

    // A visitor on Bruno's: none either.
    const visitor = (await suite.open('/', { viewport: PHONE })).page;
    const visitorReads = blockedReads(visitor);
    await visitor.goto(`${suite.stack.url}/users/${bruno.user.id}`);
    await visitor.getByRole('heading', { level: 1, name: 'Bruno' }).waitFor();
    await visitor.getByTestId('received').waitFor();
    assert.equal(await visitor.getByRole('button', { name: /Bloquear/ }).count(), 0);
    assert.deepEqual(visitorReads, []);

    // Vera on Bruno's: the button, its question and its successor pass axe.
    const page = (await suite.open(`/users/${bruno.user.id}`, { session: vera })).page;
    const block = page.getByRole('button', { name: 'Bloquear Bruno', exact: true });
    await block.waitFor();
    await assertAccessibleAtBothSizes(page, 'profile with the block button');
    await block.click();
    await assertAccessibleAtBothSizes(page, 'profile asking to block');
    await page.getByRole('button', { name: 'Sim, bloquear' }).click();
    await page.getByRole('button', { name: 'Desbloquear Bruno' }).waitFor();
    await assertAccessibleAtBothSizes(page, 'profile with the unblock button');

    // Unblocked on the profile itself: the focus goes back to Bloquear.
    await page.getByRole('button', { name: 'Desbloquear Bruno' }).click();
    await waitForText(page, 'block-outcome', 'Você desbloqueou Bruno');
    await block.waitFor();
    assert.equal(await focused(page), 'Bloquear Bruno');
    assert.deepEqual(await blockedBy(vera), []);
  });
});
