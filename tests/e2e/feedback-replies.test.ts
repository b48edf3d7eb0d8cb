// Browser end-to-end for answers to feedback and *Mais deste vendedor*, on
// the real stack: the seller answers the buyer's rating on the sale's page
// (a blank answer refused in place, markup kept as text, the focus and a
// status after posting, the form gone) and it reaches the buyer's open page
// live and her lobby as an alert; a third person sees it and no form; on her
// profile the rated person answers too, and a form left stale by an answer
// from another device says so in words and shows that answer (on the sale's
// page with the event lost on the wire); the seller's other open auctions at
// the foot of an auction's page, never the one shown nor a finished one, and
// nothing when there are none; axe where the form is.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { AuctionFeedback, Feedback, FeedbackRating } from '../../core/schemas.ts';
import {
  boughtNow,
  call,
  createAuction,
  eventually,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { PHONE, waitLive, waitWatching } from './support/browser.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { filterSocketEvents, type SocketFilter } from './support/socket-filter.ts';
import { useBrowserSuite } from './support/suite.ts';

const REPLY_LABEL = 'Sua resposta a esta avaliação';
const ALREADY = 'Você já respondeu a esta avaliação, e a resposta não pode ser mudada.';

describe(
  'answers to feedback and the seller’s other items in the browser',
  { timeout: 240_000 },
  () => {
    const suite = useBrowserSuite({
      apiEnv: { RATE_LIMIT_CREATE_AUCTION_USER: '6000,100', RATE_LIMIT_BID_USER: '6000,100' },
    });

    /** Feedback left through the API (another device). */
    async function rate(who: Session, auctionId: string, rating: FeedbackRating, comment?: string) {
      const reply = await call(suite.stack.url, 'POST', `/api/auctions/${auctionId}/feedback`, {
        token: who.token,
        body: comment === undefined ? { rating } : { rating, comment },
      });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
    }

    /** An answer given through the API (another device). */
    async function answer(who: Session, auctionId: string, role: Feedback['role'], text: string) {
      const reply = await call(
        suite.stack.url,
        'POST',
        `/api/auctions/${auctionId}/feedback/${role}/reply`,
        { token: who.token, body: { text } },
      );
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
    }

    const saleFeedback = async (auctionId: string) =>
      (await call<AuctionFeedback>(suite.stack.url, 'GET', `/api/auctions/${auctionId}/feedback`))
        .body;

    const feedbackOf = (page: Page, role: 'buyer' | 'seller') =>
      page.getByTestId('sale-feedback').locator(`[data-testid="feedback"][data-role="${role}"]`);

    const replyAlerts = (page: Page) =>
      page.locator('[data-testid="alert"][data-kind="feedbackReplied"]');

    const focused = (page: Page) =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.dataset.testid || element?.id;
      });

    test('the seller answers on the sale’s page; the buyer sees it live and is alerted elsewhere', async () => {
      const [vera, ana, carla] = await registerEach(suite.stack.url, [
        'Vera Vendedora',
        'Ana',
        'Carla',
      ]);
      const auction = await boughtNow(suite.stack.url, vera, ana, { title: 'Vitrola Philips' });
      const path = `/auctions/${auction.id}`;
      await rate(ana, auction.id, 'negative', 'Chegou com um risco.');

      // Ana on the sale's page and on the lobby (another device); Vera on the lobby too.
      const anaOnSale = (await suite.open(path, { session: ana })).page;
      const anaLobby = (await suite.open('/', { session: ana, viewport: PHONE })).page;
      const veraLobby = (await suite.open('/', { session: vera })).page;
      await feedbackOf(anaOnSale, 'buyer').waitFor();
      assert.equal(
        await anaOnSale.getByRole('textbox', { name: REPLY_LABEL }).count(),
        0,
        'the author does not answer her own rating',
      );
      await Promise.all([waitWatching(anaOnSale), waitLive(anaLobby), waitLive(veraLobby)]);

      // Vera, on a phone, finds the form beneath Ana's rating of her.
      const seller = (await suite.open(path, { session: vera, viewport: PHONE })).page;
      const rating = feedbackOf(seller, 'buyer');
      const field = rating.getByRole('textbox', { name: REPLY_LABEL });
      await field.waitFor();
      await assertAccessibleAtBothSizes(seller, 'auction page with the answer form');
      const send = rating.getByRole('button', { name: 'Responder' });
      await field.fill('   ');
      await send.click();
      await waitForText(
        seller,
        `reply-${auction.id}-buyer-error`,
        'Escreva a resposta antes de enviar.',
      );
      assert.equal((await saleFeedback(auction.id)).items[0]?.reply, null, 'nothing sent');

      const text = 'O risco já estava nas <b>fotos</b>,\nmas peço desculpas.';
      await field.fill(text);
      await waitForText(
        seller,
        `reply-${auction.id}-buyer-count`,
        `${text.length} de 500 caracteres`,
      );
      await screenshotBoth(seller, 'feedback-reply-form');
      await send.click();
      await waitForText(seller, 'reply-outcome', 'Sua resposta foi publicada.');
      const shown = rating.getByTestId('feedback-reply');
      await shown.waitFor();
      assert.equal(await focused(seller), 'feedback-reply', 'focus on the answer given');
      assert.equal(await shown.getByTestId('feedback-reply-text').textContent(), text);
      assert.equal(await shown.locator('b').count(), 0, 'markup stays text');
      assert.match((await shown.textContent()) ?? '', /^Resposta de Vera Vendedora:/);
      assert.equal(await field.count(), 0, 'the form is gone: once only');
      assert.equal((await saleFeedback(auction.id)).items[0]?.reply?.text, text.trim());

      // Ana's open page gets it live, announced, with no alert; her lobby gets the alert.
      await waitForText(anaOnSale, 'feedback-reply-text', 'mas peço desculpas.');
      await waitForText(
        anaOnSale,
        'announcer',
        'Vera Vendedora respondeu a uma avaliação desta venda.',
      );
      await waitForText(
        anaLobby,
        'alert',
        'Vera Vendedora respondeu à sua avaliação de “Vitrola Philips”.',
      );
      assert.equal(await replyAlerts(anaOnSale).count(), 0, 'not on the sale’s own page');
      await screenshotBoth(anaLobby, 'alert-feedback-replied');
      assert.equal(await replyAlerts(veraLobby).count(), 0, 'the one who answered is not told');

      // Someone else sees the answer and no form.
      const other = (await suite.open(path, { session: carla })).page;
      await waitForText(other, 'feedback-reply', 'Resposta de Vera Vendedora:');
      assert.equal(await other.getByRole('textbox', { name: REPLY_LABEL }).count(), 0);

      // The alert leads to the sale's page, and goes once followed.
      const follow = replyAlerts(anaLobby).getByRole('link', { name: 'Ver resposta' });
      assert.equal(await follow.getAttribute('href'), path);
      await follow.click();
      await waitForText(anaLobby, 'feedback-reply-text', 'mas peço desculpas.');
      assert.equal(await replyAlerts(anaLobby).count(), 0, 'followed: gone');
    });

    test('on her own profile the rated person answers; a form left stale says so in words', async () => {
      const [vera, ana, bruno] = await registerEach(suite.stack.url, [
        'Vera Vendedora',
        'Ana',
        'Bruno',
      ]);
      const first = await boughtNow(suite.stack.url, vera, ana, { title: 'Cafeteira italiana' });
      const second = await boughtNow(suite.stack.url, vera, bruno, { title: 'Moedor de café' });
      await rate(ana, first.id, 'positive', 'Tudo certo.');
      await rate(bruno, second.id, 'neutral', 'Demorou um pouco.');

      const { page } = await suite.open(`/users/${vera.user.id}`, { session: vera });
      const received = page.getByTestId('received');
      const fromAna = received.locator(`[data-testid="feedback"][data-rating="positive"]`);
      const fromBruno = received.locator(`[data-testid="feedback"][data-rating="neutral"]`);
      await fromAna.getByRole('textbox', { name: REPLY_LABEL }).waitFor();
      await fromBruno.getByRole('textbox', { name: REPLY_LABEL }).waitFor();
      await assertAccessibleAtBothSizes(page, 'own profile with answer forms');

      // Bruno's answered here.
      await fromBruno.getByRole('textbox', { name: REPLY_LABEL }).fill('Os Correios atrasaram.');
      await fromBruno.getByRole('button', { name: 'Responder' }).click();
      await waitForText(page, 'reply-outcome', 'Sua resposta foi publicada.');
      await waitForText(page, 'feedback-reply-text', 'Os Correios atrasaram.');
      assert.equal(await focused(page), 'feedback-reply');
      assert.equal(await fromBruno.getByRole('textbox').count(), 0, 'its form is gone');
      assert.equal(await received.getByRole('textbox', { name: REPLY_LABEL }).count(), 1);

      // Ana's answered from another device meanwhile: the stale form is refused in words.
      await answer(vera, first.id, 'buyer', 'Obrigada, Ana!');
      await fromAna.getByRole('textbox', { name: REPLY_LABEL }).fill('Obrigada pela compra.');
      await fromAna.getByRole('button', { name: 'Responder' }).click();
      await waitForText(page, 'reply-outcome', ALREADY);
      await fromAna.getByTestId('feedback-reply').waitFor();
      assert.equal(
        await fromAna.getByTestId('feedback-reply-text').textContent(),
        'Obrigada, Ana!',
      );
      assert.equal(await received.getByRole('textbox').count(), 0);
      assert.equal(await focused(page), 'received-title', 'focus on the section');

      // Anyone else sees both answers and no form, in English too.
      const other = (await suite.open(`/users/${vera.user.id}`, { session: ana })).page;
      const answers = other.getByTestId('received').getByTestId('feedback-reply');
      await answers.nth(1).waitFor();
      assert.equal(await other.getByRole('textbox').count(), 0);
      await other.getByRole('button', { name: 'Switch to English' }).click();
      await waitForText(other, 'feedback-reply', 'Reply from Vera Vendedora: Obrigada, Ana!');
    });

    test('answered from another device: the sale’s page follows live; with the event lost, the refusal says so', async () => {
      const [vera, ana] = await registerEach(suite.stack.url, ['Vera Vendedora', 'Ana']);
      const auction = await boughtNow(suite.stack.url, vera, ana, { title: 'Rádio valvulado' });
      await rate(vera, auction.id, 'positive', 'Pagou na hora.');
      const path = `/auctions/${auction.id}`;

      // Ana answers the seller's rating of her: one page hears it, the other's event is lost.
      const live = (await suite.open(path, { session: ana })).page;
      let filter: SocketFilter | undefined;
      const { page } = await suite.open(path, {
        session: ana,
        viewport: PHONE,
        beforeLoad: async (page) => {
          filter = await filterSocketEvents(page, (event) => event === 'feedback:replied');
        },
      });
      await filter?.upgraded();
      for (const each of [live, page])
        await feedbackOf(each, 'seller').getByRole('textbox', { name: REPLY_LABEL }).waitFor();
      await Promise.all([waitWatching(live), waitWatching(page)]);

      await answer(ana, auction.id, 'seller', 'Obrigada, Vera!');
      await waitForText(live, 'feedback-reply-text', 'Obrigada, Vera!');
      assert.equal(await live.getByRole('textbox', { name: REPLY_LABEL }).count(), 0, 'gone live');
      assert.equal(
        await live.getByTestId('announcer').filter({ hasText: 'respondeu' }).count(),
        0,
        'her own answer is not announced to her',
      );

      await eventually(() => filter?.dropped.length === 1, 10_000);
      const stale = feedbackOf(page, 'seller');
      await stale.getByRole('textbox', { name: REPLY_LABEL }).fill('Valeu!');
      await stale.getByRole('button', { name: 'Responder' }).click();
      await waitForText(page, 'reply-outcome', ALREADY);
      await waitForText(page, 'feedback-reply-text', 'Obrigada, Vera!');
      assert.equal(await page.getByRole('textbox', { name: REPLY_LABEL }).count(), 0);
      assert.equal(await focused(page), 'sale-feedback-title', 'focus on the section');
    });

    test('“Mais deste vendedor”: the seller’s other open auctions, never this one nor finished ones', async () => {
      const [vera, ana, bruno] = await registerEach(suite.stack.url, [
        'Vera Vendedora',
        'Ana',
        'Bruno',
      ]);
      const current = await createAuction(suite.stack.url, vera.token, {
        title: 'Relógio cuco',
        durationSeconds: 600,
      });
      // Five others still open, ending one after another: the four soonest show.
      const others = [];
      for (const n of [1, 2, 3, 4, 5])
        others.push(
          await createAuction(suite.stack.url, vera.token, {
            title: `Outro lote ${n}`,
            durationSeconds: 600 + n * 60,
          }),
        );
      const sold = await boughtNow(suite.stack.url, vera, ana, { title: 'Lote vendido' });
      const cancelled = await createAuction(suite.stack.url, vera.token, {
        title: 'Lote cancelado',
        durationSeconds: 300,
      });
      const cancel = await call(suite.stack.url, 'POST', `/api/auctions/${cancelled.id}/cancel`, {
        token: vera.token,
      });
      assert.equal(cancel.status, 200, JSON.stringify(cancel.body));

      const { page } = await suite.open(`/auctions/${current.id}`);
      const section = page.getByTestId('seller-items');
      await section.getByRole('heading', { level: 2, name: 'Mais deste vendedor' }).waitFor();
      const shownIds = () =>
        section
          .getByTestId('open-auction')
          .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.auctionId));
      assert.deepEqual(
        await shownIds(),
        others.slice(0, 4).map((auction) => auction.id),
      );
      for (const absent of [current, sold, cancelled, others[4]])
        assert.equal(
          await section.locator(`[data-auction-id="${absent?.id}"]`).count(),
          0,
          absent?.title,
        );
      const all = section.getByRole('link', { name: 'Ver perfil e todos os anúncios' });
      assert.equal(await all.getAttribute('href'), `/users/${vera.user.id}`);
      await assertAccessibleAtBothSizes(page, 'auction page with the seller’s other items');
      await screenshotBoth(page, 'seller-items');

      // A card leads to that auction, whose own section leaves it out and shows this one.
      await section.getByRole('link', { name: 'Outro lote 2' }).click();
      await page.waitForURL(`**/auctions/${others[1]?.id}`);
      await page.getByRole('heading', { level: 1, name: 'Outro lote 2' }).waitFor();
      await eventually(async () => (await shownIds()).includes(current.id), 10_000);
      assert.equal((await shownIds()).includes(others[1]?.id), false);

      // The sold auction's page shows them too, in English.
      await page.goto(`${suite.stack.url}/auctions/${sold.id}`);
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await section.getByRole('heading', { level: 2, name: 'More from this seller' }).waitFor();
      await section.getByRole('link', { name: 'See the profile and all listings' }).waitFor();

      // A seller with nothing else open: no section at all, once the listings were read.
      const lone = await createAuction(suite.stack.url, bruno.token, {
        title: 'Único lote',
        durationSeconds: 600,
      });
      await boughtNow(suite.stack.url, bruno, ana, { title: 'Vendido antes' });
      const { page: alone } = await suite.open('/', { viewport: PHONE });
      const listings = alone.waitForResponse((response) =>
        response.url().includes(`/api/users/${bruno.user.id}/auctions`),
      );
      await alone.goto(`${suite.stack.url}/auctions/${lone.id}`);
      await alone.getByRole('heading', { level: 1, name: 'Único lote' }).waitFor();
      assert.equal((await listings).status(), 200);
      await alone.waitForTimeout(300);
      assert.equal(await alone.getByTestId('seller-items').count(), 0);
      assert.equal(await alone.getByRole('heading', { name: 'Mais deste vendedor' }).count(), 0);
    });
  },
);
