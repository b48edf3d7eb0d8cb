// Browser end-to-end for suspending accounts, on the real stack. From the
// queue, a moderator suspends a reported seller — asked first, with the
// reason (the most reported one) and the removal of their open auctions
// (checked) — and the seller's page on another browser ends up signed out,
// without a crash, its auction shown removed; the item of the seller's
// auction that stayed says so, before and after a reload, while the removed
// ones left the queue. Signing in to the suspended account is refused in
// words (a wrong password still reads as one); reinstated from the panel on
// the seller's profile, they sign in. The panel is a moderator's only (no
// request from anyone else), suspends without the removal when unchecked,
// and offers nothing on a moderator's account, which the queue's suspension
// is refused for in words. axe on the questions and the panel.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Auction } from '../../core/schemas.ts';
import { boughtNow, call, createAuction, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { PHONE, waitLive, waitWatching } from './support/browser.ts';
import { emptyQueue, flagAuction, flaggedItem, grantModerator } from './support/moderation-api.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const PASSWORD = 'correct horse battery';
const SUSPENDED =
  'Esta conta está suspensa pela moderação: não é possível entrar até que ela seja reativada.';

describe('suspending accounts in the browser', { timeout: 240_000 }, () => {
  const suite = useBrowserSuite();

  const auctionNow = async (id: string) =>
    (await call<Auction>(suite.stack.url, 'GET', `/api/auctions/${id}`)).body;

  const login = (email: string, password = PASSWORD) =>
    call<{ error?: { code: string } }>(suite.stack.url, 'POST', '/api/auth/login', {
      body: { email, password },
    });

  const item = flaggedItem;

  /** The focused element's accessible name as written (aria-label, else its text), or its id. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.getAttribute('aria-label') || element?.id || element?.textContent || null;
    });

  const storedSession = (page: Page) =>
    page.evaluate(() => localStorage.getItem('arremate.session'));

  /** Signs in through the form of the page's /login. */
  async function signIn(page: Page, email: string, password = PASSWORD) {
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Senha').fill(password);
    await page.getByRole('button', { name: 'Entrar' }).last().click();
  }

  test('suspended from the queue with their open auctions, a seller is signed out and refused, until reinstated on their profile', async () => {
    const [vera, bruno, carla, mara] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Bruno',
      'Carla',
      'Mara Moderadora',
    ]);
    const fake = await createAuction(suite.stack.url, vera.token, {
      title: 'Relógio “suíço”',
      durationSeconds: 900,
    });
    const bag = await createAuction(suite.stack.url, vera.token, {
      title: 'Bolsa de grife',
      durationSeconds: 900,
    });
    // Sold already: reported all the same, and not removed with the others.
    const perfume = await boughtNow(suite.stack.url, vera, carla, { title: 'Perfume importado' });
    await grantModerator(suite.stack, mara);
    await emptyQueue(suite.stack.url, mara);
    await flagAuction(suite.stack.url, bruno, fake.id, 'fraud', 'Pede Pix adiantado.');
    await flagAuction(suite.stack.url, carla, fake.id, 'fraud');
    await flagAuction(suite.stack.url, bruno, perfume.id, 'counterfeit');

    // Vera, on another browser, watches her other auction.
    const seller = (await suite.open(`/auctions/${bag.id}`, { session: vera })).page;
    await waitWatching(seller);
    await seller.getByRole('heading', { name: 'Seu leilão' }).waitFor();

    const page = (await suite.open('/moderation', { session: mara })).page;
    await item(page, perfume.id).waitFor();
    const first = item(page, fake.id);
    await first.getByRole('button', { name: 'Suspender vendedor: Vera Vendedora' }).click();
    const asked = first.getByRole('group', { name: /^Suspender a conta de Vera Vendedora\?/ });
    await asked.waitFor();
    assert.match(
      (await asked.textContent()) ?? '',
      /sai na hora de todos os dispositivos.*até a conta ser reativada\. Os lances dela nos leilões abertos são cancelados; os dos leilões já encerrados continuam valendo\./,
    );
    const reason = asked.getByLabel('Motivo da suspensão');
    assert.equal(await reason.inputValue(), 'fraud', 'the removal’s reason, most reported');
    assert.equal(await focused(page), `suspend-seller-${fake.id}-reason`, 'focus on the reason');
    const removeToo = asked.getByLabel('Remover também os anúncios abertos deste vendedor');
    assert.equal(await removeToo.isChecked(), true, 'checked to begin with');
    await assertAccessibleAtBothSizes(page, 'the moderation queue asking to suspend a seller');
    await screenshotBoth(page, 'suspend-seller-question');

    await asked.getByRole('button', { name: 'Sim, suspender' }).click();
    await waitForText(
      page,
      'moderation-outcome',
      'Conta de Vera Vendedora suspensa; 2 anúncios abertos removidos.',
    );
    await first.waitFor({ state: 'detached' });
    const stayed = item(page, perfume.id);
    await waitForText(
      page,
      'seller-suspended',
      'Conta do vendedor suspensa pela moderação; 2 anúncios abertos removidos.',
    );
    assert.equal(await stayed.getByRole('button', { name: /^Suspender vendedor/ }).count(), 0);
    assert.equal(await focused(page), `flagged-${perfume.id}-title`, 'focus on the next item');
    for (const id of [fake.id, bag.id]) {
      const removed = await auctionNow(id);
      assert.deepEqual([removed.outcome, removed.removalReason], ['REMOVED', 'fraud'], id);
    }
    assert.equal((await auctionNow(perfume.id)).outcome, 'BOUGHT_NOW', 'sold: not removed');

    // Vera's page: signed out without a crash (the suite checks for page
    // errors), live again, her auction shown removed.
    await seller.getByRole('link', { name: 'Entrar' }).first().waitFor();
    assert.equal(await storedSession(seller), null);
    assert.equal(await seller.getByTestId('signed-in-user').count(), 0);
    await waitForText(seller, 'auction-result', 'Removido pela moderação: Fraude ou golpe.');
    await waitLive(seller);
    assert.equal(
      (await call(suite.stack.url, 'GET', '/api/auth/me', { token: vera.token })).status,
      401,
    );

    // Read again, the queue still says so.
    await page.reload();
    await waitForText(page, 'seller-suspended', 'Conta do vendedor suspensa pela moderação.');
    await item(page, perfume.id)
      .getByRole('button', { name: 'Reativar conta: Vera Vendedora' })
      .waitFor();
    await screenshotBoth(page, 'moderation-queue-seller-suspended');

    // Signing in again: refused in words; a wrong password still reads as one.
    await seller.getByRole('link', { name: 'Entrar' }).first().click();
    await signIn(seller, vera.user.email, 'not the password');
    await waitForText(seller, 'form-error', 'E-mail ou senha incorretos.');
    await signIn(seller, vera.user.email);
    await waitForText(seller, 'form-error', SUSPENDED);
    await assertAccessibleAtBothSizes(seller, 'sign-in refused for a suspended account');

    // Mara reinstates her from the panel on her profile.
    await page.goto(`${suite.stack.url}/users/${vera.user.id}`);
    const panel = page.getByTestId('account-moderation');
    await panel.getByRole('heading', { name: 'Moderação desta conta' }).waitFor();
    await panel.getByRole('link', { name: vera.user.email }).waitFor();
    assert.equal(await panel.getByTestId('account-moderator').textContent(), 'Não');
    assert.match(
      (await panel.getByTestId('account-standing').textContent()) ?? '',
      /^Suspensa desde \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}:\d{2}: Fraude ou golpe$/,
    );
    await assertAccessibleAtBothSizes(page, 'the moderation panel of a suspended account');
    await screenshotBoth(page, 'account-moderation-suspended');
    await panel.getByRole('button', { name: 'Reativar conta' }).click();
    await waitForText(
      page,
      'account-moderation-outcome',
      'Conta de Vera Vendedora reativada: a pessoa pode entrar de novo.',
    );
    await waitForText(page, 'account-standing', 'Ativa');
    assert.equal(await focused(page), 'Suspender conta', 'focus on the button that replaced it');

    // She signs in; the queue offers the suspension again.
    await signIn(seller, vera.user.email);
    await waitForText(seller, 'signed-in-user', 'Vera Vendedora');
    await page.goto(`${suite.stack.url}/moderation`);
    await item(page, perfume.id)
      .getByRole('button', { name: 'Suspender vendedor: Vera Vendedora' })
      .waitFor();
    assert.equal(await page.getByTestId('seller-suspended').count(), 0);
    await emptyQueue(suite.stack.url, mara);
  });

  test('the profile panel is for moderators only, suspends without the removal when asked, and offers nothing on a moderator’s account', async () => {
    const [rui, bruno, mara, otto] = await registerEach(suite.stack.url, [
      'Rui',
      'Bruno',
      'Mara',
      'Otto Moderador',
    ]);
    const lamp = await createAuction(suite.stack.url, rui.token, {
      title: 'Abajur',
      durationSeconds: 900,
    });
    await grantModerator(suite.stack, mara);
    await grantModerator(suite.stack, otto);

    // Someone not a moderator: no panel, and nothing asked of the moderation API.
    const visitor = (await suite.open(`/users/${rui.user.id}`, { session: bruno })).page;
    const asked: string[] = [];
    visitor.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await visitor.reload();
    await visitor.getByRole('heading', { level: 1, name: 'Rui' }).waitFor();
    await visitor.getByRole('heading', { name: 'Anúncios de Rui' }).waitFor();
    await visitor.getByRole('button', { name: 'Bloquear Rui' }).waitFor();
    assert.equal(await visitor.getByTestId('account-moderation').count(), 0);
    assert.deepEqual(
      asked.filter((path) => path.startsWith('/api/moderation')),
      [],
      'no request to the moderation API',
    );

    // Mara, at phone width: suspends Rui for fraud, his auction left open.
    const page = (await suite.open(`/users/${rui.user.id}`, { session: mara, viewport: PHONE }))
      .page;
    const panel = page.getByTestId('account-moderation');
    await waitForText(page, 'account-standing', 'Ativa');
    await panel.getByRole('button', { name: 'Suspender conta' }).click();
    const question = panel.getByRole('group', { name: /^Suspender a conta de Rui\?/ });
    await question.getByLabel('Motivo da suspensão').selectOption('fraud');
    await question.getByLabel('Remover também os anúncios abertos deste vendedor').uncheck();
    await assertAccessibleAtBothSizes(page, 'the profile’s moderation panel asking to suspend');
    await screenshotBoth(page, 'account-moderation-question');
    await question.getByRole('button', { name: 'Sim, suspender' }).click();
    await waitForText(page, 'account-moderation-outcome', 'Conta de Rui suspensa.');
    await waitForText(page, 'account-standing', 'Suspensa desde');
    await waitForText(page, 'account-standing', 'Fraude ou golpe');
    assert.equal(await focused(page), 'Reativar conta');
    assert.equal((await auctionNow(lamp.id)).status, 'open', 'his auction stays');
    // Bidders are told: on his profile and beside his name on the auction he still sells.
    await visitor.reload();
    await waitForText(visitor, 'profile-suspended', 'Conta suspensa');
    await waitForText(visitor, 'profile-suspended', 'Pense bem antes de negociar com ela.');
    await page.reload();
    await waitForText(page, 'account-standing', 'Suspensa desde');
    assert.equal(await page.getByTestId('profile-suspended').count(), 0, 'the panel says it');
    await visitor.goto(`${suite.stack.url}/auctions/${lamp.id}`);
    await waitForText(visitor, 'seller-line-suspended', 'Conta suspensa');
    await assertAccessibleAtBothSizes(visitor, 'an auction whose seller is suspended');
    const refused = await login(rui.user.email);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error?.code, 'ACCOUNT_SUSPENDED');
    await panel.getByRole('button', { name: 'Reativar conta' }).click();
    await waitForText(page, 'account-standing', 'Ativa');
    assert.equal((await login(rui.user.email)).status, 200);
    await visitor.reload();
    await visitor.getByTestId('auction-seller').getByText('Rui').waitFor();
    await waitForText(visitor, 'seller-summary', 'sem avaliações');
    assert.equal(await visitor.getByTestId('seller-line-suspended').count(), 0);

    // A moderator's account: said so, and neither action offered.
    await page.goto(`${suite.stack.url}/users/${otto.user.id}`);
    await waitForText(page, 'account-moderator', 'Sim');
    await waitForText(page, 'account-standing', 'Ativa');
    await panel
      .getByText('Contas de moderadores não podem ser suspensas: revogue a moderação antes')
      .waitFor();
    assert.equal(await panel.getByRole('button').count(), 0);
    await assertAccessibleAtBothSizes(page, 'the moderation panel of a moderator');

    // From the queue, where nothing says the seller moderates: refused in words.
    const radio = await createAuction(suite.stack.url, otto.token, {
      title: 'Rádio antigo',
      durationSeconds: 900,
    });
    await emptyQueue(suite.stack.url, mara);
    await flagAuction(suite.stack.url, bruno, radio.id, 'misleading');
    await page.goto(`${suite.stack.url}/moderation`);
    const listedRadio = item(page, radio.id);
    await listedRadio.getByRole('button', { name: 'Suspender vendedor: Otto Moderador' }).click();
    await listedRadio.getByRole('button', { name: 'Sim, suspender' }).click();
    await waitForText(
      page,
      `suspend-seller-${radio.id}`,
      'Esta conta é de um moderador: revogue a moderação antes de suspendê-la.',
    );
    assert.equal(
      await focused(page),
      'Suspender vendedor: Otto Moderador',
      'focus back on the button',
    );
    assert.equal((await auctionNow(radio.id)).status, 'open');
    await emptyQueue(suite.stack.url, mara);
  });
});
