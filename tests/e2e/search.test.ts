// Browser end-to-end for the lobby's search: words of the title, accents
// ignored, results in the address, kept live as auctions open and close.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { call, createAuction, register, type Session } from '../support/api-client.ts';
import { PHONE, waitLive } from './support/browser.ts';
import { screenshotBoth } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('auction search in the browser', { timeout: 120_000 }, () => {
  const suite = useBrowserSuite();
  let seller: Session;

  before(async () => {
    seller = await register(suite.stack.url, 'Vera Vendedora');
    for (const title of ['Relógio de bolso', 'Relógio de parede', 'Bicicleta aro 29'])
      await createAuction(suite.stack.url, seller.token, { title, durationSeconds: 900 });
  });

  /** Titles of the result cards, once they are exactly `expected` (any order). */
  const waitForResults = async (page: Page, expected: string[]) => {
    const results = page.getByTestId('search-results');
    const titles = () =>
      results
        .getByTestId('open-auction')
        .locator('.card__title')
        .allTextContents()
        .then((all) => all.sort());
    const deadline = Date.now() + 10_000;
    while (JSON.stringify(await titles()) !== JSON.stringify([...expected].sort())) {
      if (Date.now() > deadline) assert.deepEqual(await titles(), [...expected].sort());
      await page.waitForTimeout(50);
    }
  };

  test('finds by words of the title, live, and the address keeps the search', async () => {
    const { page } = await suite.open('/');
    await waitLive(page);
    await page.getByLabel('Buscar leilões abertos').fill('relogio');
    await page.waitForURL(/\?q=relogio$/);
    await waitForResults(page, ['Relógio de bolso', 'Relógio de parede']);
    assert.equal(
      await page.getByRole('heading', { name: 'Leilões abertos com “relogio”' }).count(),
      1,
    );

    // New and cancelled auctions join and leave the results without a reload.
    const cuckoo = await createAuction(suite.stack.url, seller.token, { title: 'Relógio cuco' });
    await createAuction(suite.stack.url, seller.token, { title: 'Rádio de válvula' });
    await waitForResults(page, ['Relógio cuco', 'Relógio de bolso', 'Relógio de parede']);
    const cancel = await call(suite.stack.url, 'POST', `/api/auctions/${cuckoo.id}/cancel`, {
      token: seller.token,
    });
    assert.equal(cancel.status, 200);
    await waitForResults(page, ['Relógio de bolso', 'Relógio de parede']);
    await screenshotBoth(page, 'lobby-search');

    await page.getByLabel('Buscar leilões abertos').fill('relógio lunar');
    await page.getByText('Nenhum leilão aberto tem todas essas palavras no título.').waitFor();

    // Cleared: the whole lobby again.
    await page.getByLabel('Buscar leilões abertos').fill('');
    await page.waitForURL((url) => url.search === '');
    assert.equal(await page.getByTestId('search-results').count(), 0);
    await page.getByRole('link', { name: 'Bicicleta aro 29' }).waitFor();
  });

  test('a link to a search opens it, and Enter searches at once', async () => {
    const { page } = await suite.open('/?q=bicicleta', { viewport: PHONE });
    await waitForResults(page, ['Bicicleta aro 29']);
    assert.equal(await page.getByLabel('Buscar leilões abertos').inputValue(), 'bicicleta');
    await page.getByLabel('Buscar leilões abertos').fill('parede');
    await page.getByLabel('Buscar leilões abertos').press('Enter');
    await page.waitForURL(/\?q=parede$/);
    await waitForResults(page, ['Relógio de parede']);
  });
});
