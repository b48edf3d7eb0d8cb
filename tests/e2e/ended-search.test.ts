// Browser end-to-end for the lobby's search over ended auctions: the choice
// *Abertos* / *Encerrados (últimos 90 dias)* kept in the address
// (`status=closed`), a hint until there are words or a category, the ended
// auctions latest first, a page at a time, each with how it ended (sold, and
// for how much, or not), neither open nor cancelled ones, no *Criar alerta
// desta busca*, an empty result said as such; the choice by keyboard from a
// shared link. axe at both widths.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ENDED_RESULTS_PAGE } from '../../web/src/live/lobby-filter.ts';
import {
  boughtNow,
  call,
  createAuction,
  eventually,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { PHONE, waitLive } from './support/browser.ts';
import { brl, screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const SOLD = ENDED_RESULTS_PAGE + 1;
const ENDED = 'Encerrados (últimos 90 dias)';

describe('searching ended auctions in the browser', { timeout: 180_000 }, () => {
  // One seller lists and sells many auctions quickly: no rate limits in this stack.
  const suite = useBrowserSuite({ apiEnv: { RATE_LIMIT_ENABLED: 'false' } });
  let vera: Session;
  let bia: Session;
  let unsoldId = '';

  before(async () => {
    [vera, bia] = await registerEach(suite.stack.url, ['Vera Vendedora', 'Bia Compradora']);
    const url = suite.stack.url;
    await Promise.all(
      Array.from({ length: SOLD }, (_, i) =>
        boughtNow(url, vera, bia, { title: `Relógio de bolso ${i + 1}` }),
      ),
    );
    await boughtNow(url, vera, bia, { title: 'Vitrola portátil', category: 'music' });
    // Neither open nor cancelled auctions are among the ended.
    await createAuction(url, vera.token, { title: 'Relógio cuco', durationSeconds: 900 });
    const broken = await createAuction(url, vera.token, { title: 'Relógio quebrado' });
    const cancel = await call(url, 'POST', `/api/auctions/${broken.id}/cancel`, {
      token: vera.token,
    });
    assert.equal(cancel.status, 200);
    // The last to end, with no bid: unsold.
    const unsold = await createAuction(url, vera.token, {
      title: 'Relógio de parede',
      durationSeconds: 2,
    });
    unsoldId = unsold.id;
    await eventually(async () => {
      const reply = await call<{ status: string }>(url, 'GET', `/api/auctions/${unsold.id}`);
      return reply.body.status === 'closed';
    }, 15_000);
  });

  /** The ended results' rows: their titles and how each ended, top to bottom. */
  const endedRows = (page: Page) => page.getByTestId('ended-results').getByTestId('closed-auction');
  const rowTitles = (page: Page) => endedRows(page).locator('.closed-row__title').allTextContents();

  test('lists the ended auctions that match, latest first, a page at a time, with how each ended', async () => {
    const { page } = await suite.open('/');
    await waitLive(page);
    await page.getByRole('radio', { name: ENDED }).check();
    await page.waitForURL(/\?status=closed$/);
    await waitForText(
      page,
      'ended-hint',
      'Escreva palavras do título ou escolha uma categoria para ver por quanto itens assim foram vendidos.',
    );
    assert.equal(await page.getByRole('radio', { name: 'Terminam antes' }).count(), 0, 'no order');
    assert.equal(
      await page.getByTestId('open-auction').filter({ visible: true }).count(),
      0,
      'the open ones hidden',
    );

    await page.getByLabel('Buscar leilões encerrados').fill('relogio');
    await page.waitForURL(/\?status=closed&q=relogio$/);
    await page
      .getByRole('heading', { level: 2, name: 'Encerrados nos últimos 90 dias com “relogio”' })
      .waitFor();
    await eventually(async () => (await endedRows(page).count()) === ENDED_RESULTS_PAGE, 10_000);
    const first = endedRows(page).first();
    assert.equal(await first.getAttribute('data-auction-id'), unsoldId, 'latest ended first');
    assert.equal(
      await first.locator('.closed-row__result').innerText(),
      'O leilão terminou sem lances.',
    );
    assert.equal(
      await endedRows(page).nth(1).locator('.closed-row__result').innerText(),
      `Comprado por Bia Compradora no “Compre já” por ${brl(5_000)}.`,
    );
    assert.equal(await page.getByRole('button', { name: 'Criar alerta desta busca' }).count(), 0);
    await assertAccessibleAtBothSizes(page, 'the lobby searching ended auctions');
    await screenshotBoth(page, 'ended-search');

    await page.getByRole('button', { name: 'Mostrar mais leilões' }).click();
    await eventually(async () => (await endedRows(page).count()) === SOLD + 1, 10_000);
    const titles = await rowTitles(page);
    assert.ok(!titles.includes('Relógio cuco'), 'not the open one');
    assert.ok(!titles.includes('Relógio quebrado'), 'not the cancelled one');
    assert.equal(new Set(titles).size, titles.length, 'no row twice');
    assert.equal(await page.getByRole('button', { name: 'Mostrar mais leilões' }).count(), 0);

    await page.getByLabel('Buscar leilões encerrados').fill('relógio lunar');
    await page
      .getByText('Nenhum leilão encerrado nos últimos 90 dias tem todas essas palavras no título.')
      .waitFor();
    await assertAccessibleAtBothSizes(page, 'an ended search that found nothing');

    // Back to the open ones: the same words, among the open auctions.
    await page.getByLabel('Buscar leilões encerrados').fill('relogio');
    await page.getByRole('radio', { name: 'Abertos' }).check();
    await page.waitForURL(/\?q=relogio$/);
    const open = page.getByTestId('search-results').getByTestId('open-auction');
    await open.first().waitFor();
    assert.deepEqual(await open.locator('.card__title').allTextContents(), ['Relógio cuco']);
    assert.equal(await page.getByTestId('ended-results').count(), 0);
  });

  test('a shared link opens the choice; the arrow keys switch it', async () => {
    const { page } = await suite.open('/?category=music', { viewport: PHONE });
    const open = page.getByRole('radio', { name: 'Abertos' });
    assert.equal(await open.isChecked(), true, 'open by default');
    await open.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\?category=music&status=closed$/);
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Encerrados nos últimos 90 dias em Música e instrumentos',
      })
      .waitFor();
    await eventually(async () => (await endedRows(page).count()) === 1, 10_000);
    assert.deepEqual(await rowTitles(page), ['Vitrola portátil']);
    assert.equal(await page.getByRole('radio', { name: ENDED }).isChecked(), true);
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value),
      'closed',
      'the focus stays on the choice',
    );

    // A category nothing ended in says so.
    await page.getByLabel('Categoria').selectOption('books');
    await page.getByText('Nenhum leilão em Livros encerrou nos últimos 90 dias.').waitFor();
    await assertAccessibleAtBothSizes(page, 'an ended search of a category, empty');
  });
});
