// Browser end-to-end for *Avaliações pendentes* on *Minha atividade*: a sale
// one sold and one bought are listed, each with whom to rate in neutral words,
// until when, and its title linking to the auction's page; rating one there and
// coming back leaves only the other; nothing shows for someone with none, nor
// when the list cannot be read; in English too; axe on the page with it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { PendingFeedback } from '../../core/schemas.ts';
import { boughtNow, call, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

/** "29 de jan. de 2027" as the browser shows it (openViewer's zone). */
const dayShown = (iso: string, locale: 'pt-BR' | 'en') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'America/Sao_Paulo' }).format(
    new Date(iso),
  );

describe('the sales still to rate on Minha atividade', { timeout: 120_000 }, () => {
  const suite = useBrowserSuite();

  const sale = (page: Page, auctionId: string) =>
    page.getByTestId('pending-feedback').locator(`[data-auction-id="${auctionId}"]`);

  const shownIds = (page: Page) =>
    page
      .getByTestId('pending-sale')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.auctionId));

  /** Opens Minha atividade from the header and waits until its list of sales to rate was read. */
  async function openActivity(page: Page) {
    const read = page.waitForResponse((reply) => reply.url().endsWith('/api/me/feedback/pending'));
    await page.getByRole('link', { name: /^(Minha atividade|My activity)$/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /^(Minha atividade|My activity)$/ })
      .waitFor();
    return read;
  }

  test('a sale sold and one bought, each rated on its page, then gone from the list', async () => {
    const url = suite.stack.url;
    const [lia, davi, rita, caio] = await registerEach(url, ['Lia', 'Davi', 'Rita', 'Caio']);
    const sold = await boughtNow(url, lia, davi, { title: 'Vitrola Philips' });
    const bought = await boughtNow(url, rita, lia, { title: 'Câmera Zenit' });
    const pending = await call<{ items: PendingFeedback[] }>(
      url,
      'GET',
      '/api/me/feedback/pending',
      {
        token: lia.token,
      },
    );
    const until = new Map(pending.body.items.map((item) => [item.auction.id, item.openUntil]));
    assert.deepEqual([...until.keys()], [sold.id, bought.id], 'the soonest to close first');

    const { page } = await suite.open('/', { session: lia });
    await openActivity(page);
    await sale(page, bought.id).waitFor();
    assert.deepEqual(await shownIds(page), [sold.id, bought.id], 'in the API’s order');
    for (const [auction, whom] of [
      [sold, 'Avalie quem comprou: Davi'],
      [bought, 'Avalie quem vendeu: Rita'],
    ] as const) {
      const line = sale(page, auction.id);
      const link = line.getByRole('link', { name: auction.title });
      assert.equal(await link.getAttribute('href'), `/auctions/${auction.id}`);
      assert.equal(await line.getByTestId('pending-whom').textContent(), whom);
      const time = line.getByTestId('pending-until');
      assert.equal(await time.getAttribute('datetime'), until.get(auction.id));
      assert.equal(
        await time.textContent(),
        `até ${dayShown(until.get(auction.id) ?? '', 'pt-BR')}`,
      );
    }
    await screenshotBoth(page, 'activity-pending-feedback');
    await assertAccessibleAtBothSizes(page, 'Minha atividade with sales to rate');

    // Lia follows the sold one's title and rates the buyer there.
    await sale(page, sold.id).getByRole('link', { name: 'Vitrola Philips' }).click();
    await page.getByTestId('auction-page').waitFor();
    assert.equal(new URL(page.url()).pathname, `/auctions/${sold.id}`);
    const choices = page.getByRole('group', { name: 'Avalie o comprador Davi' });
    await choices.getByRole('radio', { name: 'Positiva' }).check();
    await page.getByRole('button', { name: 'Publicar avaliação' }).click();
    await waitForText(page, 'feedback-outcome', 'Sua avaliação foi publicada.');

    // Back on Minha atividade, a fresh reading: only the bought one is left.
    await openActivity(page);
    await sale(page, bought.id).waitFor();
    assert.deepEqual(await shownIds(page), [bought.id]);

    // In English, the same line in English words.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Feedback to leave' }).waitFor();
    assert.equal(
      await sale(page, bought.id).getByTestId('pending-whom').textContent(),
      'Rate the seller: Rita',
    );
    assert.equal(
      await sale(page, bought.id).getByTestId('pending-until').textContent(),
      `until ${dayShown(until.get(bought.id) ?? '', 'en')}`,
    );

    // Rated from another device too: after the next reading, no section at all.
    const rated = await call(url, 'POST', `/api/auctions/${bought.id}/feedback`, {
      token: lia.token,
      body: { rating: 'neutral' },
    });
    assert.equal(rated.status, 201, JSON.stringify(rated.body));
    await page.getByRole('link', { name: 'Auctions', exact: true }).click();
    assert.equal((await openActivity(page)).status(), 200);
    await page.getByTestId('buying').locator('ul[aria-busy="false"]').first().waitFor({
      state: 'attached',
    });
    assert.equal(await page.getByTestId('pending-feedback').count(), 0, 'nothing left to rate');

    // Someone with no sale sees no section.
    const other = (await suite.open('/', { session: caio })).page;
    const read = await openActivity(other);
    assert.deepEqual(await read.json(), { items: [] });
    await other.getByTestId('buying').locator('ul[aria-busy="false"]').first().waitFor({
      state: 'attached',
    });
    assert.equal(await other.getByTestId('pending-feedback').count(), 0, 'none: no section');
  });

  test('a list that cannot be read shows nothing, and the rest of the page stays', async () => {
    const url = suite.stack.url;
    const [seller, buyer] = await registerEach(url, ['Sara', 'Beto']);
    await boughtNow(url, seller, buyer, { title: 'Luneta de latão' });
    const { page } = await suite.open('/', { session: buyer });
    await page.route('**/api/me/feedback/pending', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{}' }),
    );
    assert.equal((await openActivity(page)).status(), 503);
    await page.getByTestId('buying').getByText('Luneta de latão').waitFor();
    assert.equal(await page.getByTestId('pending-feedback').count(), 0);
  });
});
