// Browser end-to-end for a moderator's decision on one's report, heard live
// (`report:decided`), on the real stack. Bruno reported an auction and has
// *Minha atividade* open, and the lobby on another device; moderator Mara
// keeps it through the API: without a reload his report reads kept and offers
// *Recorrer da decisão*, an alert says so there (no link: he is on the page)
// and, on the lobby, with *Ver minhas denúncias*, which leads to the list. In
// English too. Then Carla reports the same auction, her list open; Mara
// removes it: Carla's report reads removed at once, with its alert, and no
// offer — and so does Bruno's, kept before: taking an auction down settles
// every report ever made of it. axe at both widths on every new view.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createAuction, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { removeAuction } from './support/appeals-api.ts';
import { waitLive } from './support/browser.ts';
import { flagAuction, grantModerator, keepAuction } from './support/moderation-api.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const PENDING = 'Aguardando análise';
const KEPT = 'Analisada: o anúncio foi mantido';
const REMOVED = 'O anúncio foi removido pela moderação';
const KEPT_ALERT =
  'Sua denúncia sobre “Relógio Rolex” foi analisada: o anúncio foi mantido. Se discordar, você pode recorrer em Minha atividade.';
const REMOVED_ALERT = 'Sua denúncia sobre “Relógio Rolex” foi analisada: o anúncio foi removido.';

describe('a decision on one’s report, live in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();

  const reportOf = (page: Page, auctionId: string) =>
    page.locator(`[data-testid="my-report"][data-auction-id="${auctionId}"]`);

  const statusOf = (page: Page, auctionId: string, text: string) =>
    reportOf(page, auctionId).getByTestId('report-status').filter({ hasText: text }).waitFor();

  /** The alerts of a decided report on the page, inside the alerts' polite live region. */
  const reportAlerts = (page: Page) =>
    page.locator('[aria-live="polite"] [data-testid="alert"][data-kind="reportDecided"]');

  /** *Minha atividade* open and listening, the report still waiting. */
  const openActivity = async (who: Parameters<typeof suite.open>[1], auctionId: string) => {
    const { page } = await suite.open('/activity', who);
    await statusOf(page, auctionId, PENDING);
    await waitLive(page);
    return page;
  };

  test('kept: the report and its appeal show at once, with an alert on every page; then removed for another reporter', async () => {
    const [vera, bruno, carla, mara] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Bruno',
      'Carla',
      'Mara Moderadora',
    ]);
    const lot = await createAuction(suite.stack.url, vera.token, {
      title: 'Relógio Rolex',
      durationSeconds: 900,
    });
    await grantModerator(suite.stack, mara);
    await flagAuction(suite.stack.url, bruno, lot.id, 'counterfeit', 'Logo torto.');

    const page = await openActivity({ session: bruno }, lot.id);
    const report = reportOf(page, lot.id);
    assert.equal(await report.getByTestId('keep-appeal-offer').count(), 0, 'nothing to appeal yet');
    const lobby = (await suite.open('/', { session: bruno })).page;
    await waitLive(lobby);

    await keepAuction(suite.stack.url, mara, lot.id);

    // Without a reload: kept, with the offer to appeal, and the alert says so.
    await statusOf(page, lot.id, KEPT);
    assert.match(
      await report.getByTestId('keep-appeal-offer').innerText(),
      /^Discorda da decisão\? Você pode recorrer até \d/,
    );
    await report
      .getByRole('button', { name: 'Recorrer da decisão de manter “Relógio Rolex”' })
      .waitFor();
    await reportAlerts(page).filter({ hasText: KEPT_ALERT }).waitFor();
    assert.equal(
      await reportAlerts(page).getByRole('link').count(),
      0,
      'no link to the page one is on',
    );
    await assertAccessibleAtBothSizes(page, 'my reports with a keep heard live, and its alert');
    await screenshotBoth(page, 'report-decided-kept');

    // The lobby on his other device: the alert leads to the list, and goes once followed.
    const follow = reportAlerts(lobby)
      .filter({ hasText: KEPT_ALERT })
      .getByRole('link', { name: 'Ver minhas denúncias' });
    await follow.waitFor();
    await assertAccessibleAtBothSizes(lobby, 'the lobby with a kept report’s alert');
    await follow.click();
    await statusOf(lobby, lot.id, KEPT);
    assert.equal(new URL(lobby.url()).pathname, '/activity');
    await reportOf(lobby, lot.id)
      .getByRole('button', { name: /^Recorrer da decisão/ })
      .waitFor();
    assert.equal(await reportAlerts(lobby).count(), 0, 'followed: gone');

    // In English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await waitForText(
      page,
      'alert',
      'Your report about “Relógio Rolex” was reviewed: the listing was kept. If you disagree, you can appeal in My activity.',
    );
    await page.getByRole('button', { name: 'Mudar para português' }).click();

    // Carla reports it after the keep: the next review is of hers alone.
    await flagAuction(suite.stack.url, carla, lot.id, 'fraud');
    const hers = await openActivity({ session: carla }, lot.id);
    await removeAuction(suite.stack.url, mara, lot.id, 'fraud');
    await statusOf(hers, lot.id, REMOVED);
    await reportAlerts(hers).filter({ hasText: REMOVED_ALERT }).waitFor();
    assert.equal(await reportOf(hers, lot.id).getByTestId('keep-appeal').count(), 0, 'no appeal');
    await assertAccessibleAtBothSizes(hers, 'my reports with a removal heard live, and its alert');
    await screenshotBoth(hers, 'report-decided-removed');

    // Taking it down settles Bruno's kept report too: his list moves on live, the alert says so.
    await statusOf(page, lot.id, REMOVED);
    assert.equal(await report.getByTestId('keep-appeal-offer').count(), 0, 'nothing to appeal');
    await reportAlerts(page).filter({ hasText: REMOVED_ALERT }).waitFor();
    await page.reload();
    await statusOf(page, lot.id, REMOVED);
  });
});
