// Browser end-to-end for feedback after a sale and public profiles, on the
// real stack: the buyer and the seller of a sale rate each other on its page
// (nothing chosen for them, a missing choice said in place, the focus and a
// status after posting; the other's rating reaching the open page live), a
// third person sees both and no form, the seller's name leads to their
// profile with the right counts and percentage (neutral ratings left out of
// it), the received feedback and the listings page with "Carregar mais",
// refusals in words (rated elsewhere, the window closed, the other party's
// account deleted), the window judged on the server's clock, profiles that do
// not exist, one's own profile from Minha atividade (in English too), and axe.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { redisKeys } from '../../core/redis/keys.ts';
import type { AuctionFeedback, FeedbackRating, UserProfile } from '../../core/schemas.ts';
import {
  boughtNow,
  call,
  createAuction,
  eventually,
  register,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { accessibilityViolations, assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { PHONE, waitWatching } from './support/browser.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { filterSocketEvents, type SocketFilter } from './support/socket-filter.ts';
import { useBrowserSuite } from './support/suite.ts';

const DAY_MS = 86_400_000;

describe('feedback after a sale and public profiles in the browser', { timeout: 240_000 }, () => {
  // The paging test lists 51 auctions and buys 21 of them: past the default bursts.
  const suite = useBrowserSuite({
    apiEnv: {
      RATE_LIMIT_CREATE_AUCTION_USER: '6000,100',
      RATE_LIMIT_CREATE_AUCTION_IP: '6000,200',
      RATE_LIMIT_BID_USER: '6000,100',
    },
  });

  /** Feedback left through the API (another device). */
  async function rate(who: Session, auctionId: string, rating: FeedbackRating, comment?: string) {
    const reply = await call(suite.stack.url, 'POST', `/api/auctions/${auctionId}/feedback`, {
      token: who.token,
      body: comment === undefined ? { rating } : { rating, comment },
    });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
  }

  const saleFeedback = async (auctionId: string) =>
    (await call<AuctionFeedback>(suite.stack.url, 'GET', `/api/auctions/${auctionId}/feedback`))
      .body;

  /** Moves a sale's close `days` into the past, as if that time had gone by. */
  async function closedDaysAgo(auctionId: string, days: number) {
    const redis = suite.stack.redis.client();
    await redis.hset(redisKeys().auction(auctionId), 'closedAt', Date.now() - days * DAY_MS);
    redis.disconnect();
  }

  const feedbackOf = (page: Page, role: 'buyer' | 'seller') =>
    page.getByTestId('sale-feedback').locator(`[data-testid="feedback"][data-role="${role}"]`);

  const shownRatings = (page: Page, section: string) =>
    page
      .getByTestId(section)
      .getByTestId('feedback')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.rating));

  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.dataset.testid || element?.id || (element as HTMLInputElement | null)?.value;
    });

  test('the buyer and the seller rate each other on the page; the profiles count it', async () => {
    const [vera, ana, bruno, carla] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Ana',
      'Bruno',
      'Carla',
    ]);
    const auction = await boughtNow(suite.stack.url, vera, ana, { title: 'Vitrola Philips' });
    const path = `/auctions/${auction.id}`;

    // The buyer rates the seller: the form names whom, and chooses nothing for them.
    const buyer = (await suite.open(path, { session: ana })).page;
    await waitForText(buyer, 'sale-feedback-empty', 'Ninguém avaliou esta venda ainda.');
    await waitForText(buyer, 'seller-summary', 'Ainda sem avaliações');
    const choices = buyer.getByRole('group', { name: 'Avalie o vendedor Vera Vendedora' });
    await choices.waitFor();
    for (const name of ['Positiva', 'Neutra', 'Negativa'])
      assert.equal(await choices.getByRole('radio', { name }).isChecked(), false, name);
    const send = buyer.getByRole('button', { name: 'Publicar avaliação' });
    await send.click();
    await waitForText(buyer, 'feedback-rating-error', 'Escolha Positiva, Neutra ou Negativa.');
    assert.equal(await focused(buyer), 'positive', 'focus on the first choice');
    assert.equal((await saleFeedback(auction.id)).items.length, 0, 'nothing sent');

    // Markup in a comment stays text.
    const comment = 'Chegou <b>bem embalada</b>,\nantes do prazo.';
    await buyer.getByLabel('Comentário (opcional)').fill(comment);
    await waitForText(buyer, 'feedback-comment-count', `${comment.length} de 500 caracteres`);
    await choices.getByRole('radio', { name: 'Positiva' }).check();
    assert.equal(await buyer.getByTestId('feedback-rating-error').count(), 0, 'choosing clears it');
    await screenshotBoth(buyer, 'feedback-form-buyer');
    await send.click();
    await waitForText(buyer, 'feedback-outcome', 'Sua avaliação foi publicada.');
    const left = feedbackOf(buyer, 'buyer');
    await left.waitFor();
    assert.equal(await focused(buyer), 'feedback', 'focus on the feedback left');
    assert.equal(await left.getByTestId('feedback-rating').textContent(), 'Positiva');
    assert.equal(await left.getByTestId('feedback-comment').textContent(), comment);
    assert.equal(await left.locator('b').count(), 0);
    assert.match((await left.textContent()) ?? '', /De Ana, como comprador/);
    assert.equal(await buyer.getByTestId('feedback-form').count(), 0, 'once only');
    await waitForText(buyer, 'seller-summary', '100% positivas · 1 avaliação');
    await waitWatching(buyer);

    // The seller, on a phone, finds it and rates the buyer, without a comment.
    const seller = (await suite.open(path, { session: vera, viewport: PHONE })).page;
    await feedbackOf(seller, 'buyer').waitFor();
    const rateBuyer = seller.getByRole('group', { name: 'Avalie o comprador Ana' });
    await rateBuyer.waitFor();
    await assertAccessibleAtBothSizes(seller, 'auction page with the form');
    await rateBuyer.getByRole('radio', { name: 'Positiva' }).check();
    await seller.getByRole('button', { name: 'Publicar avaliação' }).click();
    await waitForText(seller, 'feedback-outcome', 'Sua avaliação foi publicada.');
    await feedbackOf(seller, 'seller').waitFor();
    assert.equal(await feedbackOf(seller, 'seller').getByTestId('feedback-comment').count(), 0);
    // The buyer's page, still open, gets it live, politely announced.
    await feedbackOf(buyer, 'seller').waitFor();
    await waitForText(buyer, 'announcer', 'Vera Vendedora avaliou esta venda: Positiva.');
    assert.match(
      (await feedbackOf(buyer, 'seller').textContent()) ?? '',
      /De Vera Vendedora, como vendedor/,
    );
    assert.deepEqual(
      (await saleFeedback(auction.id)).items.map((item) => [item.role, item.rating]),
      [
        ['buyer', 'positive'],
        ['seller', 'positive'],
      ],
    );

    // Two more sales of Vera's, rated elsewhere: one negative, one neutral.
    const second = await boughtNow(suite.stack.url, vera, carla, { title: 'Abajur de cristal' });
    await rate(carla, second.id, 'negative', 'Veio trincado.');
    const third = await boughtNow(suite.stack.url, vera, bruno, { title: 'Luneta de latão' });
    await rate(bruno, third.id, 'neutral');
    const open = await createAuction(suite.stack.url, vera.token, {
      title: 'Relógio cuco',
      durationSeconds: 900,
    });

    // Someone else sees both ratings of the sale, no form, and the seller's summary.
    const other = (await suite.open(path, { session: carla })).page;
    await feedbackOf(other, 'seller').waitFor();
    assert.equal(await other.getByTestId('feedback').count(), 2);
    assert.equal(await other.getByTestId('feedback-form').count(), 0, 'not a party: no form');
    assert.equal(await other.getByRole('radio').count(), 0);
    // Neutral ratings count in the total, not in the share: 1 of 2, not 1 of 3.
    await waitForText(
      other,
      'auction-seller',
      'Vendedor: Vera Vendedora · 50% positivas · 3 avaliações',
    );
    await screenshotBoth(other, 'sale-feedback');

    // The seller's name leads to the profile.
    const sellerLink = other.getByTestId('seller-link');
    assert.equal(await sellerLink.getAttribute('href'), `/users/${vera.user.id}`);
    await sellerLink.click();
    await other.waitForURL(`**/users/${vera.user.id}`);
    await other.getByRole('heading', { level: 1, name: 'Vera Vendedora' }).waitFor();
    const profile = (await call<UserProfile>(suite.stack.url, 'GET', `/api/users/${vera.user.id}`))
      .body;
    const since = await other.evaluate(
      (iso) =>
        new Intl.DateTimeFormat('pt-BR', { month: 'long', year: 'numeric' }).format(new Date(iso)),
      profile.memberSince,
    );
    await waitForText(other, 'member-since', `Membro desde ${since}`);
    await waitForText(other, 'profile-summary', '50% positivas · 3 avaliações');
    assert.deepEqual(
      await other.getByTestId('feedback-counts').getByRole('listitem').allTextContents(),
      ['+Positivas: 1', '•Neutras: 1', '−Negativas: 1'],
    );
    // The feedback received, the latest first, each with its auction and its author.
    await other.getByTestId('received').getByTestId('feedback').nth(2).waitFor();
    assert.deepEqual(await shownRatings(other, 'received'), ['neutral', 'negative', 'positive']);
    const fromAna = other.getByTestId('received').locator('[data-rating="positive"]');
    assert.equal(
      await fromAna.getByRole('link', { name: 'Vitrola Philips' }).getAttribute('href'),
      path,
    );
    assert.equal(await fromAna.getByTestId('feedback-role').textContent(), 'como comprador');
    assert.equal(await fromAna.getByTestId('feedback-comment').textContent(), comment);
    // The listings: the open one as a card, the sold ones finished.
    const listings = other.getByTestId('listings');
    await listings.locator(`[data-auction-id="${open.id}"]`).waitFor();
    assert.equal(await listings.getByTestId('open-auction').count(), 1);
    assert.equal(await listings.getByTestId('closed-auction').count(), 3);
    assert.equal(await other.getByRole('button', { name: /Carregar mais/ }).count(), 0);
    assert.equal((await other.content()).includes(vera.user.email), false, 'never the e-mail');
    await assertAccessibleAtBothSizes(other, 'profile page');
    await screenshotBoth(other, 'profile');

    // The author's name leads to their profile: the seller's rating of Ana.
    await fromAna.getByTestId('feedback-from').click();
    await other.getByRole('heading', { level: 1, name: 'Ana' }).waitFor();
    await waitForText(other, 'profile-summary', '100% positivas · 1 avaliação');
    const fromVera = other.getByTestId('received').getByTestId('feedback');
    await fromVera.waitFor();
    assert.match((await fromVera.textContent()) ?? '', /De Vera Vendedora, como vendedor/);
    await waitForText(other, 'listings', 'Nenhum anúncio ainda.');
  });

  test('one’s own profile is a click away from Minha atividade and Minha conta, in English too', async () => {
    const dora = await register(suite.stack.url, 'Dora');
    const { page } = await suite.open('/activity', { session: dora });
    await page.getByRole('link', { name: 'Meu perfil público' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dora' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/users/${dora.user.id}`);
    await waitForText(page, 'profile-summary', 'Ainda sem avaliações');
    assert.equal(await page.getByTestId('feedback-counts').count(), 0);
    await waitForText(page, 'received', 'Nenhuma avaliação recebida ainda.');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await waitForText(page, 'profile-summary', 'No feedback yet');
    await waitForText(page, 'received', 'No feedback received yet.');
    await page.getByRole('heading', { level: 2, name: 'Dora’s listings' }).waitFor();
    await page.getByRole('button', { name: 'Mudar para português' }).click();
    await page.goto(`${suite.stack.url}/account`);
    assert.equal(
      await page.getByRole('link', { name: 'Meu perfil público' }).getAttribute('href'),
      `/users/${dora.user.id}`,
    );
  });

  test('feedback received and listings page with “Carregar mais”', async () => {
    const [lia, rui] = await registerEach(suite.stack.url, ['Lia', 'Rui']);
    // 21 sales, each rated by its buyer, and 30 more listings still open: 51 in all.
    for (let n = 1; n <= 21; n++) {
      const sold = await boughtNow(suite.stack.url, lia, rui, { title: `Lote vendido ${n}` });
      await rate(rui, sold.id, n === 1 ? 'negative' : 'positive');
    }
    for (let n = 1; n <= 30; n++)
      await createAuction(suite.stack.url, lia.token, {
        title: `Lote aberto ${n}`,
        durationSeconds: 900,
      });

    const { page } = await suite.open(`/users/${lia.user.id}`, { viewport: PHONE });
    await waitForText(page, 'profile-summary', '95% positivas · 21 avaliações');
    const received = page.getByTestId('received').getByTestId('feedback');
    await received.nth(19).waitFor();
    assert.equal(await received.count(), 20, 'a page of 20');
    await page.getByRole('button', { name: 'Carregar mais avaliações' }).click();
    await received.nth(20).waitFor();
    assert.equal(await received.count(), 21);
    // The oldest last: the first sale, the one rated negative.
    assert.equal(await received.nth(20).getAttribute('data-rating'), 'negative');
    assert.equal(
      await received.nth(20).getByTestId('feedback-auction').textContent(),
      'Lote vendido 1',
    );
    assert.equal(await page.getByRole('button', { name: 'Carregar mais avaliações' }).count(), 0);

    const listings = page.getByTestId('listings');
    const listed = listings.locator('[data-auction-id]');
    await listed.nth(49).waitFor();
    assert.equal(await listed.count(), 50, 'a page of 50');
    await page.getByRole('button', { name: 'Carregar mais anúncios' }).click();
    await listed.nth(50).waitFor();
    assert.equal(await listed.count(), 51);
    assert.equal(await listings.getByTestId('closed-auction').count(), 21);
    assert.equal(await page.getByRole('button', { name: 'Carregar mais anúncios' }).count(), 0);
  });

  test('rated from another device: the form goes live; with that event lost, the refusal says so', async () => {
    const [vera, ana] = await registerEach(suite.stack.url, ['Vera Vendedora', 'Ana']);
    const first = await boughtNow(suite.stack.url, vera, ana, { title: 'Cafeteira italiana' });
    const live = (await suite.open(`/auctions/${first.id}`, { session: ana })).page;
    await live.getByRole('group', { name: 'Avalie o vendedor Vera Vendedora' }).waitFor();
    await waitWatching(live);
    await rate(ana, first.id, 'neutral', 'Pelo celular.');
    await waitForText(live, 'feedback-comment', 'Pelo celular.');
    assert.equal(await live.getByTestId('feedback-form').count(), 0, 'gone at once');
    assert.equal(await live.getByTestId('announcer').filter({ hasText: 'avaliou' }).count(), 0);

    // The same on a connection that loses the event: the page learns it from the API.
    const second = await boughtNow(suite.stack.url, vera, ana, { title: 'Moedor de café' });
    let filter: SocketFilter | undefined;
    const { page } = await suite.open(`/auctions/${second.id}`, {
      session: ana,
      beforeLoad: async (page) => {
        filter = await filterSocketEvents(page, (event) => event === 'feedback:left');
      },
    });
    await filter?.upgraded();
    await waitWatching(page);
    const choices = page.getByRole('group', { name: 'Avalie o vendedor Vera Vendedora' });
    await choices.waitFor();
    await rate(ana, second.id, 'neutral', 'Pelo tablet.');
    await eventually(() => filter?.dropped.length === 1, 10_000);
    await choices.getByRole('radio', { name: 'Negativa' }).check();
    await page.getByRole('button', { name: 'Publicar avaliação' }).click();
    await waitForText(
      page,
      'feedback-outcome',
      'Você já avaliou esta venda, e a avaliação não pode ser mudada.',
    );
    await waitForText(page, 'feedback-comment', 'Pelo tablet.');
    assert.equal(await feedbackOf(page, 'buyer').getAttribute('data-rating'), 'neutral');
    assert.equal(await page.getByTestId('feedback-form').count(), 0);
    assert.equal(await focused(page), 'sale-feedback-title', 'focus on the section');
  });

  test('the window closed while the form was open: refused in words, then a note', async () => {
    const [vera, ana] = await registerEach(suite.stack.url, ['Vera Vendedora', 'Ana']);
    const auction = await boughtNow(suite.stack.url, vera, ana, { title: 'Máquina de costura' });
    const { page } = await suite.open(`/auctions/${auction.id}`, { session: vera });
    const choices = page.getByRole('group', { name: 'Avalie o comprador Ana' });
    await choices.waitFor();
    await closedDaysAgo(auction.id, 61);
    await choices.getByRole('radio', { name: 'Neutra' }).check();
    await page.getByRole('button', { name: 'Publicar avaliação' }).click();
    await waitForText(page, 'feedback-outcome', 'O prazo para avaliar esta venda já terminou.');
    assert.equal(await page.getByTestId('feedback-form').count(), 0);

    const { openUntil } = await saleFeedback(auction.id);
    const until = await page.evaluate(
      (iso) => new Intl.DateTimeFormat('pt-BR', { dateStyle: 'medium' }).format(new Date(iso)),
      openUntil ?? '',
    );
    await page.reload();
    await waitForText(
      page,
      'feedback-window-closed',
      `O prazo para avaliar esta venda terminou em ${until}.`,
    );
    assert.equal(await page.getByTestId('feedback-form').count(), 0);
  });

  test('the window is judged on the server’s clock, not the device’s', async () => {
    const [vera, ana] = await registerEach(suite.stack.url, ['Vera Vendedora', 'Ana']);
    const auction = await boughtNow(suite.stack.url, vera, ana, { title: 'Rádio valvulado' });
    // The server says it is 61 days later; the device's own clock says now.
    const { page } = await suite.open(`/auctions/${auction.id}`, {
      session: ana,
      beforeLoad: async (page) => {
        await page.route('**/api/time', (route) =>
          route.fulfill({ json: { now: new Date(Date.now() + 61 * DAY_MS).toISOString() } }),
        );
      },
    });
    await page.getByTestId('feedback-window-closed').waitFor();
    assert.equal(await page.getByTestId('feedback-form').count(), 0);
    // On the real clock, the same buyer gets the form.
    const real = (await suite.open(`/auctions/${auction.id}`, { session: ana })).page;
    await real.getByRole('group', { name: 'Avalie o vendedor Vera Vendedora' }).waitFor();
    assert.equal(await real.getByTestId('feedback-window-closed').count(), 0);
  });

  test('the other party deleted their account: said by name; their profile is gone', async () => {
    const [vera, caio] = await registerEach(suite.stack.url, ['Vera Vendedora', 'Caio']);
    const auction = await boughtNow(suite.stack.url, vera, caio, { title: 'Luminária de mesa' });
    // A month later (the account may go 30 days after a sale), still within the window.
    await closedDaysAgo(auction.id, 31);
    const deleted = await call(suite.stack.url, 'DELETE', '/api/auth/me', {
      token: caio.token,
      body: { password: 'correct horse battery' },
    });
    assert.equal(deleted.status, 204, JSON.stringify(deleted.body));

    const { page } = await suite.open(`/auctions/${auction.id}`, { session: vera });
    const choices = page.getByRole('group', { name: 'Avalie o comprador Caio' });
    await choices.waitFor();
    await choices.getByRole('radio', { name: 'Positiva' }).check();
    await page.getByRole('button', { name: 'Publicar avaliação' }).click();
    await waitForText(
      page,
      'feedback-outcome',
      'Caio excluiu a conta: esta venda não pode mais ser avaliada.',
    );
    assert.equal(await page.getByTestId('feedback-form').count(), 0);

    await page.goto(`${suite.stack.url}/users/${caio.user.id}`);
    await page.getByRole('heading', { level: 1, name: 'Perfil não encontrado' }).waitFor();
  });

  test('a profile that never existed says so, on a phone', async () => {
    const { page } = await suite.open('/users/nobody-here', { viewport: PHONE });
    await page.getByRole('heading', { level: 1, name: 'Perfil não encontrado' }).waitFor();
    await waitForText(page, 'profile-missing', 'não existe ou foi excluída');
    assert.equal(await page.getByTestId('profile').count(), 0);
    assert.deepEqual(await accessibilityViolations(page), []);
  });
});
