// Browser end-to-end for a suspended account's bids cancelled by the
// moderators, on the real stack. Bia bids, Sérgio outbids her, and Caio
// watches the auction's page; Mara suspends Sérgio from his profile with
// *Cancelar os lances desta conta nos leilões abertos* left checked (the
// question says his bids on open auctions are cancelled). Caio's page, live
// and without a reload, shows Bia leading at her bid again and Sérgio's bid
// struck through with *Cancelado pela moderação*; a page opened afterwards
// shows the same. Bia, on the lobby, was told she was outbid; that alert gives
// way, live, to one saying the moderators cancelled a suspended account's bids
// and she leads again, with *Ver leilão*; Caio, who watches, gets none. The
// moderation log says it, under *Lances cancelados* too. axe on the question,
// on the page with a cancelled bid and on the lobby with the alert, at both widths.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { Auction, Bid } from '../../core/schemas.ts';
import { call, createAuction, placeBid, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { waitLive, waitWatching } from './support/browser.ts';
import { grantModerator } from './support/moderation-api.ts';
import {
  brl,
  screenshotBoth,
  waitForHistory,
  historyRows,
  waitForText,
} from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('bids cancelled with a suspension, in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();

  /** The page shows Bia leading at her bid, Sérgio's bid kept and marked, one bid standing. */
  async function showsBiaAgain(page: Page, where: string): Promise<void> {
    await waitForText(page, 'leader', 'Bia');
    await waitForText(page, 'current-price', brl(10_000));
    await page.locator('[data-testid="bid-row"][data-cancelled="true"]').waitFor();
    await waitForHistory(page, [2, 1]);
    const [sergioRow, biaRow] = await historyRows(page);
    assert.deepEqual(
      { ...sergioRow, text: undefined },
      {
        seq: 2,
        cancelled: true,
        retracted: false,
        cancelledBySeller: false,
        struck: true,
        text: undefined,
      },
      where,
    );
    assert.match(sergioRow?.text ?? '', /Sérgio.*Cancelado pela moderação/, where);
    assert.deepEqual(
      { ...biaRow, text: undefined },
      {
        seq: 1,
        cancelled: false,
        retracted: false,
        cancelledBySeller: false,
        struck: false,
        text: undefined,
      },
    );
    assert.doesNotMatch(biaRow?.text ?? '', /Cancelado/, where);
    assert.equal(await page.getByTestId('bid-count').innerText(), '1', `${where}: bids that stand`);
    assert.equal(await page.getByTestId('bid-cancelled').count(), 1, where);
  }

  /** The log's sentences and the actions they are of, top to bottom. */
  const logEntries = (log: Locator) =>
    log.getByTestId('log-entry').evaluateAll((entries) =>
      entries.map((entry) => ({
        action: (entry as HTMLElement).dataset.action,
        sentence: (entry.querySelector('[data-testid="log-sentence"]') as HTMLElement).innerText,
      })),
    );

  test('a moderator suspends the outbidding account; watchers see the lead go back live', async () => {
    const [vera, bia, sergio, caio, mara] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Bia',
      'Sérgio',
      'Caio',
      'Mara Moderadora',
    ]);
    await grantModerator(suite.stack, mara);
    const auction = await createAuction(suite.stack.url, vera.token, {
      title: 'Vitrola Philips',
      startingPrice: 10_000,
      minIncrement: 500,
      durationSeconds: 900,
    });
    assert.equal((await placeBid(suite.stack.url, bia.token, auction.id, 10_000)).status, 201);
    // Bia looks at the lobby: Sérgio's bid tells her she was outbid.
    const lobby = (await suite.open('/', { session: bia })).page;
    await waitLive(lobby);
    assert.equal((await placeBid(suite.stack.url, sergio.token, auction.id, 10_500)).status, 201);
    const biaAlerts = (kind: string) =>
      lobby.locator(`[aria-live="polite"] [data-testid="alert"][data-kind="${kind}"]`);
    await biaAlerts('outbid')
      .filter({ hasText: 'Seu lance foi superado em “Vitrola Philips”' })
      .waitFor();

    // Caio watches the page: Sérgio leads.
    const path = `/auctions/${auction.id}`;
    const watcher = (await suite.open(path, { session: caio })).page;
    await waitWatching(watcher);
    await waitForText(watcher, 'leader', 'Sérgio');
    await waitForHistory(watcher, [2, 1]);
    await watcher.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));

    // Mara, on Sérgio's profile, asks to suspend him: both boxes checked.
    const page = (await suite.open(`/users/${sergio.user.id}`, { session: mara })).page;
    const panel = page.getByTestId('account-moderation');
    await waitForText(page, 'account-standing', 'Ativa');
    await panel.getByRole('button', { name: 'Suspender conta' }).click();
    const question = panel.getByRole('group', { name: /^Suspender a conta de Sérgio\?/ });
    await question.waitFor();
    assert.match(
      (await question.getByText(/^Suspender a conta de Sérgio\?/).innerText()) ?? '',
      /Os lances dela nos leilões abertos são cancelados; os dos leilões já encerrados continuam valendo\.$/,
    );
    const cancelBids = question.getByRole('checkbox', {
      name: 'Cancelar os lances desta conta nos leilões abertos',
    });
    assert.equal(await cancelBids.isChecked(), true, 'checked to begin with');
    const hint = await cancelBids.evaluate(
      (box) => document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent,
    );
    assert.match(hint ?? '', /^O líder e o preço de cada leilão são recalculados sem esses lances/);
    assert.equal(
      await question.getByLabel('Remover também os anúncios abertos deste vendedor').isChecked(),
      true,
    );
    // Unchecked, the question says his bids stand; checked again, it does not.
    await cancelBids.uncheck();
    await question.getByText(/Os lances que ela já deu continuam valendo\.$/).waitFor();
    await cancelBids.check();
    await question.getByText(/Os lances dela nos leilões abertos são cancelados/).waitFor();
    await question.getByLabel('Motivo da suspensão').selectOption('fraud');
    await assertAccessibleAtBothSizes(page, 'the suspension question with its boxes');
    await screenshotBoth(page, 'suspend-account-cancel-bids');

    await question.getByRole('button', { name: 'Sim, suspender' }).click();
    await waitForText(
      page,
      'account-moderation-outcome',
      'Conta de Sérgio suspensa; não havia anúncios abertos para remover. Lances da conta cancelados em 1 leilão aberto.',
    );

    // Caio's page, live: Bia leads again; Sérgio's bid stays, marked.
    await showsBiaAgain(watcher, 'the watcher’s page, live');
    assert.equal(
      await watcher.evaluate(() => (window as { notReloaded?: boolean }).notReloaded),
      true,
      'without a reload',
    );
    await waitForText(watcher, 'announcer', 'A moderação cancelou lances deste leilão.');
    await assertAccessibleAtBothSizes(watcher, 'an auction page with a cancelled bid');
    await screenshotBoth(watcher, 'auction-bid-cancelled');

    // Bia's lobby, live: she leads again, and the outbid alert, no longer true, is gone.
    const leadsAgain = biaAlerts('bidsCancelled');
    await leadsAgain.waitFor();
    assert.equal(
      await leadsAgain.locator('.toast__text').textContent(),
      `A moderação cancelou lances de uma conta suspensa em “Vitrola Philips”. Você está na frente, por ${brl(10_000)}.`,
    );
    assert.equal(await biaAlerts('outbid').count(), 0, 'replaced');
    assert.equal(await lobby.getByTestId('alert').count(), 1);
    const follow = leadsAgain.getByRole('link', { name: 'Ver leilão' });
    assert.equal(await follow.getAttribute('href'), path);
    await assertAccessibleAtBothSizes(lobby, 'the lobby with the alert of bids cancelled');
    await screenshotBoth(lobby, 'alert-bids-cancelled');
    assert.equal(await watcher.getByTestId('alert').count(), 0, 'a watcher is not told');
    await follow.click();
    await waitForText(lobby, 'leader', 'Bia');
    assert.equal(await lobby.getByTestId('alert').count(), 0, 'followed: gone');

    // The API says the same, and a page opened now shows it.
    const now = (await call<Auction>(suite.stack.url, 'GET', `/api/auctions/${auction.id}`)).body;
    assert.deepEqual(
      [now.leader?.id, now.currentPrice, now.bidCount, now.cancelledBidCount],
      [bia.user.id, 10_000, 1, 1],
    );
    const bids = await call<{ items: Bid[] }>(
      suite.stack.url,
      'GET',
      `/api/auctions/${auction.id}/bids`,
    );
    assert.deepEqual(
      bids.body.items.map((bid) => [bid.seq, bid.cancelled ?? false]),
      [
        [1, false],
        [2, true],
      ],
    );
    const later = (await suite.open(path)).page;
    await waitWatching(later);
    await showsBiaAgain(later, 'a page opened afterwards');

    // The moderation log: the suspension, and the bids cancelled on this auction.
    await panel.getByRole('link', { name: 'Histórico de moderação' }).click();
    const log = page.getByTestId('moderation-log');
    const cancelledSentence = 'Mara Moderadora cancelou os lances de Sérgio em “Vitrola Philips”.';
    await log.getByTestId('log-sentence').filter({ hasText: cancelledSentence }).waitFor();
    const entry = log.locator('[data-testid="log-entry"][data-action="bids_cancelled"]');
    assert.equal(
      await entry.getByTestId('log-subject').getAttribute('href'),
      `/users/${sergio.user.id}`,
    );
    assert.equal(
      await entry.getByTestId('log-subject-auction').getAttribute('href'),
      `/auctions/${auction.id}`,
    );
    assert.equal(await entry.getByTestId('log-reason').innerText(), 'Motivo: Fraude ou golpe');
    const kind = log.getByLabel('Tipo de decisão');
    await kind.focus();
    await kind.selectOption({ label: 'Lances cancelados' });
    await page.waitForURL(/logAction=bids_cancelled/);
    let shown: { action?: string; sentence: string }[] = [];
    for (let tries = 0; tries < 100; tries++) {
      shown = await logEntries(log);
      if (shown.length === 1 && shown[0]?.action === 'bids_cancelled') break;
      await page.waitForTimeout(100);
    }
    assert.deepEqual(shown, [{ action: 'bids_cancelled', sentence: cancelledSentence }]);
  });
});
