// Browser end-to-end for the seller's correction of a listing before the
// first bid: the seller's page, a watcher's page and the lobby all show the
// new title and description without a reload; a blank title is refused in
// place; after the first bid the correction is no longer offered.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { call, createAuction, register, type Session } from '../support/api-client.ts';
import { PHONE, waitLive, waitWatching } from './support/browser.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('correcting a listing in the browser', { timeout: 120_000 }, () => {
  const suite = useBrowserSuite();
  let seller: Session;
  let bruno: Session;

  before(async () => {
    [seller, bruno] = await Promise.all([
      register(suite.stack.url, 'Vera Vendedora'),
      register(suite.stack.url, 'Bruno'),
    ]);
  });

  test('the seller corrects the title and description; watchers and the lobby see it live', async () => {
    const auction = await createAuction(suite.stack.url, seller.token, {
      title: 'Relogio de bolso',
      description: 'Prata.',
      durationSeconds: 900,
    });
    const path = `/auctions/${auction.id}`;
    const { page } = await suite.open(path, { session: seller });
    const watcher = await suite.open(path, { session: bruno, viewport: PHONE });
    const lobby = await suite.open('/');
    await Promise.all([waitWatching(page), waitWatching(watcher.page), waitLive(lobby.page)]);

    await page.getByRole('button', { name: 'Corrigir título ou descrição' }).click();
    const title = page.getByLabel('Título', { exact: true });
    assert.equal(await title.evaluate((el) => el === document.activeElement), true);
    assert.equal(await title.inputValue(), 'Relogio de bolso');

    // Blank after trimming (the API would refuse it): said beside the field, nothing sent.
    await title.fill('   ');
    await page.getByRole('button', { name: 'Salvar correção' }).click();
    await waitForText(page, 'edit-title-error', 'Preencha este campo.');
    assert.equal(await page.locator('h1').textContent(), 'Relogio de bolso');

    await title.fill('Relógio de bolso suíço');
    await page.getByRole('textbox', { name: 'Descrição' }).fill('Prata 925, corrente inclusa.');
    await screenshotBoth(page, 'auction-edit-form');
    await page.getByRole('button', { name: 'Salvar correção' }).click();
    await waitForText(page, 'edit-auction-outcome', 'Anúncio corrigido');
    await page.getByRole('heading', { level: 1, name: 'Relógio de bolso suíço' }).waitFor();

    // The watcher's compact socket gets this one whole: the description changed.
    await watcher.page.getByRole('heading', { level: 1, name: 'Relógio de bolso suíço' }).waitFor();
    await watcher.page.getByText('Prata 925, corrente inclusa.').waitFor();
    await waitForText(
      watcher.page,
      'corrected-notice',
      'O vendedor corrigiu o título ou a descrição',
    );
    assert.equal(
      await page.getByTestId('corrected-notice').count(),
      0,
      'not told of their own edit',
    );
    await lobby.page.getByRole('link', { name: 'Relógio de bolso suíço' }).waitFor();
    assert.equal(await lobby.page.getByRole('link', { name: 'Relogio de bolso' }).count(), 0);
    await screenshotBoth(watcher.page, 'auction-edited');

    // The first bid ends corrections: the seller's page stops offering one at once.
    const bid = await call(suite.stack.url, 'POST', `/api/auctions/${auction.id}/bids`, {
      token: bruno.token,
      body: { amount: auction.minimumBid },
    });
    assert.equal(bid.status, 201);
    await page.getByTestId('edit-auction').waitFor({ state: 'detached' });
    await waitForText(page, 'auction-page', 'Este leilão é seu');
  });
});
