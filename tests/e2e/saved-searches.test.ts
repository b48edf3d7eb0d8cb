// Browser end-to-end for saved-search alerts (*Alertas de busca*) on the real
// stack: a search saved from the lobby's words and another from its category
// (the same one twice refused in words), both listed on Minha conta; other
// sellers' listings that match reach the open page as alerts, live, while one
// that matches nothing and the person's own listing do not; the alert leads to
// the auction; deleting a search stops its alerts. A visitor is asked to sign
// in, the twentieth search is the last, the e-mail choice, and all of it in
// English; axe on the lobby's button and the account's section.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { NotificationSettings, SavedSearches } from '../../core/schemas.ts';
import { call, createAuction, registerEach, type Session } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { waitLive } from './support/browser.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

describe('saved-search alerts in the browser', { timeout: 180_000 }, () => {
  const suite = useBrowserSuite();

  /** The person's saved searches as the API keeps them: [query, category], newest first. */
  const savedBy = async (who: Session) =>
    (
      await call<SavedSearches>(suite.stack.url, 'GET', '/api/me/searches', { token: who.token })
    ).body.items.map((search) => [search.query, search.category]);

  const list = (who: Session, title: string, category = 'other') =>
    createAuction(suite.stack.url, who.token, { title, category, durationSeconds: 900 });

  /** The search alerts on a page, in the order they arrived. */
  const searchAlerts = (page: Page) =>
    page.locator('[data-testid="alert"][data-kind="searchMatched"]');

  /** Waits for the search alert holding `text`; returns every search alert's text. */
  async function waitForAlert(page: Page, text: string): Promise<string[]> {
    await searchAlerts(page).filter({ hasText: text }).waitFor({ timeout: 15_000 });
    return searchAlerts(page).locator('.toast__text').allTextContents();
  }

  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element === null || element === document.body ? null : element.textContent;
    });

  test('saved from the lobby, listed on Minha conta, alerted live, deleted', async () => {
    const [ana, vera] = await registerEach(suite.stack.url, ['Ana Compradora', 'Vera Vendedora']);
    const { page } = await suite.open('/?q=relogio', { session: ana });
    await waitLive(page);
    const save = page.getByRole('button', { name: 'Criar alerta desta busca' });
    await save.waitFor();
    await assertAccessibleAtBothSizes(page, 'the lobby with its search and the alert button');

    await save.click();
    const outcome = page.getByTestId('save-search-outcome');
    await waitForText(page, 'save-search-outcome', 'Alerta criado');
    assert.equal(await save.count(), 0, 'the button goes once the alert exists');
    assert.equal(await focused(page), 'Ver meus alertas em Minha conta', 'focus on its successor');
    assert.deepEqual(await savedBy(ana), [['relogio', null]]);
    await screenshotBoth(page, 'saved-search-created');

    // The same search again (after a reload the button is back): refused in words.
    await page.reload();
    await save.click();
    await waitForText(page, 'save-search-outcome', 'Você já tem este alerta.');
    assert.equal(
      await outcome.getByRole('link', { name: 'Ver meus alertas em Minha conta' }).count(),
      1,
    );
    assert.deepEqual(await savedBy(ana), [['relogio', null]], 'saved once');

    // A category alone is a search too; another search offers the button again.
    await page.getByLabel('Buscar leilões abertos').fill('');
    await page.waitForURL((url) => url.search === '');
    await page.getByLabel('Categoria').selectOption({ label: 'Livros' });
    await page.waitForURL(/\?category=books$/);
    await save.click();
    await waitForText(page, 'save-search-outcome', 'Alerta criado');
    assert.deepEqual(await savedBy(ana), [
      ['', 'books'],
      ['relogio', null],
    ]);

    // Minha conta lists both, newest first, each leading to the lobby showing it.
    await outcome.getByRole('link', { name: 'Ver meus alertas em Minha conta' }).click();
    await page.waitForURL(/\/account$/);
    const section = page.getByTestId('searches');
    await section.getByRole('heading', { name: 'Alertas de busca' }).waitFor();
    const rows = section.getByTestId('saved-search');
    await rows.nth(1).waitFor();
    assert.deepEqual(await rows.getByRole('link').allTextContents(), ['Livros', '“relogio”']);
    assert.deepEqual(
      await rows.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ['/?category=books', '/?q=relogio'],
    );
    assert.match((await rows.first().textContent()) ?? '', /Criado em \d{1,2} de \S+ de \d{4}/);
    await assertAccessibleAtBothSizes(page, 'Minha conta with saved searches');
    await screenshotBoth(page, 'account-saved-searches');

    // Listings by others that match reach this page live; one that matches
    // nothing, and her own that matches, do not (listed first, so told first).
    await list(vera, 'Bicicleta aro 29');
    await list(ana, 'Relógio de parede');
    const pocketWatch = await list(vera, 'Relógio de bolso', 'jewelry');
    assert.deepEqual(await waitForAlert(page, 'Relógio de bolso'), [
      'Novo anúncio para sua busca “relogio”: Relógio de bolso',
    ]);
    await list(vera, 'Dom Casmurro', 'books');
    assert.deepEqual(await waitForAlert(page, 'Dom Casmurro'), [
      'Novo anúncio para sua busca “relogio”: Relógio de bolso',
      'Novo anúncio para sua busca em Livros: Dom Casmurro',
    ]);
    await screenshotBoth(page, 'alert-search-matched');

    // The alert leads to the auction, and goes once followed.
    await searchAlerts(page)
      .filter({ hasText: 'Relógio de bolso' })
      .getByRole('link', { name: 'Ver leilão' })
      .click();
    await page.waitForURL(new RegExp(`/auctions/${pocketWatch.id}$`));
    await page.getByRole('heading', { name: 'Relógio de bolso' }).waitFor();
    assert.equal(await searchAlerts(page).count(), 1);

    // Deleting a search: the row goes, the focus to the section, its alerts stop.
    await page.goBack();
    await rows.nth(1).waitFor();
    await section.getByRole('button', { name: 'Excluir o alerta “relogio”' }).click();
    await waitForText(page, 'searches-outcome', 'Alerta “relogio” excluído.');
    assert.equal(await rows.count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'searches-title');
    assert.deepEqual(await savedBy(ana), [['', 'books']]);
    await list(vera, 'Relógio cuco');
    await list(vera, 'Memórias póstumas', 'books');
    const shown = await waitForAlert(page, 'Memórias póstumas');
    assert.equal(
      shown.filter((text) => text.includes('Relógio cuco')).length,
      0,
      'no alert for a deleted search',
    );

    await section.getByRole('button', { name: 'Excluir o alerta Livros' }).click();
    await waitForText(page, 'searches-empty', 'Você ainda não tem alertas de busca.');
    assert.deepEqual(await savedBy(ana), []);
  });

  test('a visitor is asked to sign in, the twentieth search is the last, and in English', async () => {
    const [dario, erin, vera] = await registerEach(suite.stack.url, [
      'Dario',
      'Erin',
      'Vera Vendedora',
    ]);

    // A visitor: no button, a way in that comes back to this search.
    const visitor = (await suite.open('/?q=vitrola')).page;
    const signIn = visitor.getByRole('link', {
      name: 'Entre na sua conta para criar um alerta desta busca.',
    });
    await signIn.waitFor();
    assert.equal(await signIn.getAttribute('href'), '/login?next=%2F%3Fq%3Dvitrola');
    assert.equal(
      await visitor.getByRole('button', { name: 'Criar alerta desta busca' }).count(),
      0,
    );

    // Twenty saved already: the limit, in words, with where to make room.
    for (let n = 1; n <= 20; n++) {
      const saved = await call(suite.stack.url, 'POST', '/api/me/searches', {
        token: dario.token,
        body: { query: `lote ${n}` },
      });
      assert.equal(saved.status, 201, JSON.stringify(saved.body));
    }
    const full = (await suite.open('/?q=vitrola', { session: dario })).page;
    await full.getByRole('button', { name: 'Criar alerta desta busca' }).click();
    await waitForText(
      full,
      'save-search-outcome',
      'Você já tem 20 alertas de busca, o máximo. Exclua algum em Minha conta.',
    );
    assert.equal((await savedBy(dario)).length, 20);

    // In English: words and a category together, the account's list and e-mail choice.
    const { page } = await suite.open('/?q=vitrola&category=music', { session: erin });
    await waitLive(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Alert me about new listings' }).click();
    await waitForText(page, 'save-search-outcome', 'Alert created');
    assert.deepEqual(await savedBy(erin), [['vitrola', 'music']]);
    await page.getByRole('link', { name: 'See my alerts on My account' }).click();
    const section = page.getByTestId('searches');
    await section.getByRole('heading', { name: 'Search alerts' }).waitFor();
    await section.getByRole('link', { name: '“vitrola” in Music & instruments' }).waitFor();
    assert.match(
      (await section.getByTestId('saved-search').textContent()) ?? '',
      /Created \w{3} \d{1,2}, \d{4}/,
    );
    await section
      .getByRole('button', { name: 'Delete the alert “vitrola” in Music & instruments' })
      .waitFor();

    const emails = page.getByRole('checkbox', { name: 'New listings for my saved searches' });
    await emails.and(page.locator('input:enabled:checked')).waitFor();
    await emails.uncheck();
    await waitForText(page, 'emails-outcome', 'you will get no more e-mails from search alerts');
    const choices = await call<NotificationSettings>(
      suite.stack.url,
      'GET',
      '/api/me/notifications',
      { token: erin.token },
    );
    assert.equal(choices.body.searchEmails, false);

    // Without e-mails the open page is still told.
    await list(vera, 'Vitrola Philips', 'music');
    assert.deepEqual(await waitForAlert(page, 'Vitrola Philips'), [
      'New listing for your search “vitrola” in Music & instruments: Vitrola Philips',
    ]);
  });
});
