// Browser end-to-end for *Minhas denúncias* on *Minha atividade*: a user
// reports two auctions from their pages; going to *Minha atividade* lists
// both, the latest first, each with its title linking to the auction, the
// reason as the form named it, the details typed and "Aguardando análise". A
// moderator (granted with the operators' command) keeps one and removes the
// other through the API; after a reload the reporter reads what became of
// each, in Portuguese and in English. axe at both widths, before and after.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { call, createAuction, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { waitWatching } from './support/browser.ts';
import { grantModerator } from './support/moderation-api.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('my reports in the browser', { timeout: 120_000 }, () => {
  const suite = useBrowserSuite();

  /** Reports the auction through its page's *Denunciar anúncio* form. */
  const reportOnPage = async (page: Page, auctionId: string, reason: string, details = '') => {
    await page.goto(`${suite.stack.url}/auctions/${auctionId}`);
    await waitWatching(page);
    await page.getByRole('button', { name: 'Denunciar anúncio' }).click();
    const form = page.getByTestId('flag-form');
    await form.getByRole('radio', { name: reason }).check();
    if (details) await form.getByLabel('Detalhes (opcional)').fill(details);
    await form.getByRole('button', { name: 'Enviar denúncia' }).click();
    await waitForText(page, 'flag-outcome', 'Denúncia enviada.');
  };

  const report = (page: Page, auctionId: string) =>
    page.locator(`[data-testid="my-report"][data-auction-id="${auctionId}"]`);

  const statusOf = (page: Page, auctionId: string, text: string) =>
    report(page, auctionId).getByTestId('report-status').filter({ hasText: text }).waitFor();

  test('a reporter follows their reports from pending to kept and removed', async () => {
    const [vera, bruno, mara] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Bruno',
      'Mara Moderadora',
    ]);
    const rolex = await createAuction(suite.stack.url, vera.token, {
      title: 'Relógio Rolex',
      durationSeconds: 900,
    });
    const vitrola = await createAuction(suite.stack.url, vera.token, {
      title: 'Vitrola Philips',
      durationSeconds: 900,
    });

    const { page } = await suite.open('/', { session: bruno });
    const details = 'Logo torto.\nCaixa genérica.';
    await reportOnPage(page, rolex.id, 'Falsificação', details);
    await reportOnPage(page, vitrola.id, 'Descrição enganosa');

    // Opened from the header, the page reads the list afresh.
    await page.getByRole('link', { name: 'Minha atividade' }).click();
    const section = page.getByTestId('my-reports');
    await section.getByRole('heading', { level: 2, name: 'Minhas denúncias' }).waitFor();
    await statusOf(page, rolex.id, 'Aguardando análise');
    await statusOf(page, vitrola.id, 'Aguardando análise');
    assert.deepEqual(
      await section
        .getByTestId('my-report')
        .evaluateAll((items) => items.map((each) => (each as HTMLElement).dataset.auctionId)),
      [vitrola.id, rolex.id],
      'the latest first',
    );
    const first = report(page, rolex.id);
    assert.equal(
      await first
        .getByRole('heading', { level: 3 })
        .getByRole('link', { name: 'Relógio Rolex' })
        .getAttribute('href'),
      `/auctions/${rolex.id}`,
    );
    assert.equal(await first.getByTestId('report-reason').textContent(), 'Motivo: Falsificação');
    assert.equal(await first.getByTestId('report-details').textContent(), details);
    assert.match((await first.locator('time').textContent()) ?? '', /^Denúncia feita em /);
    const second = report(page, vitrola.id);
    assert.equal(
      await second.getByTestId('report-reason').textContent(),
      'Motivo: Descrição enganosa',
    );
    assert.equal(await second.getByTestId('report-details').count(), 0, 'no details typed');
    await assertAccessibleAtBothSizes(page, 'my activity with pending reports');

    // A moderator keeps the Rolex and removes the Vitrola.
    await grantModerator(suite.stack, mara);
    const decide = async (auctionId: string, action: string, expected: number, body?: object) => {
      const path = `/api/moderation/auctions/${auctionId}/${action}`;
      const reply = await call(suite.stack.url, 'POST', path, { token: mara.token, body });
      assert.equal(reply.status, expected, JSON.stringify(reply.body));
    };
    await decide(rolex.id, 'dismiss', 204);
    await decide(vitrola.id, 'remove', 200, { reason: 'misleading' });

    await page.reload();
    await statusOf(page, rolex.id, 'Analisada: o anúncio foi mantido');
    await statusOf(page, vitrola.id, 'O anúncio foi removido pela moderação');
    assert.equal(
      await second.getByRole('link', { name: 'Vitrola Philips' }).count(),
      1,
      'a removed auction keeps its title and link',
    );
    await assertAccessibleAtBothSizes(page, 'my activity with reviewed reports');
    await screenshotBoth(page, 'my-reports');

    // In English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await section.getByRole('heading', { level: 2, name: 'My reports' }).waitFor();
    await statusOf(page, rolex.id, 'Reviewed: the listing was kept');
    await statusOf(page, vitrola.id, 'The listing was removed by the moderators');
    assert.equal(await first.getByTestId('report-reason').textContent(), 'Reason: Counterfeit');
  });
});
