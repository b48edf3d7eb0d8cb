// Browser end-to-end for bid retraction and the bid form's typo guard, on the
// real stack. Bia leads at R$ 20,00 and watches the lobby; Davi watches the
// auction's page. Caio means R$ 21,00 and types 2100: the form asks first —
// R$ 2.100,00, 100 times the minimum — with the focus on the question; *Voltar*
// sends nothing and gives the focus back to the amount; confirmed, the bid
// goes and Bia is told she was outbid. Caio then presses *Retirar meu lance*:
// the question says only his latest bid goes, within an hour, and that his
// profile shows it; confirmed, a polite status says what went and who leads,
// the focus goes back to the amount, his row reads *Lance retirado*, struck
// through, and the price and the leader are Bia's again — on Davi's page too,
// live, without a reload, and in English there. Bia's outbid alert gives way
// to *Um lance foi retirado em “…”. Você está na frente, por R$ 20,00.*; Caio's
// profile says *Lances retirados (6 meses): 1*. On an auction more than 12 hours from
// its end, the question says every bid of his goes; retracted meanwhile on
// another device, its event lost, the page's retraction is refused in words.
// A bid accepted on one page of his and retracted on another: the first
// page's *Lance … aceito* gives way to a polite status that it was retracted
// and who leads; the page that retracted says it once, beside its button,
// never in the bid form too. axe on each new view at both widths.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Auction, Bid, UserProfile } from '../../core/schemas.ts';
import { formatMoney } from '../../web/src/format.ts';
import { call, createAuction, eventually, placeBid, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { waitLive, waitWatching } from './support/browser.ts';
import {
  brl,
  screenshotBoth,
  waitForHistory,
  historyRows,
  waitForText,
} from './support/page-helpers.ts';
import { filterSocketEvents, type SocketFilter } from './support/socket-filter.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('bid retraction and the typo guard, in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);
  const focusedText = (page: Page) =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? null);

  /**
   * From now on, every text the bid form's answer region shows, one entry per
   * change (the form is replaced after a retraction, so the whole page is watched).
   */
  async function recordBidFeedback(page: Page): Promise<() => Promise<string[]>> {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as { bidFeedbackSeen?: string[] }).bidFeedbackSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="bid-feedback"]')?.textContent ?? '';
        if (text !== seen.at(-1)) seen.push(text);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    return () =>
      page.evaluate(() => (window as { bidFeedbackSeen?: string[] }).bidFeedbackSeen ?? []);
  }

  /** Bia leads again at her R$ 20,00; Caio's row stays, retracted, struck through. */
  async function showsBiaAgain(
    page: Page,
    where: string,
    label = 'Lance retirado',
    price = brl(2_000),
  ) {
    await waitForText(page, 'leader', 'Bia');
    await waitForText(page, 'current-price', price);
    await page.locator('[data-testid="bid-row"][data-retracted="true"]').waitFor();
    await waitForHistory(page, [2, 1]);
    const [caioRow, biaRow] = await historyRows(page);
    assert.deepEqual([caioRow?.retracted, caioRow?.struck], [true, true], where);
    assert.match(caioRow?.text ?? '', new RegExp(`Caio.*${label}`), where);
    assert.doesNotMatch(caioRow?.text ?? '', /moderação|moderators/, where);
    assert.deepEqual([biaRow?.retracted, biaRow?.struck], [false, false], where);
    assert.equal(await page.getByTestId('bid-count').innerText(), '1', `${where}: bids that stand`);
  }

  test('a mistyped bid is asked about, placed, then retracted; everyone sees the lead go back', async () => {
    const [vera, bia, caio, davi] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Bia',
      'Caio',
      'Davi',
    ]);
    const auction = await createAuction(suite.stack.url, vera.token, {
      title: 'Vitrola Philips',
      startingPrice: 2_000,
      minIncrement: 100,
      durationSeconds: 900,
    });
    const path = `/auctions/${auction.id}`;
    assert.equal((await placeBid(suite.stack.url, bia.token, auction.id, 2_000)).status, 201);
    const lobby = (await suite.open('/', { session: bia })).page;
    const watcher = (await suite.open(path, { session: davi })).page;
    const page = (await suite.open(path, { session: caio })).page;
    await Promise.all([waitLive(lobby), waitWatching(watcher), waitWatching(page)]);
    await watcher.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
    await waitForText(page, 'minimum-bid', brl(2_100));
    assert.equal(await page.getByTestId('retraction').getByRole('button').count(), 0, 'no bid yet');

    // Caio types 2100 for 21,00: asked first, the focus on the question.
    const amount = page.getByLabel('Seu lance (R$)');
    await amount.fill('2100');
    await page.getByRole('button', { name: 'Dar lance' }).click();
    const typo = `Você vai dar um lance de ${brl(210_000)} — 100 vezes o lance mínimo (${brl(2_100)}). Confirmar?`;
    const asked = page.getByRole('group', { name: typo });
    await asked.waitFor();
    assert.equal(await focusedId(page), 'large-bid-question');
    assert.equal(await amount.isDisabled(), true, 'the amount waits for the answer');
    await assertAccessibleAtBothSizes(page, 'the bid form asking about a large bid');
    await screenshotBoth(page, 'bid-typo-guard');
    await asked.getByRole('button', { name: 'Voltar' }).click();
    await asked.waitFor({ state: 'detached' });
    await eventually(async () => (await focusedId(page)) === 'bid-amount');
    assert.equal(await amount.inputValue(), '2100', 'kept, to correct it');
    assert.equal(
      (await call<Auction>(suite.stack.url, 'GET', `/api/auctions/${auction.id}`)).body.bidCount,
      1,
      'nothing sent',
    );

    // He means it this time (he does not: he will retract it).
    await page.getByRole('button', { name: 'Dar lance' }).click();
    await asked.getByRole('button', { name: 'Confirmar lance' }).click();
    await waitForText(page, 'bid-feedback', `Lance de ${brl(210_000)} aceito`);
    assert.equal(await focusedId(page), 'bid-amount');
    await waitForText(watcher, 'leader', 'Caio');
    await waitForText(watcher, 'current-price', brl(210_000));
    const biaAlerts = (kind: string) =>
      lobby.locator(`[aria-live="polite"] [data-testid="alert"][data-kind="${kind}"]`);
    await biaAlerts('outbid').filter({ hasText: '“Vitrola Philips”' }).waitFor();

    // Retracting: asked first, in the auction's last 12 hours only the latest bid.
    const bidFeedbackSeen = await recordBidFeedback(page);
    const retraction = page.getByTestId('retraction');
    await retraction.getByRole('button', { name: 'Retirar meu lance' }).click();
    const question = retraction.getByRole('group', { name: /^Retirar seu último lance\?/ });
    await question.waitFor();
    assert.equal(
      await question.locator('p').innerText(),
      'Retirar seu último lance? Nas últimas 12 horas do leilão, só o seu lance mais recente pode ser retirado, e só até 1 hora depois de dado. A retirada aparece no seu perfil público por seis meses.',
    );
    assert.equal(await focusedText(page), 'Sim, retirar');
    await assertAccessibleAtBothSizes(page, 'the retraction question');
    await screenshotBoth(page, 'retract-bid-question');
    // Its answer held back a moment: the page hears the retraction's event
    // first, and still says it once, when the answer comes.
    await page.route('**/bids/retract', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.fulfill({ response });
    });
    await question.getByRole('button', { name: 'Sim, retirar' }).click();
    const done = `Pronto: seu lance de ${brl(210_000)} foi retirado. Bia está na frente, com ${brl(2_000)}.`;
    await page
      .locator('[role="status"][data-testid="retraction-outcome"]')
      .filter({ hasText: done })
      .waitFor();
    await eventually(async () => (await focusedId(page)) === 'bid-amount');
    assert.equal(await retraction.getByRole('button').count(), 0, 'no bid of his stands');
    assert.equal(await amount.inputValue(), '21,00', 'the form afresh, at the minimum');
    assert.equal(await page.getByTestId('bid-feedback').innerText(), '', 'its last answer gone');
    assert.deepEqual(
      (await bidFeedbackSeen()).filter((text) => /retirad/.test(text)),
      [],
      'said once, beside the button: never in the bid form too',
    );
    await showsBiaAgain(page, 'Caio’s page');
    await assertAccessibleAtBothSizes(page, 'the auction page after a retraction');
    await screenshotBoth(page, 'retract-bid-done');

    // Davi's page, live and without a reload.
    await showsBiaAgain(watcher, 'the watcher’s page, live');
    await waitForText(
      watcher,
      'announcer',
      'Um lance foi retirado deste leilão. Bia está na frente',
    );
    assert.equal(
      await watcher.evaluate(() => (window as { notReloaded?: boolean }).notReloaded),
      true,
    );
    await assertAccessibleAtBothSizes(watcher, 'a watcher’s page with a retracted bid');
    assert.equal(await watcher.getByTestId('alert').count(), 0, 'a watcher is not told');
    await watcher.getByRole('button', { name: 'Switch to English' }).click();
    await showsBiaAgain(watcher, 'in English', 'Bid retracted', formatMoney(2_000, 'en'));

    // Bia, on the lobby: she leads again; the outbid alert gives way.
    const leadsAgain = biaAlerts('bidsCancelled');
    await leadsAgain.waitFor();
    assert.equal(
      await leadsAgain.locator('.toast__text').textContent(),
      `Um lance foi retirado em “Vitrola Philips”. Você está na frente, por ${brl(2_000)}.`,
    );
    assert.equal(await biaAlerts('outbid').count(), 0, 'replaced');
    assert.equal(
      await leadsAgain.getByRole('link', { name: 'Ver leilão' }).getAttribute('href'),
      path,
    );
    await assertAccessibleAtBothSizes(lobby, 'the lobby with the alert of a retracted bid');
    await screenshotBoth(lobby, 'alert-bid-retracted');

    // The API agrees; Caio's profile counts it, Bia's says nothing.
    const now = (await call<Auction>(suite.stack.url, 'GET', `/api/auctions/${auction.id}`)).body;
    assert.deepEqual(
      [now.leader?.id, now.currentPrice, now.bidCount, now.cancelledBidCount],
      [bia.user.id, 2_000, 1, 1],
    );
    const bids = await call<{ items: Bid[] }>(
      suite.stack.url,
      'GET',
      `/api/auctions/${auction.id}/bids`,
    );
    assert.deepEqual(
      bids.body.items.map((bid) => [bid.seq, bid.retracted ?? false]),
      [
        [1, false],
        [2, true],
      ],
    );
    await page.goto(`${suite.stack.url}/users/${caio.user.id}`);
    await waitForText(page, 'profile-retractions', 'Lances retirados (6 meses): 1');
    await assertAccessibleAtBothSizes(page, 'a profile with its bids retracted');
    await screenshotBoth(page, 'profile-bid-retractions');
    const biaProfile = await call<UserProfile>(suite.stack.url, 'GET', `/api/users/${bia.user.id}`);
    assert.equal(biaProfile.body.bidRetractions, 0);
    await page.goto(`${suite.stack.url}/users/${bia.user.id}`);
    await page.getByTestId('profile').waitFor();
    assert.equal(await page.getByTestId('profile-retractions').count(), 0);
  });

  test('more than 12 hours before the end every bid goes; retracted elsewhere, refused in words', async () => {
    const [vera, bia, caio] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Bia',
      'Caio',
    ]);
    const auction = await createAuction(suite.stack.url, vera.token, {
      title: 'Câmera Rolleiflex',
      durationSeconds: 13 * 3600,
    });
    for (const [who, cents] of [
      [caio, 1_000],
      [bia, 1_100],
      [caio, 1_300],
    ] as const)
      assert.equal((await placeBid(suite.stack.url, who.token, auction.id, cents)).status, 201);
    // The page never hears the retraction made on his other device.
    let filter: SocketFilter | undefined;
    const { page } = await suite.open(`/auctions/${auction.id}`, {
      session: caio,
      beforeLoad: async (opened) => {
        filter = await filterSocketEvents(opened, (event) => event === 'bids:cancelled');
      },
    });
    await waitLive(page);
    await filter?.upgraded();
    await waitWatching(page);

    const trigger = page.getByRole('button', { name: 'Retirar meu lance' });
    await trigger.click();
    const question = page.getByRole('group', { name: /^Retirar seus lances\?/ });
    assert.equal(
      await question.locator('p').innerText(),
      'Retirar seus lances? Faltam mais de 12 horas para o fim do leilão: todos os seus lances nele serão retirados. A retirada aparece no seu perfil público por seis meses.',
    );
    await question.getByRole('button', { name: 'Voltar' }).click();
    assert.equal(await focusedText(page), 'Retirar meu lance', 'back on the button');

    const elsewhere = await call<{ scope: string }>(
      suite.stack.url,
      'POST',
      `/api/auctions/${auction.id}/bids/retract`,
      { token: caio.token },
    );
    assert.deepEqual([elsewhere.status, elsewhere.body.scope], [200, 'all']);
    await eventually(() => filter?.dropped.includes('bids:cancelled'));
    await trigger.click();
    await question.getByRole('button', { name: 'Sim, retirar' }).click();
    await page
      .getByTestId('retract-bid')
      .locator('[role="alert"]')
      .filter({ hasText: 'Você não tem lance valendo neste leilão para retirar.' })
      .waitFor();
    assert.doesNotMatch(await page.getByTestId('retraction').innerText(), /NO_BID_TO_RETRACT/);
    await assertAccessibleAtBothSizes(page, 'a refused retraction');

    // Read again: both his bids retracted, Bia leading, nothing left to retract.
    await page.reload();
    await waitWatching(page);
    await waitForText(page, 'leader', 'Bia');
    await waitForText(page, 'current-price', brl(1_100));
    const rows = await historyRows(page);
    assert.deepEqual(
      rows.map((row) => [row.seq, row.retracted]),
      [
        [3, true],
        [2, false],
        [1, true],
      ],
    );
    assert.equal(await trigger.count(), 0);
  });

  test('accepted on one page of his, retracted on another: the first says it went', async () => {
    const [vera, bia, caio] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Bia',
      'Caio',
    ]);
    const auction = await createAuction(suite.stack.url, vera.token, {
      title: 'Toca-discos Gradiente',
      startingPrice: 2_000,
      minIncrement: 100,
      durationSeconds: 900,
    });
    const path = `/auctions/${auction.id}`;
    assert.equal((await placeBid(suite.stack.url, bia.token, auction.id, 2_000)).status, 201);
    // His phone, where he bids, and his laptop, where he takes it back.
    const phone = (await suite.open(path, { session: caio })).page;
    const laptop = (await suite.open(path, { session: caio })).page;
    await Promise.all([waitWatching(phone), waitWatching(laptop)]);
    const laptopFeedback = await recordBidFeedback(laptop);

    await phone.getByLabel('Seu lance (R$)').fill('21,00');
    await phone.getByRole('button', { name: 'Dar lance' }).click();
    const answer = phone.locator('[role="status"][data-testid="bid-feedback"]');
    await answer
      .filter({ hasText: `Lance de ${brl(2_100)} aceito. Você está na frente!` })
      .waitFor();

    const retraction = laptop.getByTestId('retraction');
    await retraction.getByRole('button', { name: 'Retirar meu lance' }).click();
    await retraction.getByRole('button', { name: 'Sim, retirar' }).click();
    const done = `Pronto: seu lance de ${brl(2_100)} foi retirado. Bia está na frente, com ${brl(2_000)}.`;
    await waitForText(laptop, 'retraction-outcome', done);

    // The phone, live: the answer about his bid no longer says it was accepted.
    const taken = `Seu lance de ${brl(2_100)} foi retirado. Bia está na frente, com ${brl(2_000)}.`;
    await answer.filter({ hasText: taken }).waitFor();
    assert.equal(await answer.innerText(), taken, 'instead of “aceito”, not beside it');
    await showsBiaAgain(phone, 'the phone', 'Lance retirado');
    await assertAccessibleAtBothSizes(phone, 'a bid retracted on another device');
    await screenshotBoth(phone, 'retracted-on-another-device');

    // The laptop said it once, beside its button.
    assert.equal(await laptop.getByTestId('bid-feedback').innerText(), '');
    assert.deepEqual(
      (await laptopFeedback()).filter((text) => text !== ''),
      [],
      'nothing in its bid form',
    );
  });
});
