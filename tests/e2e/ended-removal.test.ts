// Browser end-to-end for a moderator's removal of an auction that had ended,
// on the real stack. A sold auction is reported; the moderator's queue says
// it ended, and *Remover anúncio* asks what removing it does (it leaves the
// searches and shows the reason; the result stands), not that it ends it.
// Removed: the buyer's open page shows the removal and its reason above the
// unchanged result, and announces it; the seller's *Minha atividade* marks
// its row live and gets the alert worded for a sale that stands, and the
// auction's page offers the seller *Recorrer da remoção*, not *Anunciar de
// novo*; the worker's report leaves the page. The ended search
// (*Encerrados*), which listed it, no longer does.
// axe at both widths on the removed ended auction, as its buyer and its
// seller see it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Auction } from '../../core/schemas.ts';
import { call, createAuction, eventually, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { waitLive, waitWatching } from './support/browser.ts';
import { flagAuction, flaggedItem, grantModerator } from './support/moderation-api.ts';
import { brl, screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const TITLE = 'Relógio Rolex dourado';
const REMOVED = 'Removido pela moderação: Falsificação.';
const ENDED_SEARCH = '/?status=closed&q=rolex';

describe('removing an auction that had ended, in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();

  const auctionNow = async (id: string) =>
    (await call<Auction>(suite.stack.url, 'GET', `/api/auctions/${id}`)).body;

  /** The ended search's rows, by auction id. */
  const endedRowIds = (page: Page) =>
    page
      .getByTestId('ended-results')
      .getByTestId('closed-auction')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.auctionId));

  test('a sold auction removed from the queue keeps its result, live for its buyer and seller, and leaves the ended search', async () => {
    const url = suite.stack.url;
    const [vera, bia, carla, mara] = await registerEach(url, [
      'Vera Vendedora',
      'Bia Compradora',
      'Carla Curiosa',
      'Mara Moderadora',
    ]);
    const lot = await createAuction(url, vera.token, { title: TITLE, durationSeconds: 3 });
    const bid = await call(url, 'POST', `/api/auctions/${lot.id}/bids`, {
      token: bia.token,
      body: { amount: 1_000 },
    });
    assert.equal(bid.status, 201, JSON.stringify(bid.body));
    await eventually(async () => (await auctionNow(lot.id)).status === 'closed', 15_000);
    await flagAuction(url, carla, lot.id, 'counterfeit', 'Logo torto.');
    await grantModerator(suite.stack, mara);

    // Before the removal the ended search lists it (once the close reached its index).
    const search = (await suite.open(ENDED_SEARCH)).page;
    await eventually(async () => {
      await search.reload();
      await search.getByTestId('ended-results').locator('ul[aria-busy="false"]').waitFor();
      return (await endedRowIds(search)).includes(lot.id);
    }, 15_000);

    // The buyer's page on the sold auction; the seller on *Minha atividade*.
    const buyer = (await suite.open(`/auctions/${lot.id}`, { session: bia })).page;
    await waitWatching(buyer);
    await waitForText(buyer, 'auction-result', `Você arrematou este lote por ${brl(1_000)}!`);
    // The worker's report (mock mode) is on the page until the removal withdraws it.
    await waitForText(buyer, 'report-text', TITLE, 20_000);
    const seller = (await suite.open('/activity', { session: vera })).page;
    await waitLive(seller);
    const row = seller.getByTestId('selling').locator(`[data-auction-id="${lot.id}"]`);
    await row.waitFor();
    assert.equal(await row.getByTestId('closed-removed').count(), 0);

    // The queue: it ended, and removing it is asked as what it does now.
    const queue = (await suite.open('/moderation', { session: mara })).page;
    const item = flaggedItem(queue, lot.id);
    await item.waitFor();
    assert.equal(await item.getByTestId('flagged-state').innerText(), 'Encerrado');
    assert.equal(await item.getByLabel('Motivo da remoção').inputValue(), 'counterfeit');
    await item.getByRole('button', { name: `Remover anúncio: ${TITLE}` }).click();
    const asked = item.getByRole('group', { name: new RegExp(`^Remover “${TITLE}”\\?`) });
    await asked.waitFor();
    const question = (await asked.textContent()) ?? '';
    assert.match(
      question,
      /O leilão já terminou e o resultado continua valendo; o anúncio sai das buscas e passa a mostrar o motivo: Falsificação\. Quem vende é avisado e pode recorrer\./,
    );
    assert.doesNotMatch(question, /sem venda|termina agora/);
    await item.getByRole('button', { name: 'Sim, remover' }).click();
    await waitForText(
      queue,
      'moderation-outcome',
      `“${TITLE}” foi removido (Falsificação) e saiu da fila.`,
    );
    assert.equal(await item.count(), 0, 'it left the queue');
    const removed = await auctionNow(lot.id);
    assert.deepEqual(
      [removed.status, removed.outcome, removed.winner?.id, removed.removalReason],
      ['closed', 'SOLD', bia.user.id, 'counterfeit'],
      'the result stands',
    );

    // (a) The buyer's page shows the removal live, the result unchanged, and says so;
    // the worker's report is withdrawn with it.
    await waitForText(buyer, 'removal-banner', REMOVED);
    assert.equal(await buyer.getByTestId('report-panel').count(), 0);
    assert.match(
      await buyer.getByTestId('removal-banner').innerText(),
      /a venda continua valendo entre quem vendeu e quem arrematou\.$/,
    );
    assert.equal(
      await buyer.getByTestId('auction-result').innerText(),
      `Encerrado. Você arrematou este lote por ${brl(1_000)}!`,
    );
    await buyer.locator('[data-testid="auction-page"][data-status="closed"]').waitFor();
    await waitForText(
      buyer,
      'announcer',
      'Este leilão encerrado foi removido pela moderação; o resultado continua valendo.',
    );
    await buyer.getByText('Encerrado em', { exact: true }).waitFor();
    assert.equal(
      await buyer.getByText('Removido em', { exact: true }).count(),
      0,
      'it ended when it ended',
    );
    assert.equal(await buyer.getByTestId('leader').innerText(), 'Bia Compradora');
    await buyer.getByTestId('sale-contact').waitFor();
    assert.equal(await buyer.getByRole('button', { name: 'Denunciar anúncio' }).count(), 0);
    await assertAccessibleAtBothSizes(buyer, 'a sold auction removed after its end (buyer)');
    await screenshotBoth(buyer, 'ended-auction-removed');

    // (b) The seller: the row marked live, and the alert worded for a sale that stands.
    await waitForText(seller, 'closed-removed', REMOVED);
    const alert = seller.locator('[data-testid="alert"][data-kind="removed"]');
    await alert.waitFor();
    assert.equal(
      await alert.locator('.toast__text').textContent(),
      `Seu anúncio “${TITLE}”, já vendido, foi removido pela moderação: Falsificação. A venda continua valendo.`,
    );
    await alert.getByRole('link', { name: 'Ver leilão' }).click();
    await waitForText(seller, 'removal-banner', REMOVED);
    await seller
      .getByTestId('removal-appeal')
      .getByRole('heading', { level: 2, name: 'Recorrer da remoção' })
      .waitFor();
    assert.equal(await seller.getByTestId('offer-again').count(), 0, 'not while it stands');
    await waitForText(seller, 'auction-result', `Arrematado por Bia Compradora por ${brl(1_000)}.`);
    await assertAccessibleAtBothSizes(seller, 'a sold auction removed after its end (seller)');

    // (c) The ended search no longer lists it.
    await search.reload();
    await search
      .getByText('Nenhum leilão encerrado nos últimos 90 dias tem todas essas palavras no título.')
      .waitFor();
    assert.deepEqual(await endedRowIds(search), []);
  });
});
