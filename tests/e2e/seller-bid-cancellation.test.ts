// Browser end-to-end for the seller's cancellation of a bidder's bids (eBay's
// bid cancellation), on the real stack. Bia bids R$ 10,00 and watches the
// lobby; Ana outbids her from the auction's page (*Lance … aceito*) and has the
// lobby open on another device; Davi watches the page. Vera, the seller, finds
// *Cancelar lances de um licitante* under the history, Ana first: her
// question has the focus on the four reasons, says every bid of Ana's goes,
// shows as cancelled by the seller, and that she may bid again unless
// blocked; Escape steps back to the button; confirming without a reason says
// to choose one and sends nothing. With *Suspeita de fraude*, one request goes;
// a polite status says Ana's bids went and Bia leads, the focus moves to Bia's
// button, and Ana's row reads *Cancelado pelo vendedor*, struck through — on
// Davi's page too, live, with its announcement and never the reason, and in
// English (*Cancelled by the seller*), and after a reload. Bia's outbid alert
// gives way to the seller's words; Ana's form says the seller cancelled her bid
// and who leads, and both her devices get an alert that she may bid again,
// which she does. A seller whose item is gone cancels each bidder's bids, then
// the auction; refused meanwhile because a bid came unheard, *Cancelar leilão*
// says to cancel the bidders' bids first. Refusals in words: a bidder whose
// bids went unheard (NO_BID_TO_CANCEL), and a lost answer, never sent twice.
// axe on each new view at both widths.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Auction } from '../../core/schemas.ts';
import { formatMoney } from '../../web/src/format.ts';
import { call, createAuction, eventually, placeBid, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { waitLive, waitWatching } from './support/browser.ts';
import {
  brl,
  documentHtml,
  historyRows,
  screenshotBoth,
  waitForHistory,
  waitForText,
} from './support/page-helpers.ts';
import { filterSocketEvents, type SocketFilter } from './support/socket-filter.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('the seller cancelling a bidder’s bids, in the browser', { timeout: 240_000 }, () => {
  const suite = useBrowserSuite();

  /** The focused element: its tag, its type and the words of its label or itself. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement | null;
      const label = active?.closest('label')?.innerText ?? active?.innerText ?? '';
      return { tag: active?.tagName ?? null, type: active?.type ?? null, text: label.trim() };
    });

  /** Bia leads again at her R$ 10,00; Ana's row stays, cancelled by the seller, struck through. */
  async function showsBiaAgain(
    page: Page,
    where: string,
    label = 'Cancelado pelo vendedor',
    price = brl(1_000),
  ) {
    await waitForText(page, 'leader', 'Bia');
    await waitForText(page, 'current-price', price);
    await page.locator('[data-testid="bid-row"][data-cancelled-by-seller="true"]').waitFor();
    await waitForHistory(page, [2, 1]);
    const [anaRow, biaRow] = await historyRows(page);
    assert.deepEqual([anaRow?.cancelledBySeller, anaRow?.struck], [true, true], where);
    assert.match(anaRow?.text ?? '', new RegExp(`Ana.*${label}`), where);
    assert.doesNotMatch(anaRow?.text ?? '', /moderação|moderators|retirado|retracted/, where);
    assert.deepEqual([biaRow?.cancelledBySeller, biaRow?.struck], [false, false], where);
    assert.equal(await page.getByTestId('bid-count').innerText(), '1', `${where}: bids that stand`);
  }

  test('Vera cancels Ana’s bids: asked first, everyone concerned told, and Ana may bid again', async () => {
    const [vera, ana, bia, davi] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Ana',
      'Bia',
      'Davi',
    ]);
    const auction = await createAuction(suite.stack.url, vera.token, {
      title: 'Violão antigo',
      startingPrice: 1_000,
      minIncrement: 100,
      durationSeconds: 900,
    });
    const path = `/auctions/${auction.id}`;
    assert.equal((await placeBid(suite.stack.url, bia.token, auction.id, 1_000)).status, 201);
    const biaLobby = (await suite.open('/', { session: bia })).page;
    const anaLobby = (await suite.open('/', { session: ana })).page;
    const watcher = (await suite.open(path, { session: davi })).page;
    const anaPage = (await suite.open(path, { session: ana })).page;
    const seller = (await suite.open(path, { session: vera })).page;
    await Promise.all([
      waitLive(biaLobby),
      waitLive(anaLobby),
      waitWatching(watcher),
      waitWatching(anaPage),
      waitWatching(seller),
    ]);
    await watcher.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));

    // Ana outbids Bia from the auction's page.
    await anaPage.getByLabel('Seu lance (R$)').fill('11,00');
    await anaPage.getByRole('button', { name: 'Dar lance' }).click();
    const anaAnswer = anaPage.locator('[role="status"][data-testid="bid-feedback"]');
    await anaAnswer.filter({ hasText: `Lance de ${brl(1_100)} aceito` }).waitFor();
    const biaAlerts = (kind: string) =>
      biaLobby.locator(`[aria-live="polite"] [data-testid="alert"][data-kind="${kind}"]`);
    await biaAlerts('outbid').waitFor();

    // Vera's panel, under the history: Ana, who leads, first.
    const panel = seller.getByTestId('seller-cancel-bids');
    await waitForText(seller, 'leader', 'Ana');
    await eventually(async () => (await panel.getByTestId('cancel-bids-bidder').count()) === 2);
    assert.deepEqual(await panel.locator('.cancel-bids__who').allInnerTexts(), [
      `Ana 1 lance valendo, o maior de ${brl(1_100)}`,
      `Bia 1 lance valendo, o maior de ${brl(1_000)}`,
    ]);
    assert.match(
      await seller.locator('.panel.note').innerText(),
      /só pode ser cancelado depois que você cancelar os lances de cada licitante/,
    );
    assert.equal(await anaPage.getByTestId('seller-cancel-bids').count(), 0, 'sellers only');
    assert.equal(await watcher.getByTestId('seller-cancel-bids').count(), 0, 'sellers only');
    const sent: unknown[] = [];
    seller.on('request', (request) => {
      if (request.url().endsWith('/bids/cancel')) sent.push(request.postDataJSON());
    });

    // Asked first, the focus on the reasons; Escape steps back.
    const trigger = panel.getByRole('button', { name: 'Cancelar lances de Ana' });
    await trigger.click();
    const question = panel.getByRole('group', { name: /^Cancelar os lances de Ana\?/ });
    await question.waitFor();
    assert.equal(
      await question.locator(`#cancel-bids-${ana.user.id}-question`).innerText(),
      'Cancelar os lances de Ana? Todos os lances de Ana neste leilão serão cancelados, e o histórico vai mostrá-los como cancelados pelo vendedor. Ana poderá dar lances de novo, a menos que você bloqueie essa pessoa.',
    );
    const reasons = question.getByRole('group', { name: /^Motivo/ });
    assert.equal(await reasons.getByRole('radio').count(), 4);
    assert.deepEqual(await focused(seller), {
      tag: 'INPUT',
      type: 'radio',
      text: 'O licitante pediu para cancelar',
    });
    assert.equal(await reasons.getByRole('radio', { checked: true }).count(), 0, 'none picked');
    await assertAccessibleAtBothSizes(seller, 'the seller’s question before cancelling bids');
    await screenshotBoth(seller, 'seller-cancel-bids-question');
    await seller.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    assert.equal((await focused(seller)).text, 'Cancelar lances de Ana', 'back on the button');

    // No reason: said beside the reasons, the question stays, nothing sent.
    await trigger.click();
    await question.getByRole('button', { name: 'Sim, cancelar os lances' }).click();
    await question.getByText('Escolha o motivo do cancelamento.').waitFor();
    assert.equal((await focused(seller)).type, 'radio', 'the focus on the reasons');
    assert.deepEqual(sent, [], 'nothing sent');
    await assertAccessibleAtBothSizes(seller, 'a cancellation without a reason');

    await question.getByRole('radio', { name: 'Suspeita de fraude' }).check();
    await question.getByRole('button', { name: 'Sim, cancelar os lances' }).click();
    const done = `Pronto: os lances de Ana foram cancelados. Bia está na frente, com ${brl(1_000)}.`;
    await seller
      .locator('[role="status"][data-testid="cancel-bids-outcome"]')
      .filter({ hasText: done })
      .waitFor();
    assert.deepEqual(sent, [{ bidderId: ana.user.id, reason: 'fraud_concern' }], 'once');
    await eventually(async () => (await focused(seller)).text === 'Cancelar lances de Bia');
    assert.equal(await panel.getByTestId('cancel-bids-bidder').count(), 1, 'Bia only');
    await showsBiaAgain(seller, 'Vera’s page');
    await assertAccessibleAtBothSizes(seller, 'the seller’s page after cancelling bids');
    await screenshotBoth(seller, 'seller-cancel-bids-done');

    // Davi's page, live and without a reload, never told why.
    await showsBiaAgain(watcher, 'the watcher’s page, live');
    await waitForText(
      watcher,
      'announcer',
      `O vendedor cancelou os lances de um licitante deste leilão. Bia está na frente com ${brl(1_000)}`,
    );
    assert.equal(
      await watcher.evaluate(() => (window as { notReloaded?: boolean }).notReloaded),
      true,
    );
    assert.equal(await watcher.getByTestId('alert').count(), 0, 'a watcher gets no alert');
    assert.doesNotMatch(
      await documentHtml(watcher),
      /fraude|fraud_concern/i,
      'the reason is private',
    );
    await assertAccessibleAtBothSizes(
      watcher,
      'a watcher’s page with bids cancelled by the seller',
    );
    await watcher.getByRole('button', { name: 'Switch to English' }).click();
    const inEnglish = formatMoney(1_000, 'en');
    await showsBiaAgain(watcher, 'in English', 'Cancelled by the seller', inEnglish);
    await watcher.reload();
    await waitWatching(watcher);
    await showsBiaAgain(watcher, 'after a reload', 'Cancelled by the seller', inEnglish);

    // Bia, on the lobby: she leads again; the outbid alert gives way.
    const leadsAgain = biaAlerts('bidsCancelled');
    await leadsAgain.waitFor();
    assert.equal(
      await leadsAgain.locator('.toast__text').textContent(),
      `O vendedor cancelou os lances de um licitante em “Violão antigo”. Você está na frente, por ${brl(1_000)}.`,
    );
    assert.equal(await biaAlerts('outbid').count(), 0, 'replaced');
    await assertAccessibleAtBothSizes(biaLobby, 'the lobby with the new leader’s alert');

    // Ana: her form's answer says what became of her bid; both devices are told.
    const taken = `O vendedor cancelou seu lance de ${brl(1_100)}. Bia está na frente, com ${brl(1_000)}.`;
    await anaAnswer.filter({ hasText: taken }).waitFor();
    assert.equal(await anaAnswer.innerText(), taken, 'instead of “aceito”, not beside it');
    await showsBiaAgain(anaPage, 'Ana’s page');
    const told =
      'O vendedor cancelou seus lances em “Violão antigo”. Você pode dar lances de novo enquanto o leilão estiver aberto.';
    for (const [page, where] of [
      [anaPage, 'the auction’s own page'],
      [anaLobby, 'the lobby'],
    ] as const) {
      const alert = page.locator(
        '[aria-live="polite"] [data-testid="alert"][data-kind="ownBidsCancelled"]',
      );
      await alert.waitFor();
      assert.equal(await alert.locator('.toast__text').textContent(), told, where);
    }
    assert.equal(
      await anaLobby
        .locator('[data-kind="ownBidsCancelled"]')
        .getByRole('link', { name: 'Dar novo lance' })
        .getAttribute('href'),
      path,
    );
    assert.equal(
      await anaPage.getByRole('button', { name: 'Retirar meu lance' }).count(),
      0,
      'nothing of hers left to retract',
    );
    await assertAccessibleAtBothSizes(anaPage, 'the bidder’s page with her bids cancelled');
    await assertAccessibleAtBothSizes(anaLobby, 'the lobby with the bidder’s alert');
    await screenshotBoth(anaLobby, 'alert-own-bids-cancelled');

    // Not blocked, she bids again.
    await anaPage.getByLabel('Seu lance (R$)').fill('11,00');
    await anaPage.getByRole('button', { name: 'Dar lance' }).click();
    await anaAnswer.filter({ hasText: `Lance de ${brl(1_100)} aceito` }).waitFor();
    await waitForText(seller, 'leader', 'Ana');
  });

  test('the item is gone: every bidder’s bids, then the auction', async () => {
    const [vera, ana, bia] = await registerEach(suite.stack.url, ['Vera Vendedora', 'Ana', 'Bia']);
    const auction = await createAuction(suite.stack.url, vera.token, {
      title: 'Relógio de bolso',
      startingPrice: 1_000,
      minIncrement: 100,
      durationSeconds: 900,
    });
    assert.equal((await placeBid(suite.stack.url, ana.token, auction.id, 1_000)).status, 201);
    assert.equal((await placeBid(suite.stack.url, bia.token, auction.id, 1_100)).status, 201);
    // Later, a bid her page never hears.
    let dropBids = false;
    let filter: SocketFilter | undefined;
    const { page } = await suite.open(`/auctions/${auction.id}`, {
      session: vera,
      beforeLoad: async (opened) => {
        filter = await filterSocketEvents(opened, (event) => dropBids && event === 'bid:placed');
      },
    });
    await waitLive(page);
    await filter?.upgraded();
    await waitWatching(page);
    const panel = page.getByTestId('seller-cancel-bids');
    const outcome = page.locator('[role="status"][data-testid="cancel-bids-outcome"]');
    const focused = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? null);
    const cancelBidsOf = async (name: string) => {
      await panel.getByRole('button', { name: `Cancelar lances de ${name}` }).click();
      const question = panel.getByRole('group', { name: `Cancelar os lances de ${name}?` });
      await question.getByRole('radio', { name: 'O item não está mais disponível' }).check();
      await question.getByRole('button', { name: 'Sim, cancelar os lances' }).click();
    };
    assert.equal(await page.getByRole('button', { name: 'Cancelar leilão' }).count(), 0);

    await cancelBidsOf('Bia');
    await outcome
      .filter({
        hasText: `Pronto: os lances de Bia foram cancelados. Ana está na frente, com ${brl(1_000)}.`,
      })
      .waitFor();
    await eventually(async () => (await focused()) === 'Cancelar lances de Ana');
    await cancelBidsOf('Ana');
    await outcome
      .filter({
        hasText: `Pronto: os lances de Ana foram cancelados. Nenhum lance vale agora: lance inicial de ${brl(1_000)}.`,
      })
      .waitFor();
    await eventually(async () => (await focused()) === 'Cancelar lances de um licitante');
    assert.equal(await panel.getByTestId('cancel-bids-bidder').count(), 0, 'no bidder left');
    await waitForHistory(page, [2, 1]);
    assert.deepEqual(
      (await historyRows(page)).map((row) => [row.seq, row.cancelledBySeller]),
      [
        [2, true],
        [1, true],
      ],
    );
    await assertAccessibleAtBothSizes(page, 'every bidder’s bids cancelled');
    await screenshotBoth(page, 'seller-cancel-bids-none-left');

    // Ana bids again, unheard: cancelling the auction is refused in words.
    dropBids = true;
    assert.equal((await placeBid(suite.stack.url, ana.token, auction.id, 1_000)).status, 201);
    await eventually(() => filter?.dropped.includes('bid:placed'));
    const cancelAuction = page.getByTestId('cancel-auction');
    await cancelAuction.getByRole('button', { name: 'Cancelar leilão' }).click();
    await cancelAuction.getByRole('button', { name: 'Sim, cancelar o leilão' }).click();
    await cancelAuction
      .locator('[role="alert"]')
      .filter({
        hasText:
          'Há lances valendo neste leilão: para cancelá-lo, cancele antes os lances de cada licitante, em “Cancelar lances de um licitante”, abaixo do histórico de lances.',
      })
      .waitFor();
    await assertAccessibleAtBothSizes(page, 'cancelling the auction refused while a bid stands');

    // Read again, her bid shows and goes; then the auction does.
    dropBids = false;
    await page.reload();
    await waitWatching(page);
    await cancelBidsOf('Ana');
    await outcome.filter({ hasText: 'Pronto: os lances de Ana foram cancelados.' }).waitFor();
    await cancelAuction.getByRole('button', { name: 'Cancelar leilão' }).click();
    await cancelAuction.getByRole('button', { name: 'Sim, cancelar o leilão' }).click();
    await page.locator('[data-testid="auction-page"][data-status="cancelled"]').waitFor();
    const ended = await call<Auction>(suite.stack.url, 'GET', `/api/auctions/${auction.id}`);
    assert.deepEqual(
      [ended.body.status, ended.body.bidCount, ended.body.cancelledBidCount],
      ['cancelled', 0, 3],
    );
  });

  test('refusals in words: bids that went unheard, and a lost answer never sent twice', async () => {
    const [vera, bia, caio] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Bia',
      'Caio',
    ]);
    const auction = await createAuction(suite.stack.url, vera.token, {
      title: 'Câmera Rolleiflex',
      startingPrice: 1_000,
      minIncrement: 100,
      durationSeconds: 900,
    });
    assert.equal((await placeBid(suite.stack.url, bia.token, auction.id, 1_000)).status, 201);
    assert.equal((await placeBid(suite.stack.url, caio.token, auction.id, 1_100)).status, 201);
    let filter: SocketFilter | undefined;
    let counted: Promise<unknown> | undefined;
    const { page } = await suite.open(`/auctions/${auction.id}`, {
      session: vera,
      beforeLoad: async (opened) => {
        filter = await filterSocketEvents(opened, (event) => event === 'bids:cancelled');
        counted = opened.waitForResponse((r) => r.url().endsWith('/bidders'));
      },
    });
    await waitLive(page);
    await filter?.upgraded();
    await waitWatching(page);
    // The panel has its count (Caio's bid standing) before he retracts it.
    await counted;
    const panel = page.getByTestId('seller-cancel-bids');
    const refusedFor = (userId: string, text: string) =>
      panel
        .getByTestId(`cancel-bids-${userId}`)
        .locator('[role="alert"]')
        .filter({ hasText: text })
        .waitFor();
    const confirmFor = async (name: string) => {
      await panel.getByRole('button', { name: `Cancelar lances de ${name}` }).click();
      const question = panel.getByRole('group', { name: `Cancelar os lances de ${name}?` });
      await question.getByRole('radio', { name: 'O licitante pediu para cancelar' }).check();
      await question.getByRole('button', { name: 'Sim, cancelar os lances' }).click();
    };

    // Caio retracted his bid on his own; the page never heard.
    const retracted = await call(
      suite.stack.url,
      'POST',
      `/api/auctions/${auction.id}/bids/retract`,
      {
        token: caio.token,
      },
    );
    assert.equal(retracted.status, 200);
    await eventually(() => filter?.dropped.includes('bids:cancelled'));
    await confirmFor('Caio');
    await refusedFor(
      caio.user.id,
      'Caio não tem lance valendo neste leilão: não há o que cancelar.',
    );
    assert.doesNotMatch(await panel.innerText(), /NO_BID_TO_CANCEL/);
    await assertAccessibleAtBothSizes(page, 'a refused cancellation');

    // The connection drops with the request: asked to look, and never sent again.
    let requests = 0;
    await page.route('**/bids/cancel', async (route) => {
      requests += 1;
      await route.abort('connectionreset');
    });
    await confirmFor('Bia');
    await refusedFor(
      bia.user.id,
      'A resposta não chegou: não dá para saber se os lances de Bia foram cancelados. Veja o histórico de lances antes de tentar de novo.',
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(requests, 1, 'not retried');
    const now = await call<Auction>(suite.stack.url, 'GET', `/api/auctions/${auction.id}`);
    assert.deepEqual(
      [now.body.leader?.id, now.body.currentPrice, now.body.cancelledBidCount],
      [bia.user.id, 1_000, 1],
      'only Caio’s retraction happened',
    );
  });

  test('every bidder is in the panel however old their bids, and live; without the count, the older bids load from it', async () => {
    const [vera, eva, ...rivals] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Eva',
      'Ana',
      'Bia',
      'Caio',
      'Davi',
    ]);
    const auction = await createAuction(suite.stack.url, vera.token, {
      title: 'Relógio de bolso',
      startingPrice: 1_000,
      minIncrement: 100,
      durationSeconds: 900,
    });
    // Eva's one bid, then 50 of four others' in turn (within each one's rate
    // limit): the page holds the latest 50.
    assert.equal((await placeBid(suite.stack.url, eva.token, auction.id, 1_000)).status, 201);
    for (let i = 1; i <= 50; i += 1) {
      const who = rivals[(i - 1) % rivals.length] as (typeof rivals)[number];
      const answer = await placeBid(suite.stack.url, who.token, auction.id, 1_000 + i * 100);
      assert.equal(answer.status, 201, `bid ${i}`);
    }
    const seller = (await suite.open(`/auctions/${auction.id}`, { session: vera })).page;
    await waitWatching(seller);
    const panel = seller.getByTestId('seller-cancel-bids');
    const who = () => panel.locator('.cancel-bids__who').allInnerTexts();
    const rivalsNow = [
      `Bia 13 lances valendo, o maior de ${brl(6_000)}`,
      `Ana 13 lances valendo, o maior de ${brl(5_900)}`,
      `Davi 12 lances valendo, o maior de ${brl(5_800)}`,
      `Caio 12 lances valendo, o maior de ${brl(5_700)}`,
    ];
    // The API counts the whole history: Eva is there at once, nothing to load.
    await eventually(async () => (await panel.getByTestId('cancel-bids-bidder').count()) === 5);
    assert.deepEqual(await who(), [...rivalsNow, `Eva 1 lance valendo, o maior de ${brl(1_000)}`]);
    assert.equal(await panel.getByTestId('cancel-bids-load-older').count(), 0);
    assert.doesNotMatch(await panel.innerText(), /lances mais antigos/);
    // A bid heard after the count is added to it.
    assert.equal((await placeBid(suite.stack.url, eva.token, auction.id, 6_100)).status, 201);
    await eventually(async () => (await who())[0]?.startsWith('Eva 2 lances') ?? false);
    assert.equal((await who())[0], `Eva 2 lances valendo, o maior de ${brl(6_100)}`);
    await assertAccessibleAtBothSizes(seller, 'the seller’s panel with every bidder counted');

    // Without the count (refused here), the panel lists those among the bids
    // the page holds and says so; its button loads the older bids, as the
    // history's does: Eva's first bid counts, the note and the button go,
    // and the focus goes to the panel's title.
    await seller.route('**/bidders', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'REDIS_UNAVAILABLE', message: 'Try again.' } }),
      }),
    );
    await seller.reload();
    await waitWatching(seller);
    await eventually(async () => (await panel.getByTestId('cancel-bids-bidder').count()) === 5);
    assert.equal((await who())[0], `Eva 1 lance valendo, o maior de ${brl(6_100)}`);
    assert.match(await panel.innerText(), /Quem só deu lances mais antigos aparece ao carregar/);
    await assertAccessibleAtBothSizes(seller, 'the seller’s panel with older bids not loaded');
    await panel.getByTestId('cancel-bids-load-older').click();
    await eventually(async () => (await who())[0]?.startsWith('Eva 2 lances') ?? false);
    assert.equal(await panel.getByTestId('cancel-bids-load-older').count(), 0);
    assert.doesNotMatch(await panel.innerText(), /lances mais antigos/);
    await eventually(
      async () => (await focused(seller)).text === 'Cancelar lances de um licitante',
    );
    assert.equal(
      await seller.getByRole('button', { name: 'Carregar lances anteriores' }).count(),
      0,
    );
    await panel.getByRole('button', { name: 'Cancelar lances de Eva' }).waitFor();
  });
});
