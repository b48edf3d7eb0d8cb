// Browser end-to-end for categories, on the real stack: an auction created
// with one through the form shows it on its page (a link to the lobby showing
// that category) and on its card; the lobby browses a category (the address
// kept through a reload, combined with words and the order, a page at a time,
// cleared back to the whole lobby) and keeps it live as auctions are listed
// in it or elsewhere, corrected out of it or into another; the seller corrects
// it before the first bid; offering an item again keeps it. And the alert a
// rated person gets on any page when the other party of a sale rates them —
// not the author. axe on the filtered lobby and the create form.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Auction, AuctionCategory } from '../../core/schemas.ts';
import { RESULTS_PAGE } from '../../web/src/live/lobby-filter.ts';
import {
  call,
  createAuction,
  eventually,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { PHONE, waitLive, waitWatching } from './support/browser.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('categories in the browser', { timeout: 240_000 }, () => {
  // The paging test lists more than a page of one category: past the default bursts.
  const suite = useBrowserSuite({
    apiEnv: {
      RATE_LIMIT_CREATE_AUCTION_USER: '6000,100',
      RATE_LIMIT_CREATE_AUCTION_IP: '6000,200',
    },
  });
  let vera: Session;
  let ana: Session;
  let bruno: Session;

  before(async () => {
    [vera, ana, bruno] = await registerEach(suite.stack.url, ['Vera Vendedora', 'Ana', 'Bruno']);
  });

  const list = (title: string, category: AuctionCategory, durationSeconds = 3_600) =>
    createAuction(suite.stack.url, vera.token, { title, category, durationSeconds });

  const getAuction = async (id: string) =>
    (await call<Auction>(suite.stack.url, 'GET', `/api/auctions/${id}`)).body;

  const results = (page: Page) => page.getByTestId('search-results');

  /** The result cards' titles, in the order shown. */
  const resultTitles = (page: Page) =>
    results(page).getByTestId('open-auction').locator('.card__title').allTextContents();

  /** Waits until the results are exactly `expected` (in that order unless `anyOrder`). */
  async function waitForResults(page: Page, expected: string[], anyOrder = false) {
    const shown = async () => {
      const titles = await resultTitles(page);
      return anyOrder ? titles.sort() : titles;
    };
    const wanted = anyOrder ? [...expected].sort() : expected;
    try {
      await eventually(
        async () => JSON.stringify(await shown()) === JSON.stringify(wanted),
        10_000,
      );
    } catch {
      assert.deepEqual(await shown(), wanted);
    }
  }

  /** The feedback alerts on a page (the sale's result may bring another kind). */
  const feedbackAlerts = (page: Page) =>
    page.locator('[data-testid="alert"][data-kind="feedbackLeft"]');

  test('created with a category on the form: on its page, as a link to it, and on its card', async () => {
    const { page } = await suite.open('/new', { session: vera });
    const category = page.getByLabel('Categoria');
    assert.equal(await category.inputValue(), 'other', 'Outros unless chosen');
    assert.equal(await category.getAttribute('required'), '');
    // The names in alphabetical order, Outros last.
    const options = await category.locator('option').allTextContents();
    assert.equal(options.length, 13);
    assert.deepEqual(options.slice(0, 3), ['Antiguidades', 'Arte', 'Brinquedos e jogos']);
    assert.equal(options.at(-1), 'Outros');
    await page.getByLabel('Título').fill('Violão Di Giorgio');
    await category.selectOption({ label: 'Música e instrumentos' });
    await page.getByLabel('Lance inicial (R$)').fill('350');
    await assertAccessibleAtBothSizes(page, 'the create form');
    await screenshotBoth(page, 'new-auction-category');
    await page.getByRole('button', { name: 'Publicar leilão' }).click();
    await page.waitForURL(/\/auctions\//);
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    assert.equal((await getAuction(id)).category, 'music');

    await waitForText(page, 'auction-category', 'Categoria: Música e instrumentos');
    const link = page.getByTestId('auction-category').getByRole('link');
    assert.equal(await link.getAttribute('href'), '/?category=music');

    // Its card in the lobby says so.
    const lobby = (await suite.open('/')).page;
    const card = lobby.locator(`[data-testid="open-auction"][data-auction-id="${id}"]`);
    await waitForText(lobby, 'card-category', 'Música e instrumentos');
    assert.equal(await card.getByTestId('card-category').textContent(), 'Música e instrumentos');
    await screenshotBoth(lobby, 'lobby-card-category');

    // The page's link opens the lobby showing that category.
    await link.click();
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?category=music');
    await page
      .getByRole('heading', { level: 2, name: 'Leilões abertos em Música e instrumentos' })
      .waitFor();
    await waitForResults(page, ['Violão Di Giorgio']);
    assert.equal(await page.getByLabel('Categoria').inputValue(), 'music');
  });

  test('browsing a category: in the address, reloaded, with words, a page at a time, live, cleared', async () => {
    // More than a page of sheet music, ending one second apart; and a few others.
    const sheets = Array.from({ length: RESULTS_PAGE + 1 }, (_, n) => `Partitura ${n + 1}`);
    for (const [n, title] of sheets.entries()) await list(title, 'books', 7_200 + n);
    await list('Cavaquinho Rozini', 'music', 7_000);
    await list('Cavaquinho de brinquedo', 'toys', 7_000);
    await list('Mesa de jantar', 'home', 7_000);

    const { page } = await suite.open('/');
    await waitLive(page);
    await page.getByLabel('Categoria').selectOption({ label: 'Livros' });
    await page.waitForURL((url) => url.search === '?category=books');
    await page.getByRole('heading', { level: 2, name: 'Leilões abertos em Livros' }).waitFor();
    await waitForResults(page, sheets.slice(0, RESULTS_PAGE));
    // Every card here is of the category: they do not each repeat it.
    assert.equal(await results(page).getByTestId('card-category').count(), 0);
    await assertAccessibleAtBothSizes(page, 'the lobby showing a category');
    await screenshotBoth(page, 'lobby-category');

    // Listed live: in the category it joins where it sorts; elsewhere, not.
    await list('Dicionário Aurélio', 'books', 600);
    await list('Relógio de mesa', 'jewelry', 600);
    await list('Enciclopédia Barsa', 'books', 650);
    await waitForResults(page, [
      'Dicionário Aurélio',
      'Enciclopédia Barsa',
      ...sheets.slice(0, RESULTS_PAGE),
    ]);
    // Past the last one shown, while a page remains: it waits for that page.
    await list('Almanaque', 'books', 20_000);

    // The next page: the rest, in order, and no button once all are shown.
    const more = results(page).getByRole('button', { name: 'Mostrar mais leilões' });
    await more.click();
    await waitForResults(page, [
      'Dicionário Aurélio',
      'Enciclopédia Barsa',
      ...sheets,
      'Almanaque',
    ]);
    await more.waitFor({ state: 'detached' });

    // A reload keeps the category; the newest order applies to it too.
    await page.reload();
    await waitLive(page);
    assert.equal(await page.getByLabel('Categoria').inputValue(), 'books');
    await page.getByRole('radio', { name: 'Mais recentes' }).check();
    await page.waitForURL((url) => url.search === '?category=books&sort=newest');
    await eventually(async () => (await resultTitles(page))[0] === 'Almanaque', 10_000);
    assert.deepEqual((await resultTitles(page)).slice(0, 3), [
      'Almanaque',
      'Enciclopédia Barsa',
      'Dicionário Aurélio',
    ]);
    await page.getByRole('radio', { name: 'Terminam antes' }).check();
    await page.waitForURL((url) => url.search === '?category=books');

    // Words and a category together; either alone again.
    const words = page.getByLabel('Buscar leilões abertos');
    await page.getByLabel('Categoria').selectOption({ label: 'Música e instrumentos' });
    await words.fill('cavaquinho');
    await page.waitForURL(
      (url) =>
        url.searchParams.get('q') === 'cavaquinho' && url.searchParams.get('category') === 'music',
    );
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Leilões abertos em Música e instrumentos com “cavaquinho”',
      })
      .waitFor();
    await waitForResults(page, ['Cavaquinho Rozini']);
    await page.reload();
    await waitForResults(page, ['Cavaquinho Rozini']);
    assert.equal(await words.inputValue(), 'cavaquinho');
    await page.getByLabel('Categoria').selectOption({ label: 'Todas as categorias' });
    await page.waitForURL((url) => url.search === '?q=cavaquinho');
    await waitForResults(page, ['Cavaquinho Rozini', 'Cavaquinho de brinquedo'], true);
    await page.getByLabel('Categoria').selectOption({ label: 'Brinquedos e jogos' });
    await waitForResults(page, ['Cavaquinho de brinquedo']);

    // Cleared: the whole lobby again.
    await results(page).getByRole('button', { name: 'Limpar busca e categoria' }).click();
    await page.waitForURL((url) => url.search === '');
    assert.equal(await results(page).count(), 0);
    assert.equal(await words.inputValue(), '');
    assert.equal(await page.getByLabel('Categoria').inputValue(), '');
    await page.getByRole('link', { name: 'Mesa de jantar' }).waitFor();
    await page.getByRole('link', { name: 'Relógio de mesa' }).waitFor();
  });

  test('the seller corrects the category before the first bid; filtered lobbies follow live', async () => {
    const auction = await list('Pintura a óleo de 1920', 'art', 3_600);
    const { page } = await suite.open(`/auctions/${auction.id}`, { session: vera });
    const artLobby = (await suite.open('/?category=art', { viewport: PHONE })).page;
    const antiquesLobby = (await suite.open('/?category=antiques')).page;
    const watcher = (await suite.open(`/auctions/${auction.id}`, { session: bruno })).page;
    await Promise.all([waitWatching(page), waitWatching(watcher), waitLive(artLobby)]);
    await waitForResults(artLobby, ['Pintura a óleo de 1920']);
    await antiquesLobby.getByText('Nenhum leilão aberto em Antiguidades agora.').waitFor();
    await waitForText(page, 'auction-category', 'Categoria: Arte');

    await page.getByRole('button', { name: 'Corrigir título, descrição ou categoria' }).click();
    const category = page.getByLabel('Categoria');
    assert.equal(await category.inputValue(), 'art', 'filled with the current one');
    await category.selectOption({ label: 'Antiguidades' });
    await page.getByRole('button', { name: 'Salvar correção' }).click();
    await waitForText(page, 'edit-auction-outcome', 'Anúncio corrigido');
    await waitForText(page, 'auction-category', 'Categoria: Antiguidades');
    assert.equal((await getAuction(auction.id)).category, 'antiques');

    // It leaves the art results and joins the antiques ones, without a reload.
    await artLobby.getByText('Nenhum leilão aberto em Arte agora.').waitFor();
    await waitForResults(artLobby, []);
    await waitForResults(antiquesLobby, ['Pintura a óleo de 1920']);
    // A watcher is told the listing changed, and sees the new category.
    await waitForText(watcher, 'auction-category', 'Categoria: Antiguidades');
    await waitForText(watcher, 'corrected-notice', 'a categoria');
    await screenshotBoth(watcher, 'auction-category-corrected');
  });

  test('offering an item again keeps its category', async () => {
    const first = await list('Anel de ouro 18k', 'jewelry', 2);
    const { page } = await suite.open(`/auctions/${first.id}`, { session: vera });
    await waitForText(page, 'auction-result', 'Encerrado', 15_000);
    await page.getByRole('link', { name: 'Anunciar de novo' }).click();
    await waitForText(page, 'copied-from', 'Preenchido a partir de “Anel de ouro 18k”');
    assert.equal(await page.getByLabel('Categoria').inputValue(), 'jewelry');
    await page.getByRole('button', { name: 'Publicar leilão' }).click();
    await page.waitForURL(
      (url) => /\/auctions\//.test(url.pathname) && !url.pathname.endsWith(first.id),
    );
    const againId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    assert.equal((await getAuction(againId)).category, 'jewelry');
    await waitForText(page, 'auction-category', 'Categoria: Joias e relógios');
  });

  test('rated after a sale: the rated person is alerted on any other page, the author is not', async () => {
    const auction = await createAuction(suite.stack.url, vera.token, {
      title: 'Vitrola Philips',
      buyNowPrice: 5_000,
      durationSeconds: 900,
    });
    const bought = await call(suite.stack.url, 'POST', `/api/auctions/${auction.id}/buy-now`, {
      token: ana.token,
    });
    assert.equal(bought.status, 201);
    const rate = async (who: Session, rating: string) => {
      const reply = await call(suite.stack.url, 'POST', `/api/auctions/${auction.id}/feedback`, {
        token: who.token,
        body: { rating },
      });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
    };

    // Ana on the lobby, on her profile in English, and on the sale's own page; Vera on the lobby.
    const anaLobby = (await suite.open('/', { session: ana })).page;
    const anaProfile = (await suite.open(`/users/${ana.user.id}`, { session: ana })).page;
    const anaOnSale = (await suite.open(`/auctions/${auction.id}`, { session: ana })).page;
    const veraLobby = (await suite.open('/', { session: vera, viewport: PHONE })).page;
    await anaProfile.getByRole('button', { name: 'Switch to English' }).click();
    await Promise.all([
      waitLive(anaLobby),
      waitLive(anaProfile),
      waitLive(veraLobby),
      waitWatching(anaOnSale),
    ]);

    // Vera rates Ana (from another device).
    await rate(vera, 'positive');
    await waitForText(
      anaLobby,
      'alert',
      'Vera Vendedora avaliou você: positiva — “Vitrola Philips”.',
    );
    await waitForText(
      anaProfile,
      'alert',
      'Vera Vendedora rated you: positive — “Vitrola Philips”.',
    );
    // On the sale's page the feedback shows in place, with no alert.
    await anaOnSale
      .getByTestId('sale-feedback')
      .locator('[data-testid="feedback"][data-role="seller"]')
      .waitFor();
    assert.equal(await feedbackAlerts(anaOnSale).count(), 0, 'not on the sale’s own page');
    assert.equal(await feedbackAlerts(veraLobby).count(), 0, 'not for the author');
    await screenshotBoth(anaLobby, 'alert-feedback-left');

    // Ana rates Vera back: now Vera is told, and Ana, the author, gets nothing more.
    await rate(ana, 'neutral');
    await waitForText(veraLobby, 'alert', 'Ana avaliou você: neutra — “Vitrola Philips”.');
    await anaLobby.waitForTimeout(500);
    assert.equal(await feedbackAlerts(anaLobby).count(), 1, 'her own rating: no alert');

    // The alert leads to the sale's feedback, and goes once followed.
    const alert = feedbackAlerts(anaLobby);
    const follow = alert.getByRole('link', { name: 'Ver avaliação' });
    assert.equal(await follow.getAttribute('href'), `/auctions/${auction.id}`);
    await follow.click();
    await anaLobby.getByTestId('sale-feedback').getByTestId('feedback').first().waitFor();
    assert.equal(await feedbackAlerts(anaLobby).count(), 0, 'followed: gone');
  });
});
