// Browser end-to-end for appeals against moderators' decisions (the DSA's
// art. 20), on the real stack. A seller whose auction a moderator removed
// finds *Recorrer da remoção* under the removal's banner (a blank text
// refused in place, nothing sent), appeals, and reads it waiting — also
// after a reload; another moderator, whose *Recursos* was open, sees it
// arrive live with the decision appealed (its reason, who took it) and the
// seller's words, is refused a blank reply, and reverses it: the item leaves
// with a polite status and the focus on the section's heading. The seller's
// open page then says the removal was reversed, shows the reply and offers
// *Anunciar de novo*, which fills the create form. A suspended account
// refused at sign-in appeals from there, with the e-mail and password typed;
// the moderator who suspended it is left out, another upholds it; signing in
// again, the appeal made shows, upheld, with the reply. An upheld removal
// reaches the seller's open page at once. axe on every new view.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Appeal } from '../../core/schemas.ts';
import { call, createAuction, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import {
  appealItem,
  openAppealOf,
  openAppeals,
  removalAppeal,
  removalReversed,
  removeAuction,
  suspendAccount,
} from './support/appeals-api.ts';
import { waitLive, waitWatching } from './support/browser.ts';
import { grantModerator } from './support/moderation-api.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const PASSWORD = 'correct horse battery';
const SUSPENDED =
  'Esta conta está suspensa pela moderação: não é possível entrar até que ela seja reativada.';
const BLANK = 'Escreva por que a decisão deve ser revista.';
const WHO_READS = 'Uma pessoa da moderação analisa o recurso e responde por e-mail.';

describe('appealing moderators’ decisions in the browser', { timeout: 240_000 }, () => {
  const suite = useBrowserSuite();

  /** The focused element's id, else its text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.id || element?.textContent || null;
    });

  /** Signs in through the form of the page's /login. */
  async function signIn(page: Page, email: string, password = PASSWORD) {
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Senha').fill(password);
    await page.getByRole('button', { name: 'Entrar' }).last().click();
  }

  test('a seller appeals a removal on the auction page; another moderator reverses it live; the seller may list it again', async () => {
    const [vera, mara, otto] = await registerEach(suite.stack.url, [
      'Vera Vendedora',
      'Mara Moderadora',
      'Otto Moderador',
    ]);
    const lot = await createAuction(suite.stack.url, vera.token, {
      title: 'Tênis de corrida',
      durationSeconds: 900,
    });
    await grantModerator(suite.stack, mara);
    await grantModerator(suite.stack, otto);
    await removeAuction(suite.stack.url, mara, lot.id, 'counterfeit');

    // Otto's *Recursos* is open, and empty, before the appeal is made.
    const review = (await suite.open('/moderation', { session: otto })).page;
    await review.getByRole('heading', { level: 2, name: 'Recursos' }).waitFor();
    await waitForText(review, 'appeals-empty', 'Nenhum recurso esperando análise.');
    await waitLive(review);

    const page = (await suite.open(`/auctions/${lot.id}`, { session: vera })).page;
    await waitWatching(page);
    await waitForText(page, 'auction-result', 'Removido pela moderação: Falsificação.');
    const section = page.getByTestId('removal-appeal');
    await section.getByRole('heading', { level: 2, name: 'Recorrer da remoção' }).waitFor();
    assert.equal(await page.getByTestId('offer-again').count(), 0, 'not while the removal stands');
    const text = section.getByLabel('Por que a remoção deve ser revista?');
    assert.match(
      (await page.locator('#removal-appeal-text-hint').textContent()) ?? '',
      /responde por e-mail\..*0 de 2000 caracteres$/,
    );
    assert.equal(await text.getAttribute('maxlength'), '2000');

    // Blank: refused in place, the focus in the field, nothing sent.
    await text.fill('   ');
    await section.getByRole('button', { name: 'Enviar recurso' }).click();
    await waitForText(page, 'removal-appeal-text-error', BLANK);
    assert.equal(await focused(page), 'removal-appeal-text');
    assert.equal(await removalAppeal(suite.stack.url, vera, lot.id), null, 'nothing sent');
    await assertAccessibleAtBothSizes(page, 'a removed auction with the appeal form');
    await screenshotBoth(page, 'removal-appeal-form');

    const words = 'São originais, com nota fiscal.\nPosso mandar fotos da caixa.';
    await text.fill(words);
    await section.getByRole('button', { name: 'Enviar recurso' }).click();
    await section.getByRole('heading', { level: 2, name: 'Seu recurso' }).waitFor();
    await waitForText(page, 'appeal-state', 'Aguardando análise. Recurso enviado em');
    assert.match((await focused(page)) ?? '', /^Aguardando análise\./, 'focus on the state');
    assert.equal(await section.getByTestId('appeal-text').innerText(), words);
    assert.equal((await removalAppeal(suite.stack.url, vera, lot.id))?.status, 'open');
    await assertAccessibleAtBothSizes(page, 'a removed auction with its appeal waiting');

    // Read again: the same state, from the API.
    await page.reload();
    await waitForText(page, 'appeal-state', 'Aguardando análise.');
    assert.equal(await page.getByTestId('removal-appeal-text-form').count(), 0, 'no second form');
    await waitWatching(page);

    // Otto's list: the appeal arrived live, with the decision it contests.
    const appealId = await openAppealOf(suite.stack.url, otto, vera);
    const item = appealItem(review, appealId);
    await item.waitFor();
    await waitForText(review, 'appeals-outcome', '1 recurso entrou na lista, no fim dela.');
    assert.equal(await review.getByTestId('appeals-empty').count(), 0);
    const heading = item.getByRole('heading', { level: 3, name: 'Remoção de Tênis de corrida' });
    await heading.waitFor();
    assert.equal(
      await heading.getByRole('link', { name: 'Tênis de corrida' }).getAttribute('href'),
      `/auctions/${lot.id}`,
    );
    await item.getByText('Falsificação', { exact: true }).waitFor();
    assert.equal(
      await item.getByTestId('appeal-decided-by').getByRole('link').getAttribute('href'),
      `/users/${mara.user.id}`,
    );
    assert.equal(await item.getByTestId('appeal-decided-by').innerText(), 'Mara Moderadora');
    assert.equal(await item.getByTestId('appeal-appellant').innerText(), 'Vera Vendedora');
    assert.equal(await item.getByTestId('appeal-text').innerText(), words);
    await assertAccessibleAtBothSizes(review, 'the moderation page with an appeal to review');
    await screenshotBoth(review, 'appeal-to-review');

    // A blank reply is refused in place; nothing is decided.
    const reverse = item.getByRole('button', {
      name: 'Reverter a decisão: Remoção de “Tênis de corrida”',
    });
    await reverse.click();
    await waitForText(
      review,
      `appeal-reply-${appealId}-error`,
      'Escreva a resposta: ela explica a decisão a quem recorreu.',
    );
    assert.equal(await focused(review), `appeal-reply-${appealId}`);
    assert.deepEqual(
      (await openAppeals(suite.stack.url, otto)).map(({ id }) => id),
      [appealId],
      'still open',
    );

    const reply = 'As fotos da nota fiscal confirmam a origem. Pode anunciar de novo.';
    await item.getByLabel('Resposta a quem recorreu').fill(reply);
    await reverse.click();
    await waitForText(
      review,
      'appeals-outcome',
      'Remoção de “Tênis de corrida” revertida: quem vende pode anunciar o item de novo.',
    );
    await item.waitFor({ state: 'detached' });
    assert.equal(await focused(review), 'appeals-title', 'none left: the section’s heading');
    await waitForText(review, 'appeals-empty', 'Nenhum recurso esperando análise.');
    assert.equal(await removalReversed(suite.stack.url, lot.id), true);

    // Vera's open page: the reversal reaches it, with the reply and *Anunciar de novo*.
    await waitForText(
      page,
      'removal-reversed',
      'A remoção foi revista após recurso de quem vende.',
    );
    await waitForText(page, 'appeal-state', 'Remoção revista. Decidido em');
    await waitForText(page, 'appeal-state', 'Você pode anunciar o item de novo.');
    assert.equal(await page.getByTestId('appeal-reply').innerText(), reply);
    const again = page.getByTestId('offer-again');
    await again.waitFor();
    assert.equal(await again.innerText(), 'Anunciar de novo');
    await assertAccessibleAtBothSizes(page, 'a removed auction whose removal was reversed');
    await screenshotBoth(page, 'removal-appeal-reversed');
    await again.click();
    await waitForText(page, 'copied-from', 'Preenchido a partir de “Tênis de corrida”');
    assert.equal(await page.getByLabel('Título').inputValue(), 'Tênis de corrida');
  });

  test('an upheld removal reaches the seller’s open page at once, with the reply', async () => {
    const [sara, mara, otto] = await registerEach(suite.stack.url, [
      'Sara Vendedora',
      'Mara Moderadora',
      'Otto Moderador',
    ]);
    await grantModerator(suite.stack, mara);
    await grantModerator(suite.stack, otto);
    const lot = await createAuction(suite.stack.url, sara.token, { title: 'Perfume importado' });
    await removeAuction(suite.stack.url, mara, lot.id, 'counterfeit');
    const lodged = await call<{ appeal: Appeal }>(
      suite.stack.url,
      'POST',
      `/api/auctions/${lot.id}/appeal`,
      { token: sara.token, body: { text: 'É original.' } },
    );
    assert.equal(lodged.status, 201);
    const page = (await suite.open(`/auctions/${lot.id}`, { session: sara })).page;
    await waitWatching(page);
    await waitForText(page, 'appeal-state', 'Aguardando análise.');

    const reply = 'O lote veio de um revendedor não autorizado.';
    const decided = await call(
      suite.stack.url,
      'POST',
      `/api/moderation/appeals/${lodged.body.appeal.id}/decide`,
      { token: otto.token, body: { outcome: 'upheld', reply } },
    );
    assert.equal(decided.status, 200);
    // Nothing about the auction changed: only appeal:decided tells the page.
    await waitForText(page, 'appeal-state', 'Remoção mantida. Decidido em');
    assert.equal(await page.getByTestId('appeal-reply').innerText(), reply);
    assert.equal(await page.getByTestId('offer-again').count(), 0, 'not offered again');
  });

  test('a suspended account appeals from the sign-in page; a moderator upholds it; signing in again shows it with the reply', async () => {
    const [rui, mara, otto] = await registerEach(suite.stack.url, [
      'Rui',
      'Mara Moderadora',
      'Otto Moderador',
    ]);
    await grantModerator(suite.stack, mara);
    await grantModerator(suite.stack, otto);
    await suspendAccount(suite.stack.url, mara, rui.user.id, 'fraud');

    const page = (await suite.open('/login')).page;
    await signIn(page, rui.user.email, 'not the password');
    await waitForText(page, 'form-error', 'E-mail ou senha incorretos.');
    assert.equal(await page.getByTestId('suspension-appeal').count(), 0, 'only when suspended');
    await signIn(page, rui.user.email);
    await waitForText(page, 'form-error', SUSPENDED);
    const section = page.getByTestId('suspension-appeal');
    await section.getByRole('heading', { level: 2, name: 'Recorrer da suspensão' }).waitFor();
    assert.match(
      (await page.locator('#suspension-appeal-text-hint').textContent()) ?? '',
      new RegExp(WHO_READS),
    );
    await section.getByRole('button', { name: 'Enviar recurso' }).click();
    await waitForText(page, 'suspension-appeal-text-error', BLANK);
    await assertAccessibleAtBothSizes(page, 'sign-in refused, with the suspension’s appeal');
    await screenshotBoth(page, 'suspension-appeal-form');

    const words = 'Foi um mal-entendido: o comprador recebeu o item.';
    await section.getByLabel('Por que a suspensão deve ser revista?').fill(words);
    await section.getByRole('button', { name: 'Enviar recurso' }).click();
    const sent = 'Recurso enviado. A moderação vai analisá-lo, e a resposta chega por e-mail.';
    await waitForText(page, 'suspension-appeal-said', sent);
    assert.equal(await focused(page), sent, 'focus on the sentence');
    await waitForText(page, 'appeal-state', 'Aguardando análise.');
    assert.equal(await section.getByTestId('appeal-text').innerText(), words);
    await assertAccessibleAtBothSizes(page, 'sign-in page with the suspension’s appeal sent');

    // Mara took the decision: her *Recursos* leaves the appeal to another moderator.
    const appealId = await openAppealOf(suite.stack.url, mara, rui);
    const own = (await suite.open('/moderation', { session: mara })).page;
    await appealItem(own, appealId)
      .getByTestId('appeal-own-decision')
      .filter({ hasText: 'Você tomou esta decisão: outra pessoa da moderação decide o recurso.' })
      .waitFor();
    assert.equal(await appealItem(own, appealId).getByRole('button').count(), 0);

    // Otto upholds it from *Recursos*.
    const review = (await suite.open('/moderation', { session: otto })).page;
    const item = appealItem(review, appealId);
    const heading = item.getByRole('heading', { level: 3, name: 'Suspensão da conta de Rui' });
    await heading.waitFor();
    assert.equal(
      await heading.getByRole('link', { name: 'Rui' }).getAttribute('href'),
      `/users/${rui.user.id}`,
    );
    await item.getByText('Fraude ou golpe', { exact: true }).waitFor();
    assert.equal(await item.getByTestId('appeal-decided-by').innerText(), 'Mara Moderadora');
    const reply = 'O comprador não recebeu o item; a suspensão continua.';
    await item.getByLabel('Resposta a quem recorreu').fill(reply);
    await item.getByRole('button', { name: 'Manter a decisão: Suspensão da conta de Rui' }).click();
    await waitForText(review, 'appeals-outcome', 'Suspensão da conta de Rui mantida');
    await item.waitFor({ state: 'detached' });
    assert.equal(await focused(review), 'appeals-title');

    // Rui signs in again: still refused, and the refusal shows the appeal made, upheld.
    await page.reload();
    await signIn(page, rui.user.email);
    await waitForText(page, 'form-error', SUSPENDED);
    assert.equal(await section.getByLabel('Por que a suspensão deve ser revista?').count(), 0);
    await waitForText(
      page,
      'suspension-appeal-said',
      'Você já recorreu desta suspensão. Veja abaixo como está o recurso.',
    );
    await waitForText(page, 'appeal-state', 'Suspensão mantida. Decidido em');
    assert.equal(await section.getByTestId('appeal-reply').innerText(), reply);
    assert.equal(await section.getByTestId('appeal-text').innerText(), words, 'the first text');
    await assertAccessibleAtBothSizes(page, 'sign-in page with the suspension’s appeal upheld');
    await screenshotBoth(page, 'suspension-appeal-upheld');
  });
});
